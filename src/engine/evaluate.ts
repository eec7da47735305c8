import { type ChildAge, childAgeFrom } from "../domain/age.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import { type CatalogView, catalogView } from "./catalog-view.js";
import { caveatsFor } from "./caveats.js";
import { type KeptSentences, keptSentences } from "./kept-sentences.js";
import { compareMatches, type Match, type Misfit, matchIntervention, misfitOf } from "./match.js";
import { alternativesFor, stepsForUnmetPreconditions } from "./next-steps.js";
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
  const sentences = keptSentences(catalog, request.lang);
  const child = childAgeFrom(request.child);

  // Rule 3: match; rule 4: order.
  const matches: Match[] = [];
  const unmatched: Intervention[] = [];
  catalog.interventions.forEach((intervention, position) => {
    const match = matchIntervention(intervention, position, request, child);
    if (match) matches.push(match);
    else unmatched.push(intervention);
  });
  matches.sort(compareMatches);

  // Rule 5: explain.
  const recommendations = matches.map((match) => recommend(match, request, sentences, now));
  const notSuitable = unmatched.map((intervention) =>
    notSuitableFor(intervention, request, child, sentences),
  );

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
  sentences: KeptSentences,
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
    age: sentences.age(best),
    reasons: matched.map((indication) => sentences.reason(indication)),
    caveats: caveatsFor(match, sentences, request.lang, now),
  };
}

/** Rule 5 for an intervention that does not fit: why not, one reason per indication. */
function notSuitableFor(
  intervention: Intervention,
  request: AdviceRequest,
  child: ChildAge,
  sentences: KeptSentences,
): NotSuitable {
  return {
    id: intervention.id,
    name: intervention.name,
    reasons: intervention.indications.map((indication) => {
      // None of the intervention's indications matched, so each has a misfit.
      const misfit = misfitOf(indication, request, child) as Misfit;
      return sentences.mismatch(indication, misfit);
    }),
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
