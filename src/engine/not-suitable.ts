import type { CatalogIndex } from "./catalog-index.js";
import { type ReasonWriter, reasonCode } from "./mismatch-texts.js";
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
 * The reasons are shared between advices (mismatch-texts.ts), and so is the whole entry
 * of an intervention with one indication: its pattern is one reason code, so there are
 * as few such entries as reasons. Other entries are made per request in a large
 * catalogue: keeping them meant keeping one per intervention and pattern of codes, and
 * at 10,000 interventions the lookups in that store and the collection of what it
 * replaced cost more than making the ~100 bytes of an entry (decisions 026 and 027). A
 * small catalogue keeps the last one per intervention (ReasonWriter.kept).
 */
export function notSuitableEntry(
  index: CatalogIndex,
  fits: FitTables,
  reasonFor: ReasonWriter,
  k: number,
): NotSuitable {
  const first = index.start[k] as number;
  const last = index.start[k + 1] as number;
  if (last - first === 1) return reasonFor.onlyEntry(k, first, codeOf(fits, first));
  // Literals for the usual few indications: `new Array(n)` with a variable n is a slow
  // call, and pushing makes room for 17. (No helper closure: it would be one more object.)
  let reasons: MismatchReason[];
  switch (last - first) {
    case 2:
      reasons = [reasonOf(fits, reasonFor, k, first), reasonOf(fits, reasonFor, k, first + 1)];
      break;
    case 3:
      reasons = [
        reasonOf(fits, reasonFor, k, first),
        reasonOf(fits, reasonFor, k, first + 1),
        reasonOf(fits, reasonFor, k, first + 2),
      ];
      break;
    case 4:
      reasons = [
        reasonOf(fits, reasonFor, k, first),
        reasonOf(fits, reasonFor, k, first + 1),
        reasonOf(fits, reasonFor, k, first + 2),
        reasonOf(fits, reasonFor, k, first + 3),
      ];
      break;
    default:
      reasons = [];
      for (let i = first; i < last; i++) reasons.push(reasonOf(fits, reasonFor, k, i));
  }
  const entry = { id: index.ids[k] as string, name: index.names[k] as string, reasons };
  return reasonFor.sharesEntries ? reasonFor.kept(k, entry) : entry;
}

/** The reason of flat indication `i`, naming every criterion it fails. */
function reasonOf(fits: FitTables, reasonFor: ReasonWriter, k: number, i: number): MismatchReason {
  return reasonFor.reason(k, i, codeOf(fits, i));
}

/** The reason code of flat indication `i`, which did not match. */
function codeOf(fits: FitTables, i: number): number {
  return reasonCode(
    (fits.kind[i] as number) ^ 1,
    (fits.age[i] as number) ^ 1,
    (fits.situation[i] as number) ^ 1,
    fits.ageSide[i] as number,
  );
}
