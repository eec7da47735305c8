import { FIELD_TEXTS, type FieldTexts } from "../domain/field-texts.js";
import type { Lang } from "../domain/text.js";
import { joinWords } from "../domain/text.js";

/**
 * Every message the advice request check gives, in one language. Messages never
 * repeat the field: each issue carries its path (child.ageYears: moet …). Where a
 * value must come from a list, the message lists the valid values, so the reader
 * can fix the request without looking anything up.
 */
export interface RequestTexts extends FieldTexts {
  wholeNumber(min: number, max: number): string;
  childObject(keys: readonly string[]): string;
  exactlyOneAge(keys: readonly string[]): string;
  situationCode: string;
  /** For text far longer than any code: no list, it was never meant as one. */
  notSituationCode: string;
  situationList: string;
  tooManySituations(max: number): string;
  object: string;
  jsonObject: string;
  unknownField(allowed: readonly string[]): string;
  unreadable: string;
}

const nl: RequestTexts = {
  ...FIELD_TEXTS.nl,
  wholeNumber: (min, max) => `moet een heel getal van ${min} tot en met ${max} zijn`,
  childObject: (keys) => `moet een object zijn met ${joinWords(keys, "of")}`,
  exactlyOneAge: (keys) => `geef precies één van ${joinWords(keys, "of")}`,
  situationCode: "moet een situatiecode zijn",
  notSituationCode: "is geen situatiecode",
  situationList: "moet een lijst van situatiecodes zijn",
  tooManySituations: (max) => `mag hoogstens ${max} codes bevatten`,
  object: "moet een object zijn",
  jsonObject: "het verzoek moet een JSON-object zijn",
  unknownField: (allowed) => `onbekend veld; toegestaan: ${allowed.join(", ")}`,
  unreadable: "het verzoek kon niet worden gelezen",
};

const en: RequestTexts = {
  ...FIELD_TEXTS.en,
  wholeNumber: (min, max) => `must be a whole number from ${min} to ${max}`,
  childObject: (keys) => `must be an object with ${joinWords(keys, "or")}`,
  exactlyOneAge: (keys) => `give exactly one of ${joinWords(keys, "or")}`,
  situationCode: "must be a situation code",
  notSituationCode: "is not a situation code",
  situationList: "must be a list of situation codes",
  tooManySituations: (max) => `may hold at most ${max} codes`,
  object: "must be an object",
  jsonObject: "the request must be a JSON object",
  unknownField: (allowed) => `unknown field; allowed: ${allowed.join(", ")}`,
  unreadable: "the request could not be read",
};

const TEXTS: Record<Lang, RequestTexts> = { nl, en };

/** The advice request check's messages in the given language. */
export function requestTexts(lang: Lang): RequestTexts {
  return TEXTS[lang];
}
