import type { IndicationKind } from "../../../domain/vocabulary.js";
import type { Coverage } from "../../../engine/index.js";

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

/** One band in one row: who covers some of its ages, and which ages nobody covers. */
export interface BandCell {
  readonly ids: readonly string[];
  readonly uncoveredAges: readonly number[];
}

/** The band label, e.g. "0", "1–3". */
export function bandLabel(band: AgeBand): string {
  return band.from === band.to ? String(band.from) : `${band.from}–${band.to}`;
}

/**
 * Folds the per-age coverage into bands for one kind, keeping only the
 * interventions in `available` (all when undefined). An age with no available
 * intervention is a gap.
 */
export function bandCells(
  coverage: Coverage,
  kind: IndicationKind,
  available?: ReadonlySet<string>,
): { situation: string; cells: BandCell[] }[] {
  return coverage.rows.map((row) => ({
    situation: row.situation,
    cells: AGE_BANDS.map((band) => {
      const ids = new Set<string>();
      const uncoveredAges: number[] = [];
      for (const cell of row.cells) {
        if (cell.age < band.from || cell.age > band.to) continue;
        const here = cell[kind].interventions
          .map((c) => c.id)
          .filter((id) => !available || available.has(id));
        if (here.length === 0) uncoveredAges.push(cell.age);
        for (const id of here) ids.add(id);
      }
      return { ids: [...ids], uncoveredAges };
    }),
  }));
}
