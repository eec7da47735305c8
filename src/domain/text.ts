/** The two interface and content languages. Dutch is the default and always present. */
export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in Dutch, optionally in English; English falls back to Dutch. */
export interface Localized {
  readonly nl: string;
  readonly en?: string | undefined;
}

/** "a, b en c" / "a, b or c": a list in a sentence, the last item joined by `last`. */
export function joinWords(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items.at(-1)}`;
}

/** Picks the text for a language, falling back to Dutch where no English exists. */
export function localize(text: Localized, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.nl) : text.nl;
}
