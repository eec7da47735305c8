import { type DocumentWords, type EngineTexts, messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";

/*
 * The engine's sentences live in the message catalogue (src/domain/messages);
 * the engine asks for them here, by language.
 */

export type { DocumentWords, EngineTexts, MismatchFacts, ReasonFacts } from "../domain/messages/index.js";

/** The engine's sentences in the given language. */
export function engineTexts(lang: Lang): EngineTexts {
  return messages(lang).engine;
}

/** How sentences refer to a source document; falls back to its title. */
export function documentWords(documentId: string, title: string | undefined, lang: Lang): DocumentWords {
  const known = messages(lang).documents[documentId];
  if (known) return known;
  const name = title ?? documentId;
  return { subject: name, object: name };
}
