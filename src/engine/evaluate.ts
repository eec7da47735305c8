import { childAgeFrom } from "../domain/age.js";
import { ageView } from "../domain/age-view.js";
import type { Catalog, Indication } from "../domain/types.js";
import { type CatalogView, catalogView } from "./catalog-view.js";
import { caveatsFor } from "./caveats.js";
import { compareMatches, type Match, matchIntervention } from "./match.js";
import { alternativesFor, stepsForUnmetPreconditions } from "./next-steps.js";
import { notSuitableFor, reasonFor } from "./reasons.js";
import type { AdviceRequest } from "./request.js";
import type { Advice, AdviceNotice, NotSuitable, Recommendation } from "./response.js";
import { type EngineTexts, engineTexts } from "./texts.js";

/** Options for {@link evaluateAdvice}. */
export interface EvaluateOptions {
  /** The moment recognitions are judged stale against; tests pin it. Default: now. */
  readonly now?: Date;
}

/**
 * Applies the advice rules (DOMAIN.md) to a checked request: rule 2 (preconditions),
 * rule 3 (match), rule 4 (order), rule 5 (explain) and rule 6 (warn). Pure: the same
 * request, catalogue and `now` give the same advice; nothing is stored or logged.
 */
export function evaluateAdvice(
  request: AdviceRequest,
  catalog: Catalog,
  options: EvaluateOptions = {},
): Advice {
  const now = options.now ?? new Date();
  const texts = engineTexts(request.lang);
  const view = catalogView(catalog, request.lang);
  const child = childAgeFrom(request.child);

  const matches: Match[] = [];
  const notSuitable: NotSuitable[] = [];
  catalog.interventions.forEach((intervention, position) => {
    const match = matchIntervention(intervention, position, request, child);
    if (match) matches.push(match);
    else notSuitable.push(notSuitableFor(intervention, request, child, view, texts));
  });
  matches.sort(compareMatches);
  const recommendations = matches.map((match) => recommend(match, request, view, texts, now));

  const answers = catalog.preconditions.map((p) => ({
    id: p.id,
    answer: request.preconditions[p.requestKey] ?? "unknown",
  }));
  const unmetPreconditions = answers.filter((a) => a.answer === "no").map((a) => a.id);
  const unverifiedPreconditions = answers.filter((a) => a.answer === "unknown").map((a) => a.id);
  const met = unmetPreconditions.length === 0;

  const alternatives = () => alternativesFor(catalog, request, child, texts);
  let outcome: Advice["outcome"];
  let nextSteps: Advice["nextSteps"] = [];
  if (!met) {
    outcome = {
      kind: "preconditions-not-met",
      text: texts.outcomeNotMet(unmetPreconditions.map(view.preconditionLabel)),
    };
    nextSteps = stepsForUnmetPreconditions(
      catalog,
      unmetPreconditions,
      matches,
      alternatives,
      view,
      texts,
      request.lang,
    );
  } else if (matches.length === 0) {
    outcome = { kind: "nothing-fits", text: texts.outcomeNothingFits({ unborn: child.kind === "unborn" }) };
    nextSteps = alternatives();
  } else {
    outcome = { kind: "recommendations", text: texts.outcomeRecommendations(matches.length) };
  }

  return {
    status: met ? "recommendations" : "preconditions-not-met",
    unmetPreconditions,
    unverifiedPreconditions,
    recommended: met ? recommendations : [],
    onceMet: met ? [] : recommendations,
    notSuitable,
    notices: noticesFor(unverifiedPreconditions, view, texts),
    outcome,
    nextSteps,
    warnings: [...view.warnings],
  };
}

/** Rule 5 for one match: its reasons (each matched indication, best first) and caveats. */
function recommend(
  match: Match,
  request: AdviceRequest,
  view: CatalogView,
  texts: EngineTexts,
  now: Date,
): Recommendation {
  const { intervention, matched } = match;
  const best = matched[0] as Indication;
  return {
    id: intervention.id,
    name: intervention.name,
    specific: best.situations.length > 0,
    // The request's situations that the best indication names, in the request's order.
    matchedSituations: request.situations.filter((code) => best.situations.includes(code)),
    ageBasis: best.age.basis,
    age: ageView(best.age, request.lang),
    reasons: matched.map((indication) => reasonFor(intervention, indication, view, texts)),
    caveats: caveatsFor(match, view, texts, request.lang, now),
  };
}

/**
 * Notices for the whole advice: the preconditions still to verify. Unmet ones are the
 * outcome itself, with the richtlijn's words in nextSteps.
 */
function noticesFor(unverified: readonly string[], view: CatalogView, texts: EngineTexts): AdviceNotice[] {
  if (unverified.length === 0) return [];
  return [
    {
      kind: "preconditions-unverified",
      text: texts.noticeUnverified(unverified.map(view.preconditionLabel)),
    },
  ];
}
