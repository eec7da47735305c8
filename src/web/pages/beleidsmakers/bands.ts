import { strongerBasis } from "../../../domain/age.js";
import { ageInWords } from "../../../domain/age-words.js";
import type { Lang } from "../../../domain/text.js";
import type { AgeBasis, IndicationKind } from "../../../domain/vocabulary.js";
import type { Coverage, Covering } from "../../../engine/index.js";

/** The age bands of the policy view: baby, toddler, pre-school, primary school, teenager, 18. */
export const AGE_BANDS = [
  { from: 0, to: 0 },
  { from: 1, to: 3 },
  { from: 4, to: 6 },
  { from: 7, to: 12 },
  { from: 13, to: 17 },
  { from: 18, to: 18 },
] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * One band in one row: who applies at some of its ages (each with the firmest basis
 * of its age within the band), the ages nobody covers at all, and the ages only a
 * weaker basis reaches and the chosen count leaves uncounted.
 */
export interface BandCell {
  readonly interventions: readonly Covering[];
  readonly emptyAges: readonly number[];
  readonly uncountedAges: readonly number[];
}

/** The band as a column heading in words, as every age is written: "eerste levensjaar", "1 tot en met 3 jaar". */
export function bandLabel(band: AgeBand, lang: Lang): string {
  return ageInWords({ basis: "stated", from: band.from, to: band.to }, lang);
}

/** Whether no age of the band counts as covered. */
export function isBandGap(cell: BandCell, band: AgeBand): boolean {
  return cell.emptyAges.length + cell.uncountedAges.length === band.to - band.from + 1;
}

/** Folds the per-age coverage into bands for one kind. */
export function bandCells(
  coverage: Coverage,
  kind: IndicationKind,
): { situation: string; cells: BandCell[] }[] {
  return coverage.rows.map((row) => ({
    situation: row.situation,
    cells: AGE_BANDS.map((band) => {
      const best = new Map<string, AgeBasis>();
      const emptyAges: number[] = [];
      const uncountedAges: number[] = [];
      for (const cell of row.cells) {
        if (cell.age < band.from || cell.age > band.to) continue;
        const here = cell[kind];
        if (here.interventions.length === 0) emptyAges.push(cell.age);
        else if (!here.covered) uncountedAges.push(cell.age);
        for (const { id, ageBasis } of here.interventions) {
          const seen = best.get(id);
          best.set(id, seen ? strongerBasis(seen, ageBasis) : ageBasis);
        }
      }
      const interventions = [...best].map(([id, ageBasis]) => ({ id, ageBasis }));
      return { interventions, emptyAges, uncountedAges };
    }),
  }));
}
