import { FIELD_TEXTS, type FieldTexts } from "../domain/field-texts.js";
import type { Lang } from "../domain/text.js";

/** Every message the search query check gives, in one language; a value from a list names the list. */
export interface QueryTexts extends FieldTexts {
  onlyOnce: string;
  wholeNumber: string;
  trueOrFalse: string;
  text: string;
  atLeast(min: number): string;
  ageOrMonths: string;
}

const nl: QueryTexts = {
  ...FIELD_TEXTS.nl,
  onlyOnce: "mag maar één keer voorkomen",
  wholeNumber: "moet een geheel getal zijn",
  trueOrFalse: "moet true of false zijn",
  text: "moet tekst zijn",
  atLeast: (min) => `moet minstens ${min} zijn`,
  ageOrMonths: "geef age of ageMonths, niet allebei",
};

const en: QueryTexts = {
  ...FIELD_TEXTS.en,
  onlyOnce: "may be given only once",
  wholeNumber: "must be a whole number",
  trueOrFalse: "must be true or false",
  text: "must be text",
  atLeast: (min) => `must be at least ${min}`,
  ageOrMonths: "give age or ageMonths, not both",
};

const TEXTS: Record<Lang, QueryTexts> = { nl, en };

/** The search query check's messages in the given language. */
export function queryTexts(lang: Lang): QueryTexts {
  return TEXTS[lang];
}
