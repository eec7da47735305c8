/*
 * Small pieces of sentence building that are the same in every language; the words
 * themselves stay in each language's catalogue.
 */

/** " (a; b)" from the parts that exist, or "". */
export function aside(...parts: (string | undefined)[]): string {
  const present = parts.filter((part) => part !== undefined);
  return present.length === 0 ? "" : ` (${present.join("; ")})`;
}

/** The singular or the plural wording, by count. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** "Preventie" from "preventie": a word that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A day as the reader writes it in full ("15 januari 2026"), in the Netherlands' time zone. */
export function longDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(date);
}

/** A moment as the reader writes it ("6 december 2026 om 09:58"), in the Netherlands' time zone. */
export function longDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(date);
}
