import { type AgeSide, ageFits, ageSide, type ChildAge } from "../domain/age.js";
import type { Catalog, Indication } from "../domain/types.js";
import { NEEDS } from "../domain/vocabulary.js";
import { kindFits } from "./criteria.js";
import { assertRule4KeysExact, nameRanks } from "./ordering.js";
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

/** The sides of an indication's age a child who does not fit it can be on, in table order. */
export const AGE_SIDES: readonly AgeSide[] = ["younger", "older", "unborn"];

/** The child age an age key stands for (the inverse of ageKey). */
function childAgeOf(key: number): ChildAge {
  return key <= MAX_AGE_YEARS
    ? { kind: "born", years: key }
    : { kind: "unborn", pregnancyWeek: key - MAX_AGE_YEARS };
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
  /** Per indication: 1 where the child's age fits (one table per age key, made with the index). */
  ageFits(age: ChildAge, key: number): Uint8Array;
  /**
   * Per indication: where the child is against its age when it does not fit (AGE_SIDES
   * position: younger, older, unborn), so "why not" sentences need not read the content.
   */
  ageSides(age: ChildAge, key: number): Uint8Array;
  /** Per intervention: its id and name, read per request without touching the content objects. */
  readonly ids: readonly string[];
  readonly names: readonly string[];
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
  assertRule4KeysExact(distinct.length, catalog.interventions.length);

  const kindTables = NEEDS.map((need) =>
    Uint8Array.from(indications, (i) => (kindFits(i.kind, need) ? 1 : 0)),
  );
  const ageTable = (age: ChildAge) => {
    const table = new Uint8Array(count);
    for (let i = 0; i < count; i++) table[i] = ageFits((indications[i] as Indication).age, age) ? 1 : 0;
    return table;
  };
  const sideTable = (age: ChildAge) => {
    const table = new Uint8Array(count);
    for (let i = 0; i < count; i++)
      table[i] = AGE_SIDES.indexOf(ageSide((indications[i] as Indication).age, age));
    return table;
  };
  // AGE_KEYS tables of one byte per indication each, made now so no request pays for one.
  const ageTables = Array.from({ length: AGE_KEYS }, (_, key) => ageTable(childAgeOf(key)));
  const sideTables = Array.from({ length: AGE_KEYS }, (_, key) => sideTable(childAgeOf(key)));

  const index: CatalogIndex = {
    indications,
    start,
    ids: catalog.interventions.map((intervention) => intervention.id),
    names: catalog.interventions.map((intervention) => intervention.name),
    kindFits: kindTables,
    rankIndex,
    rankCount: distinct.length,
    nameRank,
    fromPregnancy,
    ageFits(age, key) {
      return (key < 0 ? undefined : ageTables[key]) ?? ageTable(age);
    },
    ageSides(age, key) {
      return (key < 0 ? undefined : sideTables[key]) ?? sideTable(age);
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
