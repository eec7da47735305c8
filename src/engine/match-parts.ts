import type { Indication, Intervention } from "../domain/types.js";
import { type CatalogIndex, emptySlots } from "./catalog-index.js";
import type { CatalogView } from "./catalog-view.js";
import { type CaveatContext, caveatsFor, recognitionStaleFrom } from "./caveats.js";
import type { FitTables } from "./not-suitable.js";
import { compareIndications, indicationOrder, type MatchedIntervention, rule4Key } from "./ordering.js";
import type { AdviceCaveat, AdviceReason, Recommendation } from "./response.js";
import type { EngineTexts } from "./texts.js";

/**
 * What a recommendation takes from its matched indications. It is the same for every
 * request that matches the same indications of the intervention, so it is kept per
 * catalogue view; the arrays are frozen because responses share them.
 */
export interface MatchParts {
  readonly match: MatchedIntervention;
  /** Where rule 4 puts this match, see rule4Key. */
  readonly sortKey: number;
  readonly best: Indication;
  readonly reasons: readonly AdviceReason[];
  /** From when the recognition counts as stale (ms), see recognitionStaleFrom. */
  readonly staleFrom: number;
  /** Caveats with a fresh [0] and a stale [1] recognition: `now` changes only that. */
  readonly caveats: [readonly AdviceCaveat[] | undefined, readonly AdviceCaveat[] | undefined];
  /**
   * Per staleness, when the best indication names several situations: the recommendation
   * for each (ordered) choice of them a request made, by the codes joined with spaces.
   * There are few (15 for three situations), so they are kept and shared as well.
   */
  readonly bySituations: [Map<string, Recommendation> | undefined, Map<string, Recommendation> | undefined];
}

/** Looks up (or builds) recommendations. */
export interface PartsCache {
  /**
   * The recommendation of intervention `k`, of which at least one indication matched,
   * and its rule-4 key, written to `keys[at]`. `mask` has bit j set when indication j
   * matched (read for at most a few indications; the fit tables say which matched
   * otherwise); `situations` are the request's, in its order.
   */
  recommend(
    k: number,
    intervention: Intervention,
    mask: number,
    fits: FitTables,
    context: CaveatContext,
    situations: readonly string[],
    keys: Float64Array,
    at: number,
  ): Recommendation;
}

/**
 * Parts are kept in slots, 2^m for an intervention of m indications (one per subset
 * that can match), so a lookup is an array read; an intervention with more indications
 * than this has its parts built per request. A slot also keeps, in typed arrays and
 * one array of shared recommendations, what a request reads of it: at 10,000
 * interventions a few thousand match per advice, and reading these side by side
 * costs less than following each slot's objects.
 */
const MAX_SLOTTED_INDICATIONS = 4;

const caches = new WeakMap<CatalogView, PartsCache>();

/** The parts cache of one catalogue view (language), created on first use. */
export function partsCache(view: CatalogView, texts: EngineTexts, index: CatalogIndex): PartsCache {
  const existing = caches.get(view);
  if (existing) return existing;

  const interventions = index.nameRank.length;
  const slotStart = new Int32Array(interventions);
  let slotCount = 0;
  for (let k = 0; k < interventions; k++) {
    const m = (index.start[k + 1] as number) - (index.start[k] as number);
    slotStart[k] = m <= MAX_SLOTTED_INDICATIONS ? slotCount : -1;
    if (m <= MAX_SLOTTED_INDICATIONS) slotCount += 2 ** m;
  }
  const slots: (MatchParts | undefined)[] = emptySlots(slotCount);
  // Per slot, side by side (one cache line): its rule-4 key [2 × slot] and when its
  // recognition turns stale [2 × slot + 1]. Until a slot's parts exist its shared
  // recommendations are undefined, whatever these say.
  const slotNumbers = new Float64Array(2 * slotCount);
  /** Per slot, fresh [2 × slot] and stale [2 × slot + 1]: the recommendation when it can be shared. */
  const shared: (Recommendation | undefined)[] = emptySlots(2 * slotCount);

  const nameCount = index.nameRank.length;
  const build = (
    k: number,
    intervention: Intervention,
    fits: FitTables,
    context: CaveatContext,
  ): MatchParts => {
    const matched: number[] = [];
    for (let i = index.start[k] as number; i < (index.start[k + 1] as number); i++) {
      if ((fits.kind[i] as number) & (fits.age[i] as number) & (fits.situation[i] as number)) matched.push(i);
    }
    const indications = matched.map((i) => index.indications[i] as Indication);
    // The lowest Databank rank among the matched indications, as its position (see CatalogIndex).
    let rankIndex = index.rankCount;
    for (const i of matched) rankIndex = Math.min(rankIndex, index.rankIndex[i] as number);
    // Array sort is stable: equally good indications keep content order.
    const sorted = indications.length > 1 ? indications.sort(compareIndications) : indications;
    const best = sorted[0] as Indication;
    const nameRank = index.nameRank[k] as number;
    const match: MatchedIntervention = { intervention, matched: sorted };
    return {
      match,
      sortKey: rule4Key(indicationOrder(best), rankIndex, nameRank, index.rankCount, nameCount),
      best,
      reasons: Object.freeze(sorted.map((indication) => reasonFor(intervention, indication, view, texts))),
      staleFrom: recognitionStaleFrom(intervention, context),
      caveats: [undefined, undefined],
      bySituations: [undefined, undefined],
    };
  };

  /**
   * The recommendation for these parts and staleness, frozen and shared: by every request
   * (see sharedByEveryRequest), or by the requests that chose the same situations of the
   * best indication, in the same order.
   */
  const recommendation = (
    parts: MatchParts,
    stale: 0 | 1,
    context: CaveatContext,
    situations: readonly string[],
  ): Recommendation => {
    const { best } = parts;
    // The request's situations that the best indication names, in the request's order.
    const matchedSituations =
      best.situations.length === 0 ? [] : situations.filter((code) => best.situations.includes(code));
    let variants: Map<string, Recommendation> | undefined;
    let key = "";
    if (!sharedByEveryRequest(parts)) {
      variants = parts.bySituations[stale] ??= new Map();
      key = matchedSituations.join(" ");
      const known = variants.get(key);
      if (known) return known;
    }
    let caveats = parts.caveats[stale];
    if (!caveats) {
      caveats = Object.freeze(caveatsFor(parts.match, context));
      parts.caveats[stale] = caveats;
    }
    const made: Recommendation = Object.freeze({
      id: parts.match.intervention.id,
      name: parts.match.intervention.name,
      specific: best.situations.length > 0,
      // Shared and frozen; the contract's types are mutable arrays.
      matchedSituations: Object.freeze(matchedSituations) as string[],
      ageBasis: best.age.basis,
      reasons: parts.reasons as AdviceReason[],
      caveats: caveats as AdviceCaveat[],
    });
    variants?.set(key, made);
    return made;
  };

  const cache: PartsCache = {
    recommend(k, intervention, mask, fits, context, situations, keys, at) {
      const now = context.now.getTime();
      const start = slotStart[k] as number;
      if (start < 0) {
        const parts = build(k, intervention, fits, context);
        keys[at] = parts.sortKey;
        return recommendation(parts, now >= parts.staleFrom ? 1 : 0, context, situations);
      }
      const slot = start + mask;
      const known = shared[2 * slot + (now >= (slotNumbers[2 * slot + 1] as number) ? 1 : 0)];
      if (known !== undefined) {
        keys[at] = slotNumbers[2 * slot] as number;
        return known;
      }
      let parts = slots[slot];
      if (!parts) {
        parts = build(k, intervention, fits, context);
        slots[slot] = parts;
        slotNumbers[2 * slot] = parts.sortKey;
        slotNumbers[2 * slot + 1] = parts.staleFrom;
      }
      keys[at] = parts.sortKey;
      const stale = now >= parts.staleFrom ? 1 : 0;
      const made = recommendation(parts, stale, context, situations);
      if (sharedByEveryRequest(parts)) shared[2 * slot + stale] = made;
      return made;
    },
  };
  caches.set(view, cache);
  return cache;
}

/** The sentence for a matched indication; depends on the indication and language only. */
function reasonFor(
  intervention: Intervention,
  indication: Indication,
  view: CatalogView,
  texts: EngineTexts,
): AdviceReason {
  const cached = view.reasons.get(indication);
  if (cached) return cached;
  const text = texts.reason({
    document: view.documentWords(indication.source?.document),
    name: intervention.name,
    kind: indication.kind,
    situationLabels: indication.situations.map(view.situationLabel),
    age: indication.age,
    databankRank: indication.databankRank,
  });
  // The content loader rejects an indication without a source; the fallback only keeps the type honest.
  const source = indication.source ?? { document: "", section: "" };
  const reason = Object.freeze({ text, source });
  view.reasons.set(indication, reason);
  return reason;
}

/**
 * Whether one recommendation serves every request these parts match. It does when the
 * best indication names at most one situation: its matchedSituations is then that one
 * (it matched) or none. With more, the request's choice and order of them shows.
 */
function sharedByEveryRequest(parts: MatchParts): boolean {
  return parts.best.situations.length <= 1;
}
