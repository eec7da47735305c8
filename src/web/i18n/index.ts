import { type Messages, messages } from "../../domain/messages/index.js";
import type { Lang } from "../../domain/text.js";

/** The words the pages share, in one language (src/domain/messages). */
export type SiteMessages = Messages["site"];

/** The interface texts for a language. */
export function messagesFor(lang: Lang): SiteMessages {
  return messages(lang).site;
}

/** Picks the Dutch or English variant of a page's own texts. */
export function pick<T>(lang: Lang, variants: { nl: T; en: T }): T {
  return lang === "en" ? variants.en : variants.nl;
}
