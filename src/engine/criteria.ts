import type { IndicationKind, Need } from "../domain/vocabulary.js";

/*
 * Advice rule 3 (DOMAIN.md): an indication matches when its kind fits the need, the
 * child's age fits its age (`ageFits` in src/domain/age.ts) and it is general or shares a
 * situation with the request. The engine evaluates the rule through per-catalogue tables
 * (catalog-index.ts) built from these predicates, so a request costs a few array reads
 * per indication instead of three function calls.
 */

/** Bit set in a "failed criteria" number when the indication's kind does not fit the need. */
export const KIND_FAILED = 1;
/** Bit set when the child's age does not fit the indication's age. */
export const AGE_FAILED = 2;
/** Bit set when the indication names situations and the request chose none of them. */
export const SITUATION_FAILED = 4;
// A "why not" sentence names the failed criteria in bit order: kind, age, situation.

/** Rule 3, kind: `either` fits both kinds. */
export function kindFits(kind: IndicationKind, need: Need): boolean {
  return need === "either" || kind === need;
}
