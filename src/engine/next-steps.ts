import type { ChildAge } from "../domain/age.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import type { Need } from "../domain/vocabulary.js";
import type { CatalogView } from "./catalog-view.js";
import { type Match, type MatchRequest, matchAll } from "./match.js";
import type { NextStep } from "./response.js";
import type { EngineTexts } from "./texts.js";

/*
 * No dead ends (issue 11): when nothing is recommended, the advice says what comes next,
 * computed by running the same rules on a nearby request, never invented. The web page,
 * the CLI and the API all show these same steps.
 */

const BORN_AT_BIRTH: ChildAge = { kind: "born", years: 0 };

function named(matches: readonly Match[]): { id: string; name: string }[] {
  return matches.map(({ intervention }) => ({ id: intervention.id, name: intervention.name }));
}

/**
 * Nearby requests that do lead somewhere: after birth, need "either", and — only when
 * neither alone does — both together. Leaving a situation out is no such way: general
 * indications match whatever the situations, so fewer situations never add a match
 * (rule 3; property-tested, decision 070).
 */
export function alternativesFor(
  catalog: Catalog,
  request: MatchRequest,
  child: ChildAge,
  texts: EngineTexts,
): NextStep[] {
  const find = (need: Need, at: ChildAge) => named(matchAll(catalog.interventions, { ...request, need }, at));
  const unborn = child.kind === "unborn";
  const steps: NextStep[] = [];
  const afterBirth = unborn ? find(request.need, BORN_AT_BIRTH) : [];
  if (afterBirth.length > 0) {
    steps.push({
      kind: "after-birth",
      text: texts.nextAfterBirth(afterBirth.map((i) => i.name)),
      interventions: afterBirth,
    });
  }
  const either = request.need !== "either" ? find("either", child) : [];
  if (either.length > 0) {
    const text = texts.nextNeedEither({ need: request.need, names: either.map((i) => i.name) });
    steps.push({ kind: "need-either", text, interventions: either });
  }
  if (steps.length === 0 && unborn && request.need !== "either") {
    const both = find("either", BORN_AT_BIRTH);
    if (both.length > 0) {
      const text = texts.nextAfterBirthNeedEither({ need: request.need, names: both.map((i) => i.name) });
      steps.push({ kind: "after-birth-need-either", text, interventions: both });
    }
  }
  if (steps.length === 0) {
    steps.push({ kind: "nothing-else", text: texts.nextNothingElse({ unborn }), interventions: [] });
  }
  return steps;
}

/**
 * With unmet preconditions: what the richtlijn says must come first (each unmet
 * condition, with its explanation and source), then what fits once they are met —
 * and, if nothing would, the nearby requests that would lead somewhere.
 */
export function stepsForUnmetPreconditions(
  catalog: Catalog,
  unmet: readonly string[],
  onceMet: readonly Match[],
  alternatives: () => NextStep[],
  view: CatalogView,
  texts: EngineTexts,
  lang: Lang,
): NextStep[] {
  const first: NextStep[] = catalog.preconditions
    .filter((precondition) => unmet.includes(precondition.id))
    .map((precondition) => ({
      kind: "first-precondition",
      text: texts.nextFirstPrecondition({
        label: view.preconditionLabel(precondition.id),
        explanation: localize(precondition.explanation, lang),
      }),
      interventions: [],
      precondition: precondition.id,
      ...(precondition.source ? { source: precondition.source } : {}),
    }));
  const fits = named(onceMet);
  const then: NextStep = {
    kind: "once-met",
    text: texts.nextOnceMet(fits.map((i) => i.name)),
    interventions: fits,
  };
  return [...first, then, ...(fits.length === 0 ? alternatives() : [])];
}
