import { createRequire } from "node:module";

/**
 * Dutch text analysis shared by indexing and querying: fold case and diacritics,
 * split into words (keeping hyphenated words also joined), and stem with the
 * Snowball Dutch stemmer.
 */

interface SnowballStemmer {
  stem(word: string): string;
}

// snowball-stemmers is CommonJS without types; createRequire keeps this module ESM.
const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers") as { newStemmer(language: string): SnowballStemmer };
const dutchStemmer = snowball.newStemmer("dutch");

/** One word of a text: where it stands in the original text, and its folded form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-case, without diacritics: "Eén" → "een". */
  readonly folded: string;
  /** True for the extra joined form of a hyphenated word ("video-hometraining" → "videohometraining"). */
  readonly joined?: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

/** Lower-cases and removes diacritics (é→e, ë→e, ß stays); other characters stay as they are. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

/**
 * Splits a text into words with their positions. Words written with a hyphen
 * between them are also given joined ("video-hometraining" → video, hometraining,
 * videohometraining), so either spelling finds the other.
 */
export function tokenize(text: string): Token[] {
  return scan(text, true);
}

function scan(text: string, foldEach: boolean): Token[] {
  const tokens: Token[] = [];
  let run: { start: number; end: number; parts: string[] } | undefined;
  const closeRun = () => {
    if (run && run.parts.length > 1)
      tokens.push({ start: run.start, end: run.end, folded: run.parts.join(""), joined: true });
    run = undefined;
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const folded = foldEach ? fold(match[0]) : match[0];
    if (folded === "") continue;
    if (run && run.end + 1 === start && HYPHENS.has(text.charAt(run.end))) {
      run.end = end;
      run.parts.push(folded);
    } else {
      closeRun();
      run = { start, end, parts: [folded] };
    }
    tokens.push({ start, end, folded });
  }
  closeRun();
  return tokens;
}

/**
 * The folded words of a text, in order, including joined hyphenated forms. Folds
 * the whole text once (faster than word by word; positions are not needed here).
 */
export function words(text: string): string[] {
  return scan(fold(text), false).map((t) => t.folded);
}

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/**
 * The Snowball Dutch stem of a folded word, cached because the same words recur
 * in every query. The cache is emptied when it grows past a bound, so random
 * input cannot make it grow without end.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  // Numbers and very short words are kept as they are; stemming them only merges unrelated words.
  const stemmed = word.length <= 3 || /^\d+$/.test(word) ? word : dutchStemmer.stem(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}

/** Folded, split and stemmed: the form in which words are indexed and compared. */
export function analyze(text: string): string[] {
  return words(text).map(stem);
}

/**
 * The edit distance between two words, counting a swap of two neighbouring
 * letters as one typo (optimal string alignment), stopping early once it exceeds
 * `max` (then returns max + 1). Used for typo-tolerant phrase matching.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many typos a word of this length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}
