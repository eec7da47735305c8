import { type AgeEnds, ageEnds } from "../domain/age.js";
import { ageLabelWithSourceWords } from "../domain/age-words.js";
import { messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";
import type { Catalog, Indication, SourceRef } from "../domain/types.js";
import type { AgeBasis, IndicationKind } from "../domain/vocabulary.js";

/** One indication as `content list` shows it: what the loader made of the YAML, nothing derived. */
export interface IndicationListing {
  readonly kind: IndicationKind;
  /** Situation codes; empty means general ("algemeen"). */
  readonly situations: readonly string[];
  readonly age: {
    readonly basis: AgeBasis;
    readonly from?: number | undefined;
    readonly to?: number | undefined;
    readonly fromPregnancyWeek?: number | undefined;
    readonly startsInPregnancy?: boolean | undefined;
    readonly approximate?: boolean | undefined;
    readonly boundsFromContext?: readonly ("from" | "to")[] | undefined;
    /** Each end with its own basis (DOMAIN.md). */
    readonly ends: AgeEnds;
    /** The source's own wording, e.g. "tot 16 jaar". */
    readonly text?: string | undefined;
  };
  readonly databankRank?: number | undefined;
  readonly source?: SourceRef | undefined;
}

/** One intervention with every indication, in catalog order (by name). */
export interface InterventionListing {
  readonly id: string;
  readonly name: string;
  readonly indications: readonly IndicationListing[];
}

/** The content of `content list --json`. */
export interface ContentListing {
  readonly revision: number;
  readonly interventions: readonly InterventionListing[];
}

function listIndication(indication: Indication): IndicationListing {
  const { basis, from, to, fromPregnancyWeek, startsInPregnancy, approximate, boundsFromContext, text } =
    indication.age;
  return {
    kind: indication.kind,
    situations: [...indication.situations],
    age: {
      basis,
      from,
      to,
      fromPregnancyWeek,
      startsInPregnancy,
      approximate,
      boundsFromContext,
      text,
      ends: ageEnds(indication.age),
    },
    databankRank: indication.databankRank,
    source: indication.source,
  };
}

/** Every intervention with its indications as loaded: the data behind `content list`. */
export function listContent(catalog: Catalog): ContentListing {
  return {
    revision: catalog.revision,
    interventions: catalog.interventions.map((intervention) => ({
      id: intervention.id,
      name: intervention.name,
      indications: intervention.indications.map(listIndication),
    })),
  };
}

/** "richtlijn · Conclusies · Erkende preventieve interventies #2" */
export function formatSourceRef(source: SourceRef): string {
  const parts = [source.document, source.section, source.list].filter((p): p is string => p !== undefined);
  return `${parts.join(" · ")}${source.item !== undefined ? ` #${source.item}` : ""}`;
}

/** Pads columns so a terminal shows an aligned table; the last column is not padded. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

/** The readable table of `content list`: one row per indication, the intervention's name on its first row. */
export function formatContentTable(listing: ContentListing, lang: Lang): string {
  const labels = messages(lang).contentTable;
  const rows = listing.interventions.flatMap((intervention) =>
    intervention.indications.map((indication, index) => [
      index === 0 ? `${intervention.name} [${intervention.id}]` : "",
      labels.kind[indication.kind],
      indication.situations.length > 0 ? indication.situations.join(", ") : labels.general,
      ageLabelWithSourceWords(indication.age, lang),
      indication.databankRank !== undefined ? String(indication.databankRank) : "–",
      indication.source ? formatSourceRef(indication.source) : labels.noSource,
    ]),
  );
  return formatTable(labels.headers, rows);
}
