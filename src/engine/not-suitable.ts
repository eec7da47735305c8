import type { Intervention } from "../domain/types.js";
import { NEEDS } from "../domain/vocabulary.js";
import { AGE_KEYS, type CatalogIndex, emptySlots } from "./catalog-index.js";
import type { CatalogView } from "./catalog-view.js";
import { AGE_FAILED, KIND_FAILED, SITUATION_FAILED } from "./criteria.js";
import type { MismatchChild, MismatchWriter } from "./mismatch-texts.js";
import type { MismatchReason, NotSuitable } from "./response.js";

/** The per-indication fit tables of one request (1 = the criterion fits), see CatalogIndex. */
export interface FitTables {
  readonly kind: Uint8Array;
  readonly age: Uint8Array;
  readonly situation: Uint8Array;
}

/**
 * The `notSuitable` entry of intervention `k`, none of whose indications matched.
 * `situationMisses` has bit j set when its indication j fails on situations.
 */
export type EntryFor = (k: number, intervention: Intervention, situationMisses: number) => NotSuitable;

/** Builds the `notSuitable` entries of a catalogue view, sharing them between advices. */
export interface NotSuitableCache {
  /** The entry builder for one request's need and child. */
  forRequest(child: MismatchChild, fits: FitTables): EntryFor;
}

/**
 * An entry depends only on the need, the child's age key (for an unborn child only when
 * an indication starts in pregnancy) and which indications fail on situations. So per
 * need and age there is one slot array, with 2^m slots for an intervention of m
 * indications, and a lookup is two array reads. Caching whole entries, not only their
 * sentences, matters: allocating ~10,000 entries per advice cost more in garbage
 * collection than all the work (decision 025).
 */
const MAX_SLOTTED_INDICATIONS = 4;
/**
 * Bounds memory: at 10,000 interventions a uniform spread of requests meets ~1 million
 * distinct entries per language (~150 bytes each with their sentences). Past the bound,
 * entries are built per request.
 */
const MAX_CACHED_ENTRIES = 1_000_000;
/** Age variant of an unborn child for an intervention without an indication starting in pregnancy. */
const ANY_WEEK = AGE_KEYS;

const caches = new WeakMap<CatalogView, NotSuitableCache>();

/** The entry cache of a catalogue view (one language), created on first use. */
export function notSuitableCache(
  view: CatalogView,
  index: CatalogIndex,
  writer: MismatchWriter,
): NotSuitableCache {
  const existing = caches.get(view);
  if (existing) return existing;

  const interventions = index.nameRank.length;
  // Where intervention k's slots start in every slot array; -1: too many indications, not cached.
  const slotStart = new Int32Array(interventions);
  // Whether an unborn child's week can change an entry: only via an indication starting in pregnancy.
  const weekMatters = new Uint8Array(interventions);
  let slotCount = 0;
  for (let k = 0; k < interventions; k++) {
    const first = index.start[k] as number;
    const last = index.start[k + 1] as number;
    for (let i = first; i < last; i++) if (index.fromPregnancy[i]) weekMatters[k] = 1;
    const m = last - first;
    slotStart[k] = m <= MAX_SLOTTED_INDICATIONS ? slotCount : -1;
    if (m <= MAX_SLOTTED_INDICATIONS) slotCount += 2 ** m;
  }
  const tables: ((NotSuitable | undefined)[] | undefined)[] = emptySlots(NEEDS.length * (AGE_KEYS + 1));
  let cached = 0;

  const build = (intervention: Intervention, k: number, fits: FitTables, child: MismatchChild) => {
    const reasons: MismatchReason[] = [];
    for (let i = index.start[k] as number; i < (index.start[k + 1] as number); i++) {
      const failed =
        (fits.kind[i] ? 0 : KIND_FAILED) |
        (fits.age[i] ? 0 : AGE_FAILED) |
        (fits.situation[i] ? 0 : SITUATION_FAILED);
      reasons.push(writer.reason(intervention, i, failed, child));
    }
    return reasons;
  };

  const tableFor = (need: number, variant: number) => {
    if (need < 0 || variant < 0) return undefined;
    const at = need * (AGE_KEYS + 1) + variant;
    let table = tables[at];
    if (!table) {
      table = emptySlots(slotCount);
      tables[at] = table;
    }
    return table;
  };

  const cache: NotSuitableCache = {
    forRequest(child, fits) {
      const need = NEEDS.indexOf(child.need);
      const own = tableFor(need, child.ageKey);
      const anyWeek = child.age.kind === "unborn" ? tableFor(need, ANY_WEEK) : own;
      return (k, intervention, situationMisses) => {
        const table = weekMatters[k] ? own : anyWeek;
        const start = slotStart[k] as number;
        const slot = start + situationMisses;
        const known = table && start >= 0 ? table[slot] : undefined;
        if (known) return known;
        const reasons = build(intervention, k, fits, child);
        if (!table || start < 0 || cached >= MAX_CACHED_ENTRIES) {
          return { id: intervention.id, name: intervention.name, reasons };
        }
        // Shared by every advice with the same answer, so frozen; the contract's type is a mutable array.
        const entry: NotSuitable = Object.freeze({
          id: intervention.id,
          name: intervention.name,
          reasons: Object.freeze(reasons) as MismatchReason[],
        });
        table[slot] = entry;
        cached++;
        return entry;
      };
    },
  };
  caches.set(view, cache);
  return cache;
}
