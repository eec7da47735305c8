import { ageEnds } from "../domain/age.js";
import { latestRecognition } from "../domain/recognition.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Indication, Intervention } from "../domain/types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "../domain/vocabulary.js";
import type { CatalogView } from "./catalog-view.js";
import type { AdviceCaveat, CaveatKind } from "./response.js";
import type { EngineTexts } from "./texts.js";

/*
 * The caveats whose words depend only on the content: how an indication's age is known,
 * and the intervention's recognition. They are written once per catalogue and language
 * (kept-sentences.ts); whether a recognition is stale is judged per advice.
 */

/** What is uncertain about an age, if anything: the kind of caveat it calls for. */
function ageCaveatKind(age: Indication["age"]): CaveatKind | undefined {
  if (age.basis === "not-stated") return "age-not-stated";
  if (age.basis === "context") return "age-from-context";
  if ((age.boundsFromContext ?? []).length > 0) return "age-bound-from-context";
  if (ageEnds(age).to.basis === "not-stated") return "age-end-not-stated";
  return age.approximate ? "age-approximate" : undefined;
}

/**
 * How a matched indication's age is known, in one caveat at most: the content's own
 * note on the age says it best; a generic sentence where there is none.
 */
export function ageCaveatFor(
  intervention: Intervention,
  indication: Indication,
  view: CatalogView,
  texts: EngineTexts,
  lang: Lang,
): AdviceCaveat | undefined {
  const { age } = indication;
  const kind = ageCaveatKind(age);
  const concerns = indication.source ? { concerns: indication.source } : {};
  if (age.note) return { kind: kind ?? "indication-note", text: localize(age.note, lang), ...concerns };
  const facts = { document: view.documentWords(indication.source?.document), name: intervention.name };
  switch (kind) {
    case "age-not-stated":
      return { kind, text: texts.caveatAgeNotStated(facts), ...concerns };
    case "age-from-context":
      return { kind, text: texts.caveatAgeFromContext({ ...facts, age }), ...concerns };
    case "age-bound-from-context": {
      const text = texts.caveatBoundFromContext({ ...facts, bounds: age.boundsFromContext ?? [] });
      return { kind, text, ...concerns };
    }
    case "age-end-not-stated":
      return { kind, text: texts.caveatEndNotStated({ ...facts, end: "to" }), ...concerns };
    case "age-approximate":
      return { kind, text: texts.caveatAgeApproximate({ ...facts, age }), ...concerns };
    default:
      return undefined;
  }
}

/**
 * The recognition caveat of an intervention: "not stated" when no source gives one, which
 * always applies; else the latest dated one "in herbeoordeling", which applies once that
 * date is stale (`latestDate`). Undefined when no recognition has a date.
 */
export interface RecognitionCaveat {
  readonly caveat: AdviceCaveat;
  readonly latestDate?: string;
}

export function recognitionCaveatFor(
  intervention: Intervention,
  texts: EngineTexts,
): RecognitionCaveat | undefined {
  if (intervention.recognitions.length === 0) {
    return { caveat: { kind: "recognition-not-stated", text: texts.caveatRecognitionNotStated() } };
  }
  const latest = latestRecognition(intervention);
  if (!latest) return undefined;
  const text = texts.caveatRecognitionStale({
    level: latest.level,
    date: latest.date,
    years: RECOGNITION_STALE_AFTER_YEARS,
  });
  return { caveat: { kind: "recognition-stale", text }, latestDate: latest.date };
}
