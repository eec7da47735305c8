import { childAgeFrom } from "../domain/age.js";
import { localize } from "../domain/text.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import { type CatalogView, catalogView } from "./catalog-view.js";
import { type CaveatContext, caveatsFor } from "./caveats.js";
import { failedCriteria, type MatchContext } from "./criteria.js";
import { mismatchWriter } from "./mismatch-texts.js";
import { compareMatches, type MatchedIntervention, matchedIntervention, nameRanks } from "./ordering.js";
import type { AdviceRequest } from "./request.js";
import type {
  Advice,
  AdviceNotice,
  AdviceReason,
  MismatchReason,
  NotSuitable,
  Recommendation,
} from "./response.js";
import { type EngineTexts, engineTexts } from "./texts.js";

/** Options for {@link evaluateAdvice}. */
export interface EvaluateOptions {
  /** The moment recognitions are judged stale against; tests pin it. Default: now. */
  readonly now?: Date;
}

/**
 * Applies the advice rules (DOMAIN.md) to a checked request. Pure: the same request,
 * catalogue and `now` give the same advice; nothing is stored or logged.
 */
export function evaluateAdvice(
  request: AdviceRequest,
  catalog: Catalog,
  options: EvaluateOptions = {},
): Advice {
  const texts = engineTexts(request.lang);
  const view = catalogView(catalog, request.lang);
  const context: MatchContext = {
    need: request.need,
    age: childAgeFrom(request.child),
    situations: new Set(request.situations),
  };

  const ranks = nameRanks(catalog);
  const writer = mismatchWriter(view, texts);
  const matches: MatchedIntervention[] = [];
  const notSuitable: NotSuitable[] = [];
  for (const intervention of catalog.interventions) {
    const matched: Indication[] = [];
    const mismatches: MismatchReason[] = [];
    for (const indication of intervention.indications) {
      const failed = failedCriteria(indication, context);
      if (failed === 0) {
        matched.push(indication);
      } else if (matched.length === 0) {
        // Mismatch reasons only matter for an intervention that ends up not suitable.
        mismatches.push(writer.reason(intervention, indication, failed, context));
      }
    }
    if (matched.length > 0)
      matches.push(matchedIntervention(intervention, matched, ranks.get(intervention.id) ?? 0));
    else notSuitable.push({ id: intervention.id, name: intervention.name, reasons: mismatches });
  }
  matches.sort(compareMatches);

  const answers = catalog.preconditions.map((p) => ({
    id: p.id,
    answer: request.preconditions[p.requestKey] ?? "unknown",
  }));
  const unmetPreconditions = answers.filter((a) => a.answer === "no").map((a) => a.id);
  const unverifiedPreconditions = answers.filter((a) => a.answer === "unknown").map((a) => a.id);
  const now = options.now ?? new Date();
  const caveatContext: CaveatContext = {
    texts,
    lang: request.lang,
    now,
    documentWords: view.documentWords,
    documentIds: view.documentIds,
    cacheKey: view,
  };
  const recommendations = matches.map((match) =>
    recommendationFor(match, request, view, texts, caveatContext),
  );
  const met = unmetPreconditions.length === 0;

  return {
    status: met ? "recommendations" : "preconditions-not-met",
    unmetPreconditions,
    unverifiedPreconditions,
    recommended: met ? recommendations : [],
    onceMet: met ? [] : recommendations,
    notSuitable,
    notices: noticesFor(unmetPreconditions, unverifiedPreconditions, view, texts),
    warnings: catalog.harmfulPractices.map((practice) => ({
      id: practice.id,
      name: localize(practice.name, request.lang),
      text: localize(practice.reason, request.lang),
    })),
  };
}

function recommendationFor(
  match: MatchedIntervention,
  request: AdviceRequest,
  view: CatalogView,
  texts: EngineTexts,
  caveatContext: CaveatContext,
): Recommendation {
  const { intervention, matched } = match;
  const best = matched[0] as Indication;
  return {
    id: intervention.id,
    name: intervention.name,
    specific: best.situations.length > 0,
    matchedSituations:
      best.situations.length === 0 ? [] : request.situations.filter((code) => best.situations.includes(code)),
    ageBasis: best.age.basis,
    reasons: matched.map((indication) => reasonFor(intervention, indication, view, texts)),
    caveats: caveatsFor(match, caveatContext),
  };
}

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
