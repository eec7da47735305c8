import type { CatalogIndex } from "./catalog-index.js";
import { AGE_FAILED, KIND_FAILED, SITUATION_FAILED } from "./criteria.js";
import type { ReasonWriter } from "./mismatch-texts.js";
import type { MismatchReason, NotSuitable } from "./response.js";

/** The per-indication fit tables of one request (1 = the criterion fits), see CatalogIndex. */
export interface FitTables {
  readonly kind: Uint8Array;
  readonly age: Uint8Array;
  readonly situation: Uint8Array;
  /** Per indication: the child's AGE_SIDES position against its age (read where the age fails). */
  readonly ageSide: Uint8Array;
}

/**
 * The `notSuitable` entry of intervention `k`, none of whose indications matched: one
 * reason per indication, naming every criterion it fails.
 *
 * The reasons are shared between advices (mismatch-texts.ts); the entry and its array
 * are made per request. Keeping whole entries too (decision 025) meant keeping one per
 * need, child's age and situation pattern, about a million at 10,000 interventions, and
 * filling that store cost more in garbage collection than the ~70 bytes an entry takes
 * to make (decision 026).
 */
export function notSuitableEntry(
  index: CatalogIndex,
  fits: FitTables,
  reasonFor: ReasonWriter,
  k: number,
): NotSuitable {
  const first = index.start[k] as number;
  const last = index.start[k + 1] as number;
  const reasons = new Array<MismatchReason>(last - first);
  for (let i = first; i < last; i++) {
    const failed =
      (fits.kind[i] ? 0 : KIND_FAILED) |
      (fits.age[i] ? 0 : AGE_FAILED) |
      (fits.situation[i] ? 0 : SITUATION_FAILED);
    reasons[i - first] = reasonFor(k, i, failed, fits.ageSide[i] as number);
  }
  return { id: index.ids[k] as string, name: index.names[k] as string, reasons };
}
