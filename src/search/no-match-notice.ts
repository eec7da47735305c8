import { joinWords, type Lang } from "../domain/text.js";
import type { SearchNotice } from "./result-schema.js";

/**
 * Where a professional can go when words find nothing: the keuzehulp asks for
 * the child's age, the need and the situation instead of words.
 */
const KEUZEHULP_PATH: Readonly<Record<Lang, string>> = { nl: "/keuzehulp", en: "/en/keuzehulp" };

const quoted = (words: readonly string[], and: string) =>
  joinWords(
    words.map((w) => `“${w}”`),
    and,
  );

const TEXTS = {
  nl: {
    nothing: (words: string) => `Geen interventies gevonden voor ${words}.`,
    partly: (words: string) => `Niets gevonden voor ${words}; de resultaten passen bij de andere woorden.`,
    and: "en",
    suggestion: "Probeer de keuzehulp: die vraagt naar de leeftijd, de hulpvraag en de situatie.",
  },
  en: {
    nothing: (words: string) => `No interventions found for ${words}.`,
    partly: (words: string) => `Nothing found for ${words}; the results fit the other words.`,
    and: "and",
    suggestion: "Try the decision aid: it asks for the age, the need and the situation.",
  },
} as const;

/**
 * The notice for a query whose words found nothing: it names those words
 * (or, when nothing at all was found, the query) and suggests the keuzehulp.
 * None for a query without text or whose words all found something.
 */
export function noMatchNotice(
  q: string,
  unmatchedTerms: readonly string[],
  total: number,
  lang: Lang,
): SearchNotice | undefined {
  const text = TEXTS[lang];
  const typed = q.trim();
  if (typed === "" || (total > 0 && unmatchedTerms.length === 0)) return undefined;
  const sentence =
    total === 0 ? text.nothing(quoted([typed], text.and)) : text.partly(quoted(unmatchedTerms, text.and));
  return { text: sentence, suggestion: text.suggestion, href: KEUZEHULP_PATH[lang] };
}
