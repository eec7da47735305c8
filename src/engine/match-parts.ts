import type { Indication, Intervention } from "../domain/types.js";
import { type CatalogIndex, emptySlots } from "./catalog-index.js";
import type { CatalogView } from "./catalog-view.js";
import { type CaveatContext, caveatsFor, recognitionStaleFrom } from "./caveats.js";
import {
  compareIndications,
  indicationOrder,
  type MatchedIntervention,
  type RankedMatch,
} from "./ordering.js";
import type { AdviceCaveat, AdviceReason, Recommendation } from "./response.js";
import type { EngineTexts } from "./texts.js";

/**
 * What a recommendation takes from its matched indications. It is the same for every
 * request that matches the same indications of the intervention, so it is kept per
 * catalogue view; the arrays are frozen because responses share them.
 */
export interface MatchParts extends RankedMatch {
  readonly best: Indication;
  readonly reasons: readonly AdviceReason[];
  /** From when the recognition counts as stale (ms), see recognitionStaleFrom. */
  readonly staleFrom: number;
  /** Caveats with a fresh [0] and a stale [1] recognition: `now` changes only that. */
  readonly caveats: [readonly AdviceCaveat[] | undefined, readonly AdviceCaveat[] | undefined];
  /** The whole recommendation per staleness, when the request cannot change it (see recommendation()). */
  readonly recommendations: [Recommendation | undefined, Recommendation | undefined];
}

/** Looks up (or builds) the parts of a recommendation. */
export interface PartsCache {
  /**
   * `matched` are flat indication indexes of intervention `k`; `mask` has bit j set when
   * its indication j matched. The context serves only what does not depend on `now`.
   */
  parts(
    k: number,
    intervention: Intervention,
    matched: readonly number[],
    mask: number,
    context: CaveatContext,
  ): MatchParts;
  /** The recommendation for these parts; `situations` are the request's, in its order. */
  recommendation(parts: MatchParts, context: CaveatContext, situations: readonly string[]): Recommendation;
}

/**
 * Parts are kept in one slot array, 2^m slots for an intervention of m indications (one
 * per subset that can match), so a lookup is an array read; an intervention with more
 * indications than this has its parts built per request.
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

  const build = (
    k: number,
    intervention: Intervention,
    matched: readonly number[],
    context: CaveatContext,
  ): MatchParts => {
    const indications = matched.map((i) => index.indications[i] as Indication);
    let databankRank = Number.POSITIVE_INFINITY;
    let rankIndex = index.rankCount;
    for (const i of matched) {
      const indication = index.indications[i] as Indication;
      if (indication.databankRank !== undefined && indication.databankRank < databankRank) {
        databankRank = indication.databankRank;
      }
      rankIndex = Math.min(rankIndex, index.rankIndex[i] as number);
    }
    // Array sort is stable: equally good indications keep content order.
    const sorted = indications.length > 1 ? indications.sort(compareIndications) : indications;
    const best = sorted[0] as Indication;
    const match: MatchedIntervention = {
      intervention,
      matched: sorted,
      databankRank,
      nameRank: index.nameRank[k] as number,
    };
    return {
      match,
      order: indicationOrder(best),
      rankIndex,
      best,
      reasons: Object.freeze(sorted.map((indication) => reasonFor(intervention, indication, view, texts))),
      staleFrom: recognitionStaleFrom(intervention, context),
      caveats: [undefined, undefined],
      recommendations: [undefined, undefined],
    };
  };

  const cache: PartsCache = {
    parts(k, intervention, matched, mask, context) {
      const start = slotStart[k] as number;
      if (start < 0) return build(k, intervention, matched, context);
      const known = slots[start + mask];
      if (known) return known;
      const parts = build(k, intervention, matched, context);
      slots[start + mask] = parts;
      return parts;
    },
    recommendation(parts, context, situations) {
      const stale = context.now.getTime() >= parts.staleFrom ? 1 : 0;
      const known = parts.recommendations[stale];
      if (known) return known;
      let caveats = parts.caveats[stale];
      if (!caveats) {
        caveats = Object.freeze(caveatsFor(parts.match, context));
        parts.caveats[stale] = caveats;
      }
      const { best } = parts;
      const recommendation: Recommendation = {
        id: parts.match.intervention.id,
        name: parts.match.intervention.name,
        specific: best.situations.length > 0,
        // The request's situations that the best indication names, in the request's order.
        matchedSituations:
          best.situations.length === 0 ? [] : situations.filter((code) => best.situations.includes(code)),
        ageBasis: best.age.basis,
        // Shared and frozen; the contract's types are mutable arrays.
        reasons: parts.reasons as AdviceReason[],
        caveats: caveats as AdviceCaveat[],
      };
      // With at most one situation on the best indication, matchedSituations is that one
      // (it matched) or none: the request cannot change the recommendation, so share it.
      // (A checked request holds no repeated codes, so the filter gives exactly one.)
      if (best.situations.length <= 1 && recommendation.matchedSituations.length === best.situations.length) {
        Object.freeze(recommendation.matchedSituations);
        parts.recommendations[stale] = Object.freeze(recommendation);
      }
      return recommendation;
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
