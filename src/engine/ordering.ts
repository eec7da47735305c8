import { compareNames } from "../catalog/build-catalog.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import type { AgeBasis } from "../domain/vocabulary.js";

/** Advice rule 4: an age the item states outranks one from the list's context, which outranks none. */
const BASIS_ORDER: Record<AgeBasis, number> = { stated: 0, context: 1, "not-stated": 2 };

/** Specific before general, then stated → context → not-stated. Lower is better. */
export function compareIndications(a: Indication, b: Indication): number {
  const specificA = a.situations.length > 0 ? 0 : 1;
  const specificB = b.situations.length > 0 ? 0 : 1;
  return specificA - specificB || BASIS_ORDER[a.age.basis] - BASIS_ORDER[b.age.basis];
}

/** {@link compareIndications} as one number (0–5, lower is better), for numeric sort keys. */
export function indicationOrder(indication: Indication): number {
  return (indication.situations.length > 0 ? 0 : 3) + BASIS_ORDER[indication.age.basis];
}

/** An intervention with the indications that matched the request, best first. */
export interface MatchedIntervention {
  readonly intervention: Intervention;
  /** Never empty; sorted with {@link compareIndications} (ties keep content order). */
  readonly matched: readonly Indication[];
  /** The lowest Databank rank among all matched indications; Infinity when none is ranked. */
  readonly databankRank: number;
  /** Position by name in Dutch collation (then id), from {@link nameRanks}. */
  readonly nameRank: number;
}

// Dutch collation is slow next to comparing numbers; a catalogue is immutable, so rank its names once.
const nameRankCache = new WeakMap<Catalog, ReadonlyMap<string, number>>();

/**
 * Each intervention's position when sorted by name in Dutch collation, the id
 * breaking ties between names that collate equal. Computed once per catalogue.
 */
export function nameRanks(catalog: Catalog): ReadonlyMap<string, number> {
  let ranks = nameRankCache.get(catalog);
  if (!ranks) {
    const sorted = [...catalog.interventions].sort(
      (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    ranks = new Map(sorted.map((intervention, index) => [intervention.id, index]));
    nameRankCache.set(catalog, ranks);
  }
  return ranks;
}

/**
 * Advice rule 4 for whole interventions: compare their best indications, then the
 * Databank's effectiveness rank (unranked last), then the name in Dutch collation (the id when names collate equal).
 */
export function compareMatches(a: MatchedIntervention, b: MatchedIntervention): number {
  const [bestA, bestB] = [a.matched[0], b.matched[0]];
  const byIndication = bestA && bestB ? compareIndications(bestA, bestB) : 0;
  if (byIndication !== 0) return byIndication;
  if (a.databankRank !== b.databankRank) return a.databankRank < b.databankRank ? -1 : 1;
  return a.nameRank - b.nameRank;
}

/** What {@link sortByRule4} needs of a match: rule 4's keys as small numbers. */
export interface RankedMatch {
  readonly match: MatchedIntervention;
  /** {@link indicationOrder} of the best matched indication. */
  readonly order: number;
  /** Position of the lowest matched Databank rank among the catalogue's distinct ranks; unranked = rankCount. */
  readonly rankIndex: number;
}

/**
 * Sorts matches as {@link compareMatches} does, but through one number per match:
 * at 10,000 interventions a few thousand match, and a comparator sort spends
 * milliseconds in calls. Name ranks are unique, so keys never tie; the match's own
 * position rides in the lowest digits to find it back after the typed-array sort.
 */
export function sortByRule4<T extends RankedMatch>(items: T[], rankCount: number, nameCount: number): T[] {
  const count = items.length;
  const ranks = rankCount + 1;
  if (6 * ranks * nameCount * count >= Number.MAX_SAFE_INTEGER) {
    return items.sort((a, b) => compareMatches(a.match, b.match)); // too large for exact keys
  }
  const keys = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const { order, rankIndex, match } = items[p] as T;
    keys[p] = ((order * ranks + rankIndex) * nameCount + match.nameRank) * count + p;
  }
  keys.sort();
  const sorted = new Array<T>(count);
  for (let p = 0; p < count; p++) sorted[p] = items[(keys[p] as number) % count] as T;
  return sorted;
}
