import { childAgeFrom } from "../domain/age.js";
import type { Catalog, Intervention } from "../domain/types.js";
import { NEEDS } from "../domain/vocabulary.js";
import { perObject } from "../lib/per-object.js";
import { ageKey, type CatalogIndex, catalogIndex } from "./catalog-index.js";
import { type CatalogView, catalogView } from "./catalog-view.js";
import type { CaveatContext } from "./caveats.js";
import { kindFits } from "./criteria.js";
import { partsCache } from "./match-parts.js";
import { mismatchWriter } from "./mismatch-texts.js";
import { type FitTables, notSuitableEntry } from "./not-suitable.js";
import { sortByRule4Keys } from "./ordering.js";
import type { AdviceRequest } from "./request.js";
import type { Advice, AdviceNotice, AdviceWarning, NotSuitable, Recommendation } from "./response.js";
import { type EngineTexts, engineTexts } from "./texts.js";

/** Options for {@link evaluateAdvice}. */
export interface EvaluateOptions {
  /** The moment recognitions are judged stale against; tests pin it. Default: now. */
  readonly now?: Date;
}

/**
 * Applies the advice rules (DOMAIN.md) to a checked request. Pure: the same request,
 * catalogue and `now` give the same advice; nothing is stored or logged. The parts of
 * the advice that do not depend on the request are prepared once per catalogue and
 * shared, frozen, between advices (decisions 023 and 025): treat an advice as read-only.
 */
export function evaluateAdvice(
  request: AdviceRequest,
  catalog: Catalog,
  options: EvaluateOptions = {},
): Advice {
  const texts = engineTexts(request.lang);
  const view = catalogView(catalog, request.lang);
  const index = catalogIndex(catalog);
  const age = childAgeFrom(request.child);
  const key = ageKey(age);

  // Rule 3 per indication as three table reads; the tables hold 1 where the criterion fits.
  const kindOk =
    index.kindFits[NEEDS.indexOf(request.need)] ??
    Uint8Array.from(index.indications, (i) => (kindFits(i.kind, request.need) ? 1 : 0));
  const ageOk = index.ageFits(age, key);
  const situationOk = index.situationFits(request.situations);
  const fits: FitTables = {
    kind: kindOk,
    age: ageOk,
    situation: situationOk,
    ageSide: index.ageSides(age, key),
  };
  const reasonFor = mismatchWriter(view, texts, index, catalog.interventions).forNeed(request.need);
  const cache = partsCache(view, texts, index);

  const caveatContext: CaveatContext = {
    texts,
    lang: request.lang,
    now: options.now ?? new Date(),
    documentWords: view.documentWords,
    documentIds: view.documentIds,
    cacheKey: view,
  };
  const { start } = index;
  const { interventions } = catalog;
  const scratch = scratchFor(index);
  const { masks, positionOfName } = scratch;
  // Two passes, so both lists are made at their final length (growing them by pushing
  // left ~200 KB of garbage per advice at 10,000 interventions).
  let matchCount = 0;
  for (let k = 0; k < interventions.length; k++) {
    const first = start[k] as number;
    const last = start[k + 1] as number;
    // Bit j: indication j matched. The slot cache reads it only for interventions of at
    // most a few indications; a longer one builds per request. (A shift counts modulo 32,
    // so a match past bit 31 still sets a bit: 0 means that nothing matched.)
    let mask = 0;
    for (let i = first; i < last; i++) {
      mask |= ((kindOk[i] as number) & (ageOk[i] as number) & (situationOk[i] as number)) << (i - first);
    }
    masks[k] = mask;
    if (mask !== 0) matchCount++;
  }
  // Each match is visited once: its recommendation and rule-4 key are taken together,
  // then only the keys are sorted (ordering.ts). notSuitable keeps catalogue order.
  const unordered = new Array<Recommendation>(matchCount);
  const keys = scratch.keys.subarray(0, matchCount);
  const notSuitable = new Array<NotSuitable>(interventions.length - matchCount);
  let matchAt = 0;
  let notSuitableAt = 0;
  for (let k = 0; k < interventions.length; k++) {
    const mask = masks[k] as number;
    if (mask === 0) {
      // Every indication failed: one reason each, naming every failed criterion.
      notSuitable[notSuitableAt++] = notSuitableEntry(index, fits, reasonFor, k);
      continue;
    }
    positionOfName[index.nameRank[k] as number] = matchAt;
    unordered[matchAt] = cache.recommend(
      k,
      interventions[k] as Intervention,
      mask,
      fits,
      caveatContext,
      request.situations,
      keys,
      matchAt,
    );
    matchAt++;
  }
  const recommendations = sortByRule4Keys(keys, unordered, interventions.length, positionOfName);

  const answers = catalog.preconditions.map((p) => ({
    id: p.id,
    answer: request.preconditions[p.requestKey] ?? "unknown",
  }));
  const unmetPreconditions = answers.filter((a) => a.answer === "no").map((a) => a.id);
  const unverifiedPreconditions = answers.filter((a) => a.answer === "unknown").map((a) => a.id);
  const met = unmetPreconditions.length === 0;

  return {
    status: met ? "recommendations" : "preconditions-not-met",
    unmetPreconditions,
    unverifiedPreconditions,
    recommended: met ? recommendations : [],
    onceMet: met ? [] : recommendations,
    notSuitable,
    notices: noticesFor(unmetPreconditions, unverifiedPreconditions, view, texts),
    // Shared and frozen; the contract's type is a mutable array.
    warnings: view.warnings as AdviceWarning[],
  };
}

/** Per-intervention work arrays of one catalogue (see scratchFor). */
interface Scratch {
  /** Per intervention: which of its indications matched (bit j: indication j). */
  readonly masks: Int32Array;
  /** Rule-4 keys of the matches, in the order they were found. */
  readonly keys: Float64Array;
  /** Per name rank: where that intervention's match was found. */
  readonly positionOfName: Int32Array;
}

/**
 * One set of work arrays per catalogue, reused by every advice: an advice runs to its
 * end without yielding, so no two use them at once, and fresh ones per advice would be
 * memory outside the heap that makes the collector run more often.
 */
const scratchFor = perObject(
  (index: CatalogIndex): Scratch => ({
    masks: new Int32Array(index.nameRank.length),
    keys: new Float64Array(index.nameRank.length),
    positionOfName: new Int32Array(index.nameRank.length),
  }),
);

function noticesFor(
  unmet: readonly string[],
  unverified: readonly string[],
  view: CatalogView,
  texts: EngineTexts,
): AdviceNotice[] {
  const notices: AdviceNotice[] = [];
  if (unmet.length > 0) {
    notices.push({
      kind: "preconditions-not-met",
      text: texts.noticeNotMet(unmet.map(view.preconditionLabel)),
    });
  }
  if (unverified.length > 0) {
    notices.push({
      kind: "preconditions-unverified",
      text: texts.noticeUnverified(unverified.map(view.preconditionLabel)),
    });
  }
  return notices;
}
