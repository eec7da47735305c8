import { messages } from "../domain/messages/index.js";
import { joinWords, type Lang } from "../domain/text.js";
import type { SearchNotice } from "./result-schema.js";

const quoted = (words: readonly string[], and: string) =>
  joinWords(
    words.map((w) => `“${w}”`),
    and,
  );

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
  const text = messages(lang).search.noMatch;
  const typed = q.trim();
  if (typed === "" || (total > 0 && unmatchedTerms.length === 0)) return undefined;
  const sentence =
    total === 0 ? text.nothing(quoted([typed], text.and)) : text.partly(quoted(unmatchedTerms, text.and));
  return { text: sentence, suggestion: text.suggestion, href: text.keuzehulpPath };
}
