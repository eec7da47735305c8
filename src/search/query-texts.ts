import { type Choice, choiceList } from "../domain/choices.js";
import type { Lang } from "../domain/text.js";
import { joinWords } from "../domain/text.js";

/** Every message the search query check gives, in one language; a value from a list names the list. */
export interface QueryTexts {
  onlyOnce: string;
  wholeNumber: string;
  trueOrFalse: string;
  text: string;
  range(min: number, max: number): string;
  atLeast(min: number): string;
  oneOf(values: readonly string[]): string;
  ageOrMonths: string;
  unknownSituation(code: string, choices: readonly Choice[]): string;
}

const nl: QueryTexts = {
  onlyOnce: "mag maar één keer voorkomen",
  wholeNumber: "moet een geheel getal zijn",
  trueOrFalse: "moet true of false zijn",
  text: "moet tekst zijn",
  range: (min, max) => `moet van ${min} tot en met ${max} zijn`,
  atLeast: (min) => `moet minstens ${min} zijn`,
  oneOf: (values) => `moet ${joinWords(values, "of")} zijn`,
  ageOrMonths: "geef age of ageMonths, niet allebei",
  unknownSituation: (code, choices) => `onbekende situatie "${code}"; kies uit: ${choiceList(choices)}`,
};

const en: QueryTexts = {
  onlyOnce: "may be given only once",
  wholeNumber: "must be a whole number",
  trueOrFalse: "must be true or false",
  text: "must be text",
  range: (min, max) => `must be from ${min} to ${max}`,
  atLeast: (min) => `must be at least ${min}`,
  oneOf: (values) => `must be ${joinWords(values, "or")}`,
  ageOrMonths: "give age or ageMonths, not both",
  unknownSituation: (code, choices) => `unknown situation "${code}"; choose from: ${choiceList(choices)}`,
};

const TEXTS: Record<Lang, QueryTexts> = { nl, en };

/** The search query check's messages in the given language. */
export function queryTexts(lang: Lang): QueryTexts {
  return TEXTS[lang];
}
