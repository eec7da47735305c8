import { ageEnds, startsInPregnancy } from "../domain/age.js";
import { ageBasisInWords, ageInWords } from "../domain/age-words.js";
import type { Lang } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import type { AgeBasis, IndicationKind } from "../domain/vocabulary.js";
import { csvTable } from "../lib/csv.js";

/**
 * One indication of one intervention, flattened for spreadsheets and data tools:
 * who it is for (kind, situations, age) and where the source says so.
 */
export interface ExportRow {
  readonly interventionId: string;
  readonly interventionName: string;
  readonly kind: IndicationKind;
  /** Situation codes; empty: a general indication. */
  readonly situations: readonly string[];
  readonly ageFrom: number | null;
  readonly ageTo: number | null;
  readonly fromPregnancyWeek: number | null;
  readonly ageBasis: AgeBasis;
  readonly ageApproximate: boolean;
  /** The source's own wording of the age, where it has one. */
  readonly ageText: string | null;
  readonly databankRank: number | null;
  readonly sourceDocument: string | null;
  readonly sourceSection: string | null;
  readonly sourceList: string | null;
  readonly sourceItem: number | null;
  /** How the lower end is known (DOMAIN.md: each end has its own basis). */
  readonly ageFromBasis: AgeBasis;
  /** How the upper end is known. */
  readonly ageToBasis: AgeBasis;
  /** The indication starts before birth, with or without a stated week. */
  readonly startsInPregnancy: boolean;
  /** The age as a person reads it, e.g. "eerste levensjaar". */
  readonly ageWords: string;
  /** How the ends are known when not both stated, e.g. "bovengrens vermeld, ondergrens uit de lijst". */
  readonly ageBasisWords: string | null;
}

/**
 * The columns of the CSV export, in order; also the keys of {@link ExportRow}. New
 * columns go at the end, so a spreadsheet or script that reads by position keeps
 * working (docs/decisions/052).
 */
export const EXPORT_COLUMNS = [
  "interventionId",
  "interventionName",
  "kind",
  "situations",
  "ageFrom",
  "ageTo",
  "fromPregnancyWeek",
  "ageBasis",
  "ageApproximate",
  "ageText",
  "databankRank",
  "sourceDocument",
  "sourceSection",
  "sourceList",
  "sourceItem",
  "ageFromBasis",
  "ageToBasis",
  "startsInPregnancy",
  "ageWords",
  "ageBasisWords",
] as const satisfies readonly (keyof ExportRow)[];

/** Every indication of every intervention, interventions in catalogue (name) order; age words in `lang`. */
export function exportRows(catalog: Catalog, lang: Lang = "nl"): ExportRow[] {
  return catalog.interventions.flatMap((intervention) =>
    intervention.indications.map((indication): ExportRow => {
      const ends = ageEnds(indication.age);
      return {
        interventionId: intervention.id,
        interventionName: intervention.name,
        kind: indication.kind,
        situations: [...indication.situations],
        ageFrom: indication.age.from ?? null,
        ageTo: indication.age.to ?? null,
        fromPregnancyWeek: indication.age.fromPregnancyWeek ?? null,
        ageBasis: indication.age.basis,
        ageApproximate: indication.age.approximate ?? false,
        ageText: indication.age.text ?? null,
        databankRank: indication.databankRank ?? null,
        sourceDocument: indication.source?.document ?? null,
        sourceSection: indication.source?.section ?? null,
        sourceList: indication.source?.list ?? null,
        sourceItem: indication.source?.item ?? null,
        ageFromBasis: ends.from.basis,
        ageToBasis: ends.to.basis,
        startsInPregnancy: startsInPregnancy(indication.age),
        ageWords: ageInWords(indication.age, lang),
        ageBasisWords: ageBasisInWords(indication.age, lang) ?? null,
      };
    }),
  );
}

/** The rows as CSV (see {@link csvTable}); situations are joined with "; ". */
export function toCsv(rows: readonly ExportRow[]): string {
  return csvTable(EXPORT_COLUMNS, rows);
}
