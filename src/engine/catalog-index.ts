import { ageFits, type ChildAge } from "../domain/age.js";
import type { Catalog, Indication } from "../domain/types.js";
import { NEEDS } from "../domain/vocabulary.js";
import { kindFits } from "./criteria.js";
import { nameRanks } from "./ordering.js";
import { MAX_AGE_YEARS, MAX_PREGNANCY_WEEK } from "./request.js";

/**
 * An array of `length` empty slots in V8's fast element form (`new Array(n)` alone gives
 * slow dictionary elements from 100,000 slots; `fill` makes them fast again, and is far
 * quicker than pushing one by one).
 */
export function emptySlots<T>(length: number): (T | undefined)[] {
  return new Array<T | undefined>(length).fill(undefined);
}

/** How many child ages a valid request can carry: born 0–MAX_AGE_YEARS, then pregnancy weeks. */
export const AGE_KEYS = MAX_AGE_YEARS + 1 + MAX_PREGNANCY_WEEK;

/**
 * A small number per child age (0 … AGE_KEYS - 1) for table lookups; -1 for an age a
 * parsed request cannot carry (evaluateAdvice still answers it, without caching).
 */
export function ageKey(age: ChildAge): number {
  if (age.kind === "born") {
    const { years } = age;
    return Number.isInteger(years) && years >= 0 && years <= MAX_AGE_YEARS ? years : -1;
  }
  const week = age.pregnancyWeek;
  return Number.isInteger(week) && week >= 1 && week <= MAX_PREGNANCY_WEEK ? MAX_AGE_YEARS + week : -1;
}

/**
 * The catalogue's indications flattened into arrays, with everything about matching
 * that does not depend on the request. Indication `i` of the flat list belongs to the
 * intervention `k` with `start[k] <= i < start[k + 1]` (catalogue order).
 */
export interface CatalogIndex {
  readonly indications: readonly Indication[];
  readonly start: Int32Array;
  /** Per need (NEEDS order): 1 where the indication's kind fits that need. */
  readonly kindFits: readonly Uint8Array[];
  /** Per indication: the position of its Databank rank among the catalogue's distinct ranks; unranked = rankCount. */
  readonly rankIndex: Int32Array;
  readonly rankCount: number;
  /** Per intervention: its position by name in Dutch collation (then id), see nameRanks. */
  readonly nameRank: Int32Array;
  /** Per indication: 1 when its age starts in pregnancy, so an unborn child's week changes its "why not". */
  readonly fromPregnancy: Uint8Array;
  /** Per indication: 1 where the child's age fits (cached per age key). */
  ageFits(age: ChildAge, key: number): Uint8Array;
  /** Per indication: 1 where it is general or names one of the situations. */
  situationFits(situations: readonly string[]): Uint8Array;
}

// A catalogue is an immutable snapshot, so its index lives as long as it does.
const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalogue, built on first use (linear in the number of indications). */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;

  const indications: Indication[] = [];
  const start = new Int32Array(catalog.interventions.length + 1);
  const ranks = nameRanks(catalog);
  const nameRank = new Int32Array(catalog.interventions.length);
  catalog.interventions.forEach((intervention, k) => {
    start[k] = indications.length;
    nameRank[k] = ranks.get(intervention.id) ?? 0;
    indications.push(...intervention.indications);
  });
  start[catalog.interventions.length] = indications.length;
  const count = indications.length;

  const general = new Uint8Array(count);
  const fromPregnancy = new Uint8Array(count);
  const bySituation = new Map<string, number[]>();
  indications.forEach((indication, i) => {
    if (indication.situations.length === 0) general[i] = 1;
    if (indication.age.fromPregnancyWeek !== undefined) fromPregnancy[i] = 1;
    for (const code of indication.situations) {
      const list = bySituation.get(code) ?? [];
      list.push(i);
      bySituation.set(code, list);
    }
  });

  // Ranks only order, so their positions among the distinct ranks order them the same way.
  const distinct = [
    ...new Set(indications.flatMap((i) => (i.databankRank === undefined ? [] : [i.databankRank]))),
  ];
  distinct.sort((a, b) => a - b);
  const rankPosition = new Map(distinct.map((rank, position) => [rank, position]));
  const rankIndex = Int32Array.from(indications, (i) =>
    i.databankRank === undefined ? distinct.length : (rankPosition.get(i.databankRank) ?? distinct.length),
  );

  const kindTables = NEEDS.map((need) =>
    Uint8Array.from(indications, (i) => (kindFits(i.kind, need) ? 1 : 0)),
  );
  // At most AGE_KEYS tables of one byte per indication: bounded, so every age may stay cached.
  const ageTables: (Uint8Array | undefined)[] = emptySlots(AGE_KEYS);
  const ageTable = (age: ChildAge) => Uint8Array.from(indications, (i) => (ageFits(i.age, age) ? 1 : 0));

  const index: CatalogIndex = {
    indications,
    start,
    kindFits: kindTables,
    rankIndex,
    rankCount: distinct.length,
    nameRank,
    fromPregnancy,
    ageFits(age, key) {
      if (key < 0) return ageTable(age);
      let table = ageTables[key];
      if (!table) {
        table = ageTable(age);
        ageTables[key] = table;
      }
      return table;
    },
    situationFits(situations) {
      const fits = general.slice();
      for (const code of situations) {
        const list = bySituation.get(code);
        if (list) for (const i of list) fits[i] = 1;
      }
      return fits;
    },
  };
  indexes.set(catalog, index);
  return index;
}
