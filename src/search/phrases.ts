import { boundedEditDistance, stem, words } from "./analysis.js";
import { allowedTypos, isEndingVariant, keepsFirstLetter } from "./typo-rules.js";

/** A word of a query or phrase in the two forms the matcher compares. */
export interface AnalyzedWord {
  readonly folded: string;
  readonly stem: string;
  /**
   * A query word the search knows as it is (indexed, or a word of a phrase):
   * it is spelled right, so it is never read as a typo of another word
   * (bewerking is not beperking, regressie is not depressie), only as an
   * ending variant (adoptief / adoptie).
   */
  readonly known?: boolean;
}

/** A phrase that stands for something: a situation, a synonym group or a harmful practice. */
export interface Phrase<T> {
  readonly words: readonly AnalyzedWord[];
  readonly target: T;
  /** Whether a query word with a typo still matches (not for broad synonym lists, where it causes drift). */
  readonly typos: boolean;
}

/** Where a phrase was found in a query: the word positions it covers. */
export interface PhraseMatch<T> {
  readonly target: T;
  readonly start: number;
  readonly end: number;
}

/** Analyses a phrase's words once, for matching many queries against it. */
export function analyzeWords(text: string): AnalyzedWord[] {
  return words(text).map((folded) => ({ folded, stem: stem(folded) }));
}

/** Makes a phrase from a text; null when the text has no words. */
export function phrase<T>(text: string, target: T, typos = true): Phrase<T> | null {
  // Joined hyphen forms are left out: a phrase's words must follow one another in the query.
  const analyzed = analyzeWords(text.replace(/[-\u2010\u2011]/g, " "));
  return analyzed.length > 0 ? { words: analyzed, target, typos } : null;
}

/** Shortest word that may match a longer one by being its start ("adoptie" in "adoptiekind"). */
const MIN_PREFIX_LENGTH = 5;
const DIGIT = /\d/;

/**
 * Whether a query word means the same as a phrase word: same stem, one the start
 * of the other (pleegkind / pleegkinderen, depressie / depressieve), or a small
 * typo (holdng, rebirting) that keeps the first letter; a word the search knows
 * is spelled right and only joins its ending variants (docs/decisions/069).
 */
export function sameWord(query: AnalyzedWord, phraseWord: AnalyzedWord, typos = true): boolean {
  if (query.stem === phraseWord.stem || query.folded === phraseWord.folded) return true;
  // Numbers match only exactly: 12 is not a typo of 13.
  if (DIGIT.test(query.folded) || DIGIT.test(phraseWord.folded)) return false;
  // Not a destructured pair: this runs for every query word against every phrase word.
  const queryIsShorter = query.stem.length <= phraseWord.stem.length;
  const short = queryIsShorter ? query.stem : phraseWord.stem;
  const long = queryIsShorter ? phraseWord.stem : query.stem;
  if (short.length >= MIN_PREFIX_LENGTH && long.startsWith(short) && long.length - short.length <= 4)
    return true;
  if (!typos || !keepsFirstLetter(query.folded, phraseWord.folded)) return false;
  if (query.known === true) return isEndingVariant(query.folded, phraseWord.folded);
  const allowed = allowedTypos(Math.min(query.folded.length, phraseWord.folded.length));
  return allowed > 0 && boundedEditDistance(query.folded, phraseWord.folded, allowed) <= allowed;
}

/**
 * Finds every phrase that occurs in the query words, as consecutive words.
 * Linear in phrases × query words; both are small (the query is cut to 200
 * characters, the phrase lists are the content's synonym lists).
 */
export function findPhrases<T>(
  query: readonly AnalyzedWord[],
  phrases: readonly Phrase<T>[],
): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (const candidate of phrases) {
    const length = candidate.words.length;
    for (let start = 0; start + length <= query.length; start++) {
      let all = true;
      for (let j = 0; j < length && all; j++) {
        const q = query[start + j];
        const k = candidate.words[j];
        all = q !== undefined && k !== undefined && sameWord(q, k, candidate.typos);
      }
      if (all) found.push({ target: candidate.target, start, end: start + length });
    }
  }
  return found;
}
