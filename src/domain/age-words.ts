import type { AgeRange } from "./age.js";
import { ageBasisInWordsWith, ageInWordsWith, sourceWordingAddsNews } from "./age-grammar.js";
import { messages } from "./messages/index.js";
import type { Lang } from "./text.js";

/*
 * Ages as a person reads them (issue 11: "eerste levensjaar", "vanaf 28 weken
 * zwangerschap", "leeftijd niet vermeld in de bron"), in one place for pages, API,
 * CLI, compare and coverage. The words are in the message catalogue; how they go
 * together is in age-grammar.ts.
 */

export { sourceWordingAddsNews };

/** The age in words: "eerste levensjaar", "2 tot en met 12 jaar", "0 tot ongeveer 7 jaar". */
export function ageInWords(range: AgeRange, lang: Lang): string {
  return ageInWordsWith(range, messages(lang).age);
}

/** How each end is known, when not simply "stated in the source": "bovengrens vermeld, ondergrens uit de lijst". */
export function ageBasisInWords(range: AgeRange, lang: Lang): string | undefined {
  return ageBasisInWordsWith(range, messages(lang).age);
}

/** Words and, where it matters, how the ends are known: "7 tot en met 17 jaar (bovengrens vermeld, ondergrens uit de lijst)". */
export function ageLabel(range: AgeRange, lang: Lang): string {
  const basis = ageBasisInWords(range, lang);
  const words = ageInWords(range, lang);
  return basis === undefined ? words : `${words} (${basis})`;
}

/** "7 tot en met 17 jaar (…) – "tot 18 jaar"": the label, and the source's own words where they tell more. */
export function ageLabelWithSourceWords(range: AgeRange, lang: Lang): string {
  const label = ageLabel(range, lang);
  return range.text && sourceWordingAddsNews(range) ? `${label} – "${range.text}"` : label;
}
