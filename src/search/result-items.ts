import { indicationView } from "../domain/age-view.js";
import { ageLabel } from "../domain/age-words.js";
import { headlineRecognition, recognitionLevels } from "../domain/recognition.js";
import { type Lang, localize } from "../domain/text.js";
import type { HarmfulPractice, Intervention } from "../domain/types.js";
import { INDICATION_KINDS } from "../domain/vocabulary.js";
import type { HarmfulWarning, Highlight, SearchItem } from "./result-schema.js";

/**
 * Each distinct age of an intervention's indications in words, in the order they
 * appear, joined with "; ": a label may hold a comma itself ("ondergrens vermeld,
 * bovengrens niet vermeld").
 */
export function agesText(intervention: Intervention, lang: Lang): string {
  return [...new Set(intervention.indications.map((i) => ageLabel(i.age, lang)))].join("; ");
}

/** One search result line for an intervention. */
export function toSearchItem(
  intervention: Intervention,
  score: number,
  highlights: Highlight[],
  lang: Lang,
): SearchItem {
  const kinds = INDICATION_KINDS.filter((kind) => intervention.indications.some((i) => i.kind === kind));
  const item: SearchItem = {
    id: intervention.id,
    name: intervention.name,
    score: Math.round(score * 1000) / 1000,
    kinds,
    ages: agesText(intervention, lang),
    situations: [...new Set(intervention.indications.flatMap((i) => i.situations))],
    indications: intervention.indications.map((indication) => indicationView(indication, lang)),
    recognition: headlineRecognition(intervention)?.level ?? null,
    recognitionLevels: recognitionLevels(intervention),
    inDatabank: intervention.inDatabank,
    summary: localize(intervention.summary.professionals, lang),
    highlights,
  };
  return intervention.abbreviation === undefined
    ? item
    : { ...item, abbreviation: intervention.abbreviation };
}

/** The warning shown when a query mentions a harmful practice. */
export function toWarning(practice: HarmfulPractice, lang: Lang): HarmfulWarning {
  const warning: HarmfulWarning = {
    id: practice.id,
    name: localize(practice.name, lang),
    text: localize(practice.reason, lang),
  };
  if (!practice.source) return warning;
  const { document, section, list, item } = practice.source;
  return {
    ...warning,
    source: {
      document,
      section,
      ...(list === undefined ? {} : { list }),
      ...(item === undefined ? {} : { item }),
    },
  };
}
