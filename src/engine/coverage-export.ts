import { messages } from "../domain/messages/index.js";
import { type Lang, localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import type { IndicationKind } from "../domain/vocabulary.js";
import { type Coverage, GENERAL_ROW } from "./coverage.js";
import { coverageGaps, type GapBasis } from "./coverage-gaps.js";
import { ageRunInWords } from "./coverage-words.js";

/**
 * One gap for a spreadsheet: a row and kind, the ages nobody covers with a stated
 * age (in numbers and in words), and whether something weaker applies there.
 */
export interface GapExportRow {
  readonly situation: string;
  readonly situationLabel: string;
  readonly kind: IndicationKind;
  readonly ageFrom: number;
  readonly ageTo: number;
  readonly ages: string;
  readonly ageBasis: GapBasis;
  readonly explanation: string;
  /** Whether the chosen `count` still counts these ages as covered. */
  readonly counted: boolean;
  /** Names of the interventions that apply there on a weaker basis. */
  readonly interventions: readonly string[];
}

/** The columns of the gap CSV, in order; also the keys of {@link GapExportRow}. */
export const GAP_EXPORT_COLUMNS = [
  "situation",
  "situationLabel",
  "kind",
  "ageFrom",
  "ageTo",
  "ages",
  "ageBasis",
  "explanation",
  "counted",
  "interventions",
] as const satisfies readonly (keyof GapExportRow)[];

/** Every gap of a coverage as export rows, in the tables' order. */
export function gapExportRows(coverage: Coverage, catalog: Catalog, lang: Lang): GapExportRow[] {
  const words = messages(lang).coverageExport;
  return coverageGaps(coverage).map((gap) => ({
    situation: gap.situation,
    situationLabel:
      gap.situation === GENERAL_ROW
        ? words.general
        : localize(catalog.situationByCode.get(gap.situation)?.label ?? { nl: gap.situation }, lang),
    kind: gap.kind,
    ageFrom: gap.from,
    ageTo: gap.to,
    ages: ageRunInWords(gap.from, gap.to, lang),
    ageBasis: gap.basis,
    explanation: words[gap.basis],
    counted: gap.counted,
    interventions: gap.interventions.map((id) => catalog.interventionById.get(id)?.name ?? id),
  }));
}
