import type { IndicationKind } from "../domain/vocabulary.js";
import { INDICATION_KINDS } from "../domain/vocabulary.js";
import { type Coverage, type CoverageRow, countsAsCovered } from "./coverage.js";

/**
 * How an age without a stated cover is reached: by nothing at all, or only by an
 * intervention whose age comes from a list's context, or whose age is not stated.
 */
export const GAP_BASES = ["none", "context", "not-stated"] as const;
export type GapBasis = (typeof GAP_BASES)[number];

/**
 * A run of consecutive ages in one row and kind that no intervention covers with a
 * stated age. `counted` says whether the coverage's `count` still counts it as
 * covered (only "all" does, and never a run with basis "none").
 */
export interface CoverageGap {
  readonly situation: string;
  readonly kind: IndicationKind;
  readonly from: number;
  readonly to: number;
  readonly basis: GapBasis;
  readonly counted: boolean;
  /** The interventions that apply there on a weaker basis (ids, first seen first). */
  readonly interventions: readonly string[];
}

/**
 * Every age run without a stated cover, row by row (coverage order), prevention
 * before treatment, youngest first. Neighbouring ages join when they rest on the
 * same basis, so a policy maker reads "13 tot en met 18 jaar", not six cells.
 */
export function coverageGaps(coverage: Coverage): CoverageGap[] {
  return coverage.rows.flatMap((row) => INDICATION_KINDS.flatMap((kind) => rowGaps(row, kind, coverage)));
}

function rowGaps(row: CoverageRow, kind: IndicationKind, coverage: Coverage): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  let open: { from: number; to: number; basis: GapBasis; interventions: string[] } | undefined;
  const close = () => {
    if (!open) return;
    gaps.push({
      situation: row.situation,
      kind,
      ...open,
      counted: open.basis !== "none" && countsAsCovered(open.basis, coverage.count),
    });
    open = undefined;
  };
  for (const cell of row.cells) {
    const here = cell[kind];
    if (here.basis === "stated") {
      close();
      continue;
    }
    const basis: GapBasis = here.basis ?? "none";
    if (open && (open.basis !== basis || open.to !== cell.age - 1)) close();
    open ??= { from: cell.age, to: cell.age, basis, interventions: [] };
    open.to = cell.age;
    for (const { id } of here.interventions)
      if (!open.interventions.includes(id)) open.interventions.push(id);
  }
  close();
  return gaps;
}
