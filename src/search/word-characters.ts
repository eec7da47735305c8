/**
 * Which characters make up words: a word starts with a letter or digit (\p{L},
 * \p{N}) and goes on with letters, combining marks and digits (\p{L}, \p{M},
 * \p{N}), code point by code point. Tested character by character rather than
 * with a regular expression, so a word costs no match object
 * (docs/decisions/035): highlighting scans every word of every result's texts on
 * every query. ASCII is decided by character code; other characters by the
 * Unicode property classes, remembered per code point.
 */

const STARTS_WORD = /^[\p{L}\p{N}]$/u;
const CONTINUES_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Per non-ASCII code point: bit 1 = may start a word, bit 2 = may continue one. */
const classes = new Map<number, number>();

function classOf(codePoint: number): number {
  let known = classes.get(codePoint);
  if (known === undefined) {
    const character = String.fromCodePoint(codePoint);
    known = (STARTS_WORD.test(character) ? 1 : 0) | (CONTINUES_WORD.test(character) ? 2 : 0);
    classes.set(codePoint, known);
  }
  return known;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** The length in code units (1 or 2) of the character at `i` if it may start a word, else 0. */
export function wordStartLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  const codePoint = text.codePointAt(i) as number;
  return classOf(codePoint) & 1 ? (codePoint > 0xffff ? 2 : 1) : 0;
}

/** The length in code units (1 or 2) of the character at `i` if it may continue a word, else 0. */
export function wordPartLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  const codePoint = text.codePointAt(i) as number;
  return classOf(codePoint) & 2 ? (codePoint > 0xffff ? 2 : 1) : 0;
}
