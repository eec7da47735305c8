import type { AgeSide } from "../domain/age.js";
import type { Indication, Intervention } from "../domain/types.js";
import type { Need } from "../domain/vocabulary.js";
import { AGE_SIDES, type CatalogIndex, emptySlots } from "./catalog-index.js";
import type { CatalogView } from "./catalog-view.js";
import { AGE_FAILED, KIND_FAILED, SITUATION_FAILED } from "./criteria.js";
import type { MismatchReason, NotSuitable } from "./response.js";
import type { EngineTexts } from "./texts.js";

/**
 * Writes the "why not" reasons of one request. `i` is a flat indication of intervention
 * `k`; `code` says which criteria failed, see reasonCode.
 */
export interface ReasonWriter {
  reason(k: number, i: number, code: number): MismatchReason;
  /**
   * The whole notSuitable entry of intervention `k` when `i` is its only indication:
   * shared and frozen, so such an entry costs a request nothing.
   */
  onlyEntry(k: number, i: number, code: number): NotSuitable;
  /** Whether this catalogue keeps entries of several indications (see kept). */
  readonly sharesEntries: boolean;
  /**
   * The kept entry of intervention `k` equal to `entry` (made for this request, reasons in
   * order), for an intervention of several indications in a small catalogue: the last
   * such entry of each intervention is kept, frozen, and handed out again while its
   * reasons stay the same.
   */
  kept(k: number, entry: NotSuitable): NotSuitable;
}

/**
 * Catalogues up to this many interventions keep each intervention's last notSuitable
 * entry of several indications. The real catalogue has 19: most repeated advices then
 * send those entries as kept bytes (json-bytes.ts), ≈ 1 µs less per entry. At 10,000
 * interventions random requests rarely repeat an entry, and freezing and keeping them
 * cost more than making them (decisions 026, 027).
 *
 * What is kept is a copy: the request's own entry and list stay short-lived objects made
 * in notSuitableEntry, the same for every catalogue. Versions that kept the request's
 * list or made every entry here made V8 allocate per-request objects of a 10,000
 * catalogue in the old generation afterwards (allocation-site pretenuring): heap 360 →
 * 1,200 MB, p99 4.7 → 20 ms in bench/advice.ts (decision 066).
 */
export const SHARED_ENTRIES_UP_TO = 1000;

/** How many reason codes an indication has: 3 without an age failure, 4 × 3 with one. */
export const REASON_CODES = 15;

/**
 * The reason code of an indication from its failed criteria (1 = failed) and, if the age
 * failed, the child's AGE_SIDES position: 0–2 for K, S, KS without the age; 3 + 4 × side
 * + (K + 2S) with it. At least one criterion has failed.
 */
export function reasonCode(kind: number, age: number, situation: number, side: number): number {
  const slot = kind | (situation << 1);
  return age ? 3 + 4 * side + slot : slot - 1;
}

/** Writes "why not" sentences for one catalogue in one language. */
export interface MismatchWriter {
  /**
   * The writer for one request's need, e.g. "Volgens de richtlijn is PIPA voor
   * 0–4 jaar (dit kind is ouder).", with its source. Reasons are frozen and shared: the
   * same object serves every advice with the same answer.
   */
  forNeed(need: Need): ReasonWriter;
}

/** The failed criteria (KIND_FAILED | AGE_FAILED | SITUATION_FAILED) and side of a reason code. */
function decode(code: number): { failed: number; side: number } {
  if (code < 3) {
    const slot = code + 1;
    return { failed: (slot & 1 ? KIND_FAILED : 0) | (slot & 2 ? SITUATION_FAILED : 0), side: -1 };
  }
  const slot = (code - 3) % 4;
  const failed = AGE_FAILED | (slot & 1 ? KIND_FAILED : 0) | (slot & 2 ? SITUATION_FAILED : 0);
  return { failed, side: Math.floor((code - 3) / 4) };
}

const writers = new WeakMap<CatalogView, MismatchWriter>();

/**
 * The mismatch writer for a catalogue view (one language), created on first use.
 *
 * Most interventions of a large catalogue do not fit a given child, so these sentences
 * are the bulk of an advice (≈ 17,000 at 10,000 interventions). A sentence names the
 * failed criteria; an age failure says on which side of the indication's age the child
 * is (younger, older, not born yet) but not the child's age itself, which the asker
 * gave. So a sentence depends only on the indication, the failed criteria and that side
 * (the need is implied: a kind fails only for the other kind): at most 3 + 4 × 3 per
 * indication, all kept. Sentences naming the child's age were different per age and
 * could not be kept for a large catalogue without costing more in garbage collection
 * than they saved (decision 026).
 */
export function mismatchWriter(
  view: CatalogView,
  texts: EngineTexts,
  index: CatalogIndex,
  catalogInterventions: readonly Intervention[],
): MismatchWriter {
  const existing = writers.get(view);
  if (existing) return existing;

  const count = index.indications.length;
  const { comma, and, end } = texts.mismatchWords;
  // Per reason code, then per indication (at code × count + i): one request's codes are
  // mostly the same few, so its lookups run along a few stretches of neighbouring slots
  // instead of one cache line per indication (in a CPU profile at 10,000 interventions
  // this nearly halved the time spent making notSuitable).
  const reasons: (MismatchReason | undefined)[] = emptySlots(REASON_CODES * count);
  // For interventions of one indication, the notSuitable entry around the reason, so it
  // need not be made per request (see notSuitableEntry).
  const entries: (NotSuitable | undefined)[] = emptySlots(REASON_CODES * count);
  // Per intervention of a small catalogue: its last entry of several indications.
  const interventionCount = catalogInterventions.length;
  const lastEntries: (NotSuitable | undefined)[] | undefined =
    interventionCount <= SHARED_ENTRIES_UP_TO ? emptySlots(interventionCount) : undefined;

  const sentence = (
    intervention: Intervention,
    indication: Indication,
    failed: number,
    need: Need,
    side: number,
  ) => {
    const parts: string[] = [];
    if (failed & KIND_FAILED) parts.push(texts.mismatchKind({ kind: indication.kind, need }));
    if (failed & AGE_FAILED) {
      const sideName = AGE_SIDES[side] as AgeSide;
      const head = texts.mismatchAgeHead(indication.age, sideName === "unborn" ? "unborn" : "born");
      parts.push(head + texts.mismatchAgeTail(indication.age, sideName));
    }
    if (failed & SITUATION_FAILED) {
      parts.push(
        texts.mismatchSituation({ situationLabels: indication.situations.map(view.situationLabel) }),
      );
    }
    // "A, B en C": commas between the clauses, "and" before the last.
    const clauses = parts.length > 1 ? `${parts.slice(0, -1).join(comma)}${and}${parts.at(-1)}` : parts[0];
    const start = texts.mismatchStart({
      document: view.documentWords(indication.source?.document),
      name: intervention.name,
    });
    const text = start + clauses + end;
    return Object.freeze(indication.source ? { text, source: indication.source } : { text });
  };

  const writer: MismatchWriter = {
    forNeed(need) {
      const reason = (k: number, i: number, code: number): MismatchReason => {
        const at = code * count + i;
        let made = reasons[at];
        if (made === undefined) {
          const { failed, side } = decode(code);
          const intervention = catalogInterventions[k] as Intervention;
          made = sentence(intervention, index.indications[i] as Indication, failed, need, side);
          reasons[at] = made;
        }
        return made;
      };
      return {
        reason,
        onlyEntry(k, i, code) {
          const at = code * count + i;
          let entry = entries[at];
          if (entry === undefined) {
            const reasons = Object.freeze([reason(k, i, code)]) as MismatchReason[];
            entry = Object.freeze({ id: index.ids[k] as string, name: index.names[k] as string, reasons });
            entries[at] = entry;
          }
          return entry;
        },
        sharesEntries: lastEntries !== undefined,
        kept(k, entry) {
          const last = (lastEntries as (NotSuitable | undefined)[])[k];
          if (last !== undefined && sameReasons(last.reasons, entry.reasons)) return last;
          // A copy is kept, not the request's own objects (see SHARED_ENTRIES_UP_TO).
          const made = Object.freeze({
            id: entry.id,
            name: entry.name,
            reasons: Object.freeze(entry.reasons.slice()) as MismatchReason[],
          });
          (lastEntries as (NotSuitable | undefined)[])[k] = made;
          return made;
        },
      };
    },
  };
  writers.set(view, writer);
  return writer;
}

/** Whether two lists hold the same reason objects in the same order (reasons are shared). */
function sameReasons(a: readonly MismatchReason[], b: readonly MismatchReason[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
