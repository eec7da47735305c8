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
 * Advice rule 4 for whole interventions, as one number per match (lower is better):
 * compare their best indications ({@link compareIndications}), then the Databank's
 * effectiveness rank (unranked last), then the name in Dutch collation (the id when
 * names collate equal). So the key is the best matched indication's
 * {@link indicationOrder}, then the position of its lowest Databank rank among the
 * catalogue's `rankCount` distinct ranks (unranked = rankCount), then the name rank.
 * It does not depend on the request, so it is kept with the match. Name ranks are
 * unique, so no two interventions share a key; the keys stay exact integers while
 * 6 · (rankCount + 1) · nameCount < 2^53 (see {@link assertRule4KeysExact}).
 */
export function rule4Key(
  order: number,
  rankIndex: number,
  nameRank: number,
  rankCount: number,
  nameCount: number,
): number {
  return (order * (rankCount + 1) + rankIndex) * nameCount + nameRank;
}

/** Throws for a catalogue so large that its rule-4 keys would not be exact integers. */
export function assertRule4KeysExact(rankCount: number, nameCount: number): void {
  if (6 * (rankCount + 1) * nameCount >= Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`A catalogue of ${nameCount} interventions is too large to rank exactly.`);
  }
}

/**
 * `values` in the order of their {@link rule4Key}s, ascending: advice rule 4. At 10,000
 * interventions a few thousand match, and a comparator sort spends milliseconds in
 * calls; a typed-array sort of numbers does not. `keys` is sorted
 * in place; `positionOfName[nameRank]` must hold the position in `values` of the match
 * with that name rank (a key ends in its name rank, which finds the value back).
 */
export function sortByRule4Keys<T>(
  keys: Float64Array,
  values: readonly T[],
  nameCount: number,
  positionOfName: Int32Array,
): T[] {
  keys.sort();
  const sorted = new Array<T>(keys.length);
  for (let p = 0; p < keys.length; p++) {
    sorted[p] = values[positionOfName[(keys[p] as number) % nameCount] as number] as T;
  }
  return sorted;
}
