import type { Lang } from "../../domain/text.js";
import { en } from "./en.js";
import { type Messages, nl } from "./nl.js";

export type { Messages };

/** The interface texts for a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === "en" ? en : nl;
}

/** Picks the Dutch or English variant of a page's own texts. */
export function pick<T>(lang: Lang, variants: { nl: T; en: T }): T {
  return lang === "en" ? variants.en : variants.nl;
}
