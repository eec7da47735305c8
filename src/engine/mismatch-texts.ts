import type { ChildAge } from "../domain/age.js";
import type { Indication, Intervention } from "../domain/types.js";
import type { Need } from "../domain/vocabulary.js";
import { AGE_KEYS, type CatalogIndex, emptySlots } from "./catalog-index.js";
import type { CatalogView } from "./catalog-view.js";
import { AGE_FAILED, KIND_FAILED, SITUATION_FAILED } from "./criteria.js";
import type { MismatchReason } from "./response.js";
import type { EngineTexts } from "./texts.js";

/** The request as far as "why not" sentences depend on it. */
export interface MismatchChild {
  readonly need: Need;
  readonly age: ChildAge;
  /** From ageKey(): -1 when the age has no key (then nothing age-related is cached). */
  readonly ageKey: number;
}

/** Writes "why not" sentences for one catalogue in one language. */
export interface MismatchWriter {
  /**
   * The reason flat indication `i` (of `intervention`) fails the criteria in `failed`
   * (KIND_FAILED | AGE_FAILED | SITUATION_FAILED), e.g. "Volgens de richtlijn is PIPA voor
   * 0–4 jaar (dit kind is 5 jaar).", with its source. Frozen when cached: the same
   * object then serves every advice with the same answer.
   */
  reason(intervention: Intervention, i: number, failed: number, child: MismatchChild): MismatchReason;
}

/**
 * Most interventions of a large catalogue do not fit a given child, so these sentences
 * are the bulk of an advice (≈ 25,000 at 10,000 interventions). A sentence depends on the
 * indication, which criteria failed and, only when the age failed, on the child's age
 * key; the need is implied (a kind fails only for the other kind). Sentences without an
 * age are at most 3 per indication; with an age, 4 per indication and age key, too many
 * to keep for huge catalogues. The cap bounds that memory (~100 bytes a sentence); past it
 * a sentence is joined per request from cached halves: prefix + the child's age + suffix.
 * The notSuitable entries (not-suitable.ts) hold these same objects, so they share them.
 */
const MAX_CACHED_SENTENCES = 1_000_000;

/** Age key for an unborn child and an indication that does not start in pregnancy: its sentence ignores the week. */
const UNBORN_ANY_WEEK = AGE_KEYS;

const writers = new WeakMap<CatalogView, MismatchWriter>();

/** Slot of a failed-criteria number ignoring the age bit: K → 1, S → 2, KS → 3 (age only → 0). */
function slotOf(failed: number): number {
  return (failed & KIND_FAILED ? 1 : 0) | (failed & SITUATION_FAILED ? 2 : 0);
}

/** The mismatch writer for a catalogue view (one language), created on first use. */
export function mismatchWriter(view: CatalogView, texts: EngineTexts, index: CatalogIndex): MismatchWriter {
  const existing = writers.get(view);
  if (existing) return existing;

  const count = index.indications.length;
  const { comma, and, end } = texts.mismatchWords;
  const kinds = new Map<string, string>();
  const bornTails = new Map<number, string>();
  const weekTails = new Map<number, string>();
  const unbornTails = new Map<number, string>();
  // Without the age: slot - 1 of K, S, KS per indication.
  const fixed: (MismatchReason | undefined)[] = emptySlots(3 * count);
  // With the age, per age key: slots A, KA, AS, KAS per indication, allocated on first use.
  const withAge: ((MismatchReason | undefined)[] | undefined)[] = emptySlots(AGE_KEYS + 1);
  // Halves of age sentences: prefix per indication, child kind and slot; suffix per indication and S.
  const prefixes: (string | undefined)[] = emptySlots(8 * count);
  const suffixes: (string | undefined)[] = emptySlots(2 * count);
  let cached = 0;

  const start = (intervention: Intervention, indication: Indication) =>
    texts.mismatchStart({
      document: view.documentWords(indication.source?.document),
      name: intervention.name,
    });
  const kindClause = (indication: Indication, need: Need) => {
    const key = `${indication.kind}|${need}`;
    let clause = kinds.get(key);
    if (clause === undefined) {
      clause = texts.mismatchKind({ kind: indication.kind, need });
      kinds.set(key, clause);
    }
    return clause;
  };
  const situationClause = (indication: Indication) =>
    texts.mismatchSituation({ situationLabels: indication.situations.map(view.situationLabel) });
  const freeze = (indication: Indication, text: string): MismatchReason =>
    Object.freeze(indication.source ? { text, source: indication.source } : { text });

  /** The child's half of the age clause; depends on the child and on the kind of age only. */
  const tail = (indication: Indication, age: ChildAge) => {
    const { fromPregnancyWeek, basis } = indication.age;
    // Born: by years; unborn: by week when the indication starts in pregnancy, else by its basis.
    const [cache, key] =
      age.kind === "born"
        ? [bornTails, age.years]
        : fromPregnancyWeek !== undefined
          ? [weekTails, age.pregnancyWeek]
          : [unbornTails, basis === "not-stated" ? 0 : 1];
    let text = cache.get(key);
    if (text === undefined) {
      text = texts.mismatchAgeTail(indication.age, age);
      cache.set(key, text);
    }
    return text;
  };

  /** Everything before the child's age: start, kind clause and the indication's half of the age clause. */
  const prefix = (intervention: Intervention, i: number, slot: number, child: MismatchChild) => {
    const at = 8 * i + (child.age.kind === "born" ? 0 : 4) + slot;
    let text = prefixes[at];
    if (text === undefined) {
      const indication = index.indications[i] as Indication;
      text = start(intervention, indication);
      if (slot & 1) text += kindClause(indication, child.need) + (slot & 2 ? comma : and);
      text += texts.mismatchAgeHead(indication.age, child.age.kind);
      prefixes[at] = text;
    }
    return text;
  };

  const suffix = (i: number, slot: number) => {
    const at = 2 * i + (slot & 2 ? 1 : 0);
    let text = suffixes[at];
    if (text === undefined) {
      text = slot & 2 ? and + situationClause(index.indications[i] as Indication) + end : end;
      suffixes[at] = text;
    }
    return text;
  };

  const withoutAge = (intervention: Intervention, indication: Indication, slot: number, need: Need) => {
    let text = start(intervention, indication);
    if (slot & 1) text += kindClause(indication, need);
    if (slot === 3) text += and;
    if (slot & 2) text += situationClause(indication);
    return freeze(indication, text + end);
  };

  const writer: MismatchWriter = {
    reason(intervention, i, failed, child) {
      const indication = index.indications[i] as Indication;
      const slot = slotOf(failed);
      if (!(failed & AGE_FAILED)) {
        const at = 3 * i + slot - 1;
        let reason = fixed[at];
        if (reason === undefined) {
          reason = withoutAge(intervention, indication, slot, child.need);
          fixed[at] = reason;
          cached++;
        }
        return reason;
      }
      const key =
        child.age.kind === "unborn" && index.fromPregnancy[i] === 0 ? UNBORN_ANY_WEEK : child.ageKey;
      const table = key < 0 ? undefined : withAge[key];
      const known = table?.[4 * i + slot];
      if (known !== undefined) return known;

      const reason = freeze(
        indication,
        prefix(intervention, i, slot, child) + tail(indication, child.age) + suffix(i, slot),
      );
      if (key >= 0 && cached < MAX_CACHED_SENTENCES) {
        const into = table ?? emptySlots<MismatchReason>(4 * count);
        withAge[key] = into;
        into[4 * i + slot] = reason;
        cached++;
      }
      return reason;
    },
  };
  writers.set(view, writer);
  return writer;
}
