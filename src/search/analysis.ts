import { createRequire } from "node:module";
import { wordPartLength, wordStartLength } from "./word-characters.js";

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

const COMBINING_MARKS = /\p{M}+/gu;
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower-cases and removes diacritics (é→e, ë→e, ß stays); other characters stay as they are. */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose (NFKD leaves it as it is), and it is nearly every word:
  // skipping normalize() makes highlighting a page of results several times cheaper.
  if (isAscii(text)) return text.toLowerCase();
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
  forEachWord(text, foldEach, (start, end, folded, joined) => {
    tokens.push(joined ? { start, end, folded, joined } : { start, end, folded });
  });
  return tokens;
}

/**
 * Calls `visit` for each word of a text, as {@link tokenize} lists them (a joined
 * hyphenated form right after its last part), without building a list: the
 * highlighter scans every result's texts on every query, and only keeps the few
 * words that match. `stopBefore` is asked before each word that does not go on
 * a hyphenated word already begun (so every joined form is complete); when it
 * says yes, the scan ends there.
 */
export function forEachWord(
  text: string,
  foldEach: boolean,
  visit: (start: number, end: number, folded: string, joined: boolean) => void,
  stopBefore?: (start: number) => boolean,
): void {
  // The current run of words written with hyphens between them.
  let runStart = -1;
  let runEnd = -1;
  let runJoined = "";
  let runParts = 0;
  const closeRun = () => {
    if (runParts > 1) visit(runStart, runEnd, runJoined, true);
    runParts = 0;
  };
  let i = 0;
  while (i < text.length) {
    const first = wordStartLength(text, i);
    if (first === 0) {
      i += 1;
      continue;
    }
    const start = i;
    i += first;
    while (i < text.length) {
      const part = wordPartLength(text, i);
      if (part === 0) break;
      i += part;
    }
    const end = i;
    const continuesRun = runParts > 0 && runEnd + 1 === start && HYPHENS.has(text.charAt(runEnd));
    if (!continuesRun && stopBefore?.(start)) break;
    const word = text.slice(start, end);
    const folded = foldEach ? fold(word) : word;
    if (folded === "") continue;
    if (continuesRun) {
      runEnd = end;
      runJoined += folded;
      runParts += 1;
    } else {
      closeRun();
      runStart = start;
      runEnd = end;
      runJoined = folded;
      runParts = 1;
    }
    visit(start, end, folded, false);
  }
  closeRun();
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

/** Rows of the edit distance table, grown when a longer word comes along. */
let sharedRows = new Int32Array(64 * 3);

/**
 * The edit distance between two words, counting a swap of two neighbouring
 * letters as one typo (optimal string alignment), stopping early once it exceeds
 * `max` (then returns max + 1). Used for typo-tolerant phrase matching.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the distance table, reused between calls: every query is compared with every
  // phrase word, and new rows for each comparison were a good share of a query's garbage.
  const width = b.length + 1;
  if (sharedRows.length < width * 3) sharedRows = new Int32Array(width * 6);
  // A local name: V8 checks a module-level `let` for its temporal dead zone on every read.
  const rows = sharedRows;
  let beforePrevious = 0;
  let previous = width;
  let current = width * 2;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (rows[previous + j] as number) + 1,
        (rows[current + j - 1] as number) + 1,
        (rows[previous + j - 1] as number) + cost,
      );
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) value = Math.min(value, (rows[beforePrevious + j - 2] as number) + 1);
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + b.length] as number;
}
