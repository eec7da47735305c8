import type { PreparedIntervention } from "./prepared-interventions.js";

/**
 * What filters and facet counts read of each intervention, as typed-array
 * columns by document number (docs/decisions/035). A broad query tests and
 * counts most of the catalogue; reading numbers from a few contiguous arrays
 * allocates nothing, where visiting an object and its small arrays per match
 * does (measured in 035).
 */
export interface FilterColumns {
  /** DATABANK_YES, DATABANK_NO or DATABANK_UNKNOWN. */
  readonly databank: Uint8Array;
  /** A bit per position in RECOGNITION_LEVELS: the levels it was recognised at. */
  readonly levelBits: Int32Array;
  /** PREVENTION_BIT and/or TREATMENT_BIT over all its indications. */
  readonly kindBits: Uint8Array;
  /** A bit per situation slot over all its indications. */
  readonly situationBits: Int32Array;
  /** Document d's indications are at positions indicationStart[d] up to indicationStart[d + 1]. */
  readonly indicationStart: Int32Array;
  readonly indicationAgeFrom: Float64Array;
  /** Infinity when the age range has no upper bound. */
  readonly indicationAgeTo: Float64Array;
  readonly indicationKindBits: Uint8Array;
  readonly indicationSituationBits: Int32Array;
}

export const DATABANK_YES = 0;
export const DATABANK_NO = 1;
export const DATABANK_UNKNOWN = 2;

const DATABANK_CODES = { yes: DATABANK_YES, no: DATABANK_NO, unknown: DATABANK_UNKNOWN } as const;

/** Lays the prepared interventions' filter facts out as columns; `prepared[d].order` must be d. */
export function buildFilterColumns(prepared: readonly PreparedIntervention[]): FilterColumns {
  const count = prepared.length;
  const indicationCount = prepared.reduce((sum, entry) => sum + entry.indicationKindBits.length, 0);
  const columns: FilterColumns = {
    databank: new Uint8Array(count),
    levelBits: new Int32Array(count),
    kindBits: new Uint8Array(count),
    situationBits: new Int32Array(count),
    indicationStart: new Int32Array(count + 1),
    indicationAgeFrom: new Float64Array(indicationCount),
    indicationAgeTo: new Float64Array(indicationCount),
    indicationKindBits: new Uint8Array(indicationCount),
    indicationSituationBits: new Int32Array(indicationCount),
  };
  let next = 0;
  prepared.forEach((entry, doc) => {
    columns.databank[doc] = DATABANK_CODES[entry.databank];
    // A level outside RECOGNITION_LEVELS (slot -1) is never filtered on or counted.
    columns.levelBits[doc] = entry.levelSlots.reduce(
      (bits, slot) => (slot >= 0 ? bits | (1 << slot) : bits),
      0,
    );
    columns.kindBits[doc] = entry.kindBits;
    columns.situationBits[doc] = entry.situationBits;
    columns.indicationStart[doc] = next;
    entry.indicationKindBits.forEach((kindBits, i) => {
      columns.indicationAgeFrom[next] = entry.indicationAgeFrom[i] ?? 0;
      columns.indicationAgeTo[next] = entry.indicationAgeTo[i] ?? Number.POSITIVE_INFINITY;
      columns.indicationKindBits[next] = kindBits;
      columns.indicationSituationBits[next] = entry.indicationSituationBits[i] ?? 0;
      next += 1;
    });
  });
  columns.indicationStart[count] = next;
  return columns;
}
