import type { ChildAge } from "../domain/age.js";
import type { Indication, Intervention } from "../domain/types.js";
import type { IndicationKind, Need } from "../domain/vocabulary.js";
import { NEEDS } from "../domain/vocabulary.js";
import type { CatalogView } from "./catalog-view.js";
import { type ExplainContext, MATCH_CRITERIA, type MatchContext } from "./criteria.js";
import type { MismatchReason } from "./response.js";
import type { EngineTexts } from "./texts.js";

/** Writes "why not" sentences for one catalogue in one language. */
export interface MismatchWriter extends ExplainContext {
  /**
   * The reason an indication fails the criteria in `failed` (bit i set: MATCH_CRITERIA[i]
   * failed), e.g. "Volgens de richtlijn is PIPA voor 0–4 jaar (dit kind is 5 jaar).", with
   * its source. Frozen: the same object serves every advice with the same answer.
   */
  reason(
    intervention: Intervention,
    indication: Indication,
    failed: number,
    context: MatchContext,
  ): MismatchReason;
}

/**
 * Most interventions of a large catalogue do not fit a given child, so these sentences
 * are the bulk of the work. A sentence depends on the indication, which criteria failed,
 * and only through those on the need and the child's age: few combinations, so each is
 * written once. The cap bounds memory for huge catalogues; past it, sentences are
 * written per request.
 */
const MAX_CACHED_SENTENCES = 200_000;

const writers = new WeakMap<CatalogView, MismatchWriter>();

function memo<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const KIND_BIT = 1 << MATCH_CRITERIA.findIndex((criterion) => criterion.id === "kind");
const AGE_BIT = 1 << MATCH_CRITERIA.findIndex((criterion) => criterion.id === "age");

/** A small number for everything the sentence depends on besides the indication. */
function sentenceKey(failed: number, context: MatchContext): number {
  const need = failed & KIND_BIT ? NEEDS.indexOf(context.need) + 1 : 0;
  const { age } = context;
  const child = failed & AGE_BIT ? (age.kind === "born" ? age.years + 1 : 100 + age.pregnancyWeek) : 0;
  return failed + 8 * need + 32 * child;
}

/** The mismatch writer for a catalogue view (one language), created on first use. */
export function mismatchWriter(view: CatalogView, texts: EngineTexts): MismatchWriter {
  const existing = writers.get(view);
  if (existing) return existing;

  const kinds = new Map<string, string>();
  const bornHeads = new Map<Indication, string>();
  const unbornHeads = new Map<Indication, string>();
  const tails = new Map<string, string>();
  const situations = new Map<Indication, string>();
  const starts = new Map<Indication, string>();
  const sentences = new Map<Indication, Map<number, MismatchReason>>();
  let cached = 0;
  const { comma, and, end } = texts.mismatchWords;

  const writer: MismatchWriter = {
    kindClause: (kind: IndicationKind, need: Need) =>
      memo(kinds, `${kind}|${need}`, () => texts.mismatchKind({ kind, need })),
    ageClause(indication: Indication, child: ChildAge) {
      const heads = child.kind === "born" ? bornHeads : unbornHeads;
      const head = memo(heads, indication, () => texts.mismatchAgeHead(indication.age, child.kind));
      // The tail depends on the child and only on which kind of age the indication has.
      const { age } = indication;
      const key =
        child.kind === "born"
          ? `born ${child.years}`
          : age.fromPregnancyWeek !== undefined
            ? `week ${child.pregnancyWeek}`
            : age.basis === "not-stated"
              ? "unborn, no age"
              : "unborn";
      return head + memo(tails, key, () => texts.mismatchAgeTail(age, child));
    },
    situationClause: (indication: Indication) =>
      memo(situations, indication, () =>
        texts.mismatchSituation({ situationLabels: indication.situations.map(view.situationLabel) }),
      ),
    reason(intervention, indication, failed, context) {
      let byKey = sentences.get(indication);
      const key = sentenceKey(failed, context);
      const known = byKey?.get(key);
      if (known !== undefined) return known;

      const clauses: string[] = [];
      MATCH_CRITERIA.forEach((criterion, index) => {
        if (failed & (1 << index)) clauses.push(criterion.explainMismatch(indication, context, writer));
      });
      let text = memo(starts, indication, () =>
        texts.mismatchStart({
          document: view.documentWords(indication.source?.document),
          name: intervention.name,
        }),
      );
      clauses.forEach((clause, index) => {
        if (index > 0) text += index === clauses.length - 1 ? and : comma;
        text += clause;
      });
      text += end;
      const reason: MismatchReason = Object.freeze(
        indication.source ? { text, source: indication.source } : { text },
      );

      if (cached < MAX_CACHED_SENTENCES) {
        if (!byKey) {
          byKey = new Map();
          sentences.set(indication, byKey);
        }
        byKey.set(key, reason);
        cached++;
      }
      return reason;
    },
  };
  writers.set(view, writer);
  return writer;
}
