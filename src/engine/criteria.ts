import { ageFits, type ChildAge } from "../domain/age.js";
import type { Indication } from "../domain/types.js";
import type { IndicationKind, Need } from "../domain/vocabulary.js";

/** What the rules compare an indication with: the request, read once. */
export interface MatchContext {
  readonly need: Need;
  readonly age: ChildAge;
  readonly situations: ReadonlySet<string>;
}

/** Writes the clauses of mismatch sentences (cached per catalogue and language). */
export interface ExplainContext {
  kindClause(kind: IndicationKind, need: Need): string;
  ageClause(indication: Indication, child: ChildAge): string;
  situationClause(indication: Indication): string;
}

/** One condition an indication must meet to match (DOMAIN.md, advice rule 3). */
export interface MatchCriterion {
  readonly id: "kind" | "age" | "situation";
  fits(indication: Indication, context: MatchContext): boolean;
  /** Says in one clause why the indication does not fit; only called when `fits` is false. */
  explainMismatch(indication: Indication, context: MatchContext, explain: ExplainContext): string;
}

/**
 * Advice rule 3 as data: an indication matches when every criterion fits. The order
 * is the order in which mismatches are explained.
 */
export const MATCH_CRITERIA: readonly MatchCriterion[] = [
  {
    id: "kind",
    fits: (indication, { need }) => need === "either" || indication.kind === need,
    explainMismatch: (indication, { need }, explain) => explain.kindClause(indication.kind, need),
  },
  {
    id: "age",
    fits: (indication, { age }) => ageFits(indication.age, age),
    explainMismatch: (indication, { age }, explain) => explain.ageClause(indication, age),
  },
  {
    id: "situation",
    // A general indication (no situations) fits every request; a specific one needs a shared situation.
    fits: (indication, { situations }) =>
      indication.situations.length === 0 || indication.situations.some((code) => situations.has(code)),
    explainMismatch: (indication, _context, explain) => explain.situationClause(indication),
  },
];

/**
 * Which criteria an indication fails, as bits (bit i: MATCH_CRITERIA[i]); 0 when it
 * matches. Bits rather than an array: this runs for every indication of every request.
 */
export function failedCriteria(indication: Indication, context: MatchContext): number {
  let failed = 0;
  for (let index = 0; index < MATCH_CRITERIA.length; index++) {
    if (!(MATCH_CRITERIA[index] as MatchCriterion).fits(indication, context)) failed |= 1 << index;
  }
  return failed;
}
