import { type Choice, choiceList } from "./choices.js";
import { joinWords, type Lang } from "./text.js";

/**
 * The field messages both input checks give (the advice request and the search query),
 * written once so a reader meets the same words in the API, the pages and the CLI.
 * Messages never repeat the field: each issue carries its path.
 */
export interface FieldTexts {
  range(min: number, max: number): string;
  oneOf(values: readonly string[]): string;
  unknownSituation(code: string, choices: readonly Choice[]): string;
}

export const FIELD_TEXTS: Record<Lang, FieldTexts> = {
  nl: {
    range: (min, max) => `moet van ${min} tot en met ${max} zijn`,
    oneOf: (values) => `moet ${joinWords(values, "of")} zijn`,
    unknownSituation: (code, choices) => `onbekende situatie "${code}"; kies uit: ${choiceList(choices)}`,
  },
  en: {
    range: (min, max) => `must be from ${min} to ${max}`,
    oneOf: (values) => `must be ${joinWords(values, "or")}`,
    unknownSituation: (code, choices) => `unknown situation "${code}"; choose from: ${choiceList(choices)}`,
  },
};
