import { type AgeSide, ageFits, ageSide, type ChildAge } from "../domain/age.js";
import type { Indication, Intervention } from "../domain/types.js";
import type { AgeBasis, IndicationKind, Need } from "../domain/vocabulary.js";

/*
 * Advice rules 3 and 4 of DOMAIN.md, as they read there. Explanations (reasons,
 * caveats, "why not") are written elsewhere, from what these functions decide.
 */

/** What the rules look at in a request. */
export interface MatchRequest {
  readonly need: Need;
  readonly situations: readonly string[];
}

/** Rule 3, kind: the indication's kind fits the need ("either" fits both). */
export function kindFits(kind: IndicationKind, need: Need): boolean {
  return need === "either" || kind === need;
}

/** Rule 3, situation: the indication is general, or shares a situation with the request. */
export function situationFits(indication: Indication, situations: readonly string[]): boolean {
  return (
    indication.situations.length === 0 || indication.situations.some((code) => situations.includes(code))
  );
}

/** Rule 3: kind, age and situation all fit. */
export function indicationMatches(indication: Indication, request: MatchRequest, child: ChildAge): boolean {
  return (
    kindFits(indication.kind, request.need) &&
    ageFits(indication.age, child) &&
    situationFits(indication, request.situations)
  );
}

/**
 * Which parts of rule 3 an indication fails for a request, as "why not" explains them:
 * the need asked when the kind does not fit, the child's side of an age that does not
 * fit, and whether none of its situations was asked.
 */
export interface Misfit {
  readonly need: Need | undefined;
  readonly ageSide: AgeSide | undefined;
  readonly situation: boolean;
}

/** What of rule 3 an indication fails; undefined when it matches. */
export function misfitOf(indication: Indication, request: MatchRequest, child: ChildAge): Misfit | undefined {
  const misfit: Misfit = {
    need: kindFits(indication.kind, request.need) ? undefined : request.need,
    ageSide: ageFits(indication.age, child) ? undefined : ageSide(indication.age, child),
    situation: !situationFits(indication, request.situations),
  };
  const fits = misfit.need === undefined && misfit.ageSide === undefined && !misfit.situation;
  return fits ? undefined : misfit;
}

/** Rule 4's age order: an age the item states, then one from the list's context, then none. */
const BASIS_ORDER: Record<AgeBasis, number> = { stated: 0, context: 1, "not-stated": 2 };

/** Specific before general, then stated → context → not-stated. Negative: `a` is better. */
export function compareIndications(a: Indication, b: Indication): number {
  const specificA = a.situations.length > 0 ? 0 : 1;
  const specificB = b.situations.length > 0 ? 0 : 1;
  return specificA - specificB || BASIS_ORDER[a.age.basis] - BASIS_ORDER[b.age.basis];
}

/** An intervention with the indications of it that matched, best first (ties keep content order). */
export interface Match {
  readonly intervention: Intervention;
  readonly matched: readonly Indication[];
  /** The lowest Databank rank among the matched indications (unranked: Infinity). */
  readonly databankRank: number;
  /** Its place in the catalogue, which is sorted by name (Dutch collation), then id. */
  readonly position: number;
}

/** The intervention's matching indications, best first; undefined when none matches. */
export function matchIntervention(
  intervention: Intervention,
  position: number,
  request: MatchRequest,
  child: ChildAge,
): Match | undefined {
  const matched = intervention.indications.filter((indication) =>
    indicationMatches(indication, request, child),
  );
  if (matched.length === 0) return undefined;
  let databankRank = Number.POSITIVE_INFINITY;
  for (const indication of matched)
    databankRank = Math.min(databankRank, indication.databankRank ?? databankRank);
  return { intervention, matched: matched.sort(compareIndications), databankRank, position };
}

/**
 * Rule 4 for whole interventions: their best indications compared, then the Databank
 * rank (unranked last), then the name (the catalogue's own order: name, then id).
 */
export function compareMatches(a: Match, b: Match): number {
  const rank = a.databankRank === b.databankRank ? 0 : a.databankRank < b.databankRank ? -1 : 1;
  return (
    compareIndications(a.matched[0] as Indication, b.matched[0] as Indication) ||
    rank ||
    a.position - b.position
  );
}

/** Every intervention of a catalogue that matches, in rule-4 order. */
export function matchAll(
  interventions: readonly Intervention[],
  request: MatchRequest,
  child: ChildAge,
): Match[] {
  const matches: Match[] = [];
  interventions.forEach((intervention, position) => {
    const match = matchIntervention(intervention, position, request, child);
    if (match) matches.push(match);
  });
  return matches.sort(compareMatches);
}
