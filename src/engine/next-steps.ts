import type { ChildAge } from "../domain/age.js";
import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
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
 * Nearby requests that do lead somewhere: after birth, and need "either". Leaving a
 * situation out is no such way: general indications match whatever the situations, so
 * fewer situations never add a match (rule 3; property-tested, decision 070).
 */
export function alternativesFor(
  catalog: Catalog,
  request: MatchRequest,
  child: ChildAge,
  texts: EngineTexts,
): NextStep[] {
  const steps: NextStep[] = [];
  if (child.kind === "unborn") {
    const found = named(matchAll(catalog.interventions, request, BORN_AT_BIRTH));
    const names = found.map((i) => i.name);
    if (found.length > 0)
      steps.push({ kind: "after-birth", text: texts.nextAfterBirth(names), interventions: found });
  }
  if (request.need !== "either") {
    const found = named(matchAll(catalog.interventions, { ...request, need: "either" }, child));
    if (found.length > 0) {
      const text = texts.nextNeedEither({ need: request.need, names: found.map((i) => i.name) });
      steps.push({ kind: "need-either", text, interventions: found });
    }
  }
  if (steps.length === 0) {
    steps.push({
      kind: "nothing-else",
      text: texts.nextNothingElse({ unborn: child.kind === "unborn" }),
      interventions: [],
    });
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
  lang: "nl" | "en",
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
