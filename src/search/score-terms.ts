import { type Posting, postingHas, type TermIndex } from "./term-index.js";
import { allowedStemTypos, isEndingVariant, keepsFirstLetter } from "./typo-rules.js";

/** A word to look for, as understood from the query. */
export interface TermQuery {
  readonly term: string;
  /** Multiplies the indexed scores: typed words 1, synonyms and stop words less. */
  readonly weight: number;
  /** Also find longer words that start with it. */
  readonly prefix?: boolean;
  /**
   * Also find words a typo away: "typos" for a word the search does not know
   * (one or two, by length, keeping the first letter), "endings" for a known
   * one, which is spelled right and only joins its ending variants (docs/decisions/069).
   */
  readonly fuzzy?: "typos" | "endings";
  /** Position among the typed words, for coordination; -1 for added words. */
  readonly slot: number;
  /** Positions among the typed words this word stands for, as bits, to tell which typed words found something. */
  readonly covers?: number;
  /** False for stop words: they add to a score but never make a match. */
  readonly meaningful: boolean;
}

// Weights for words found by prefix or by typo, as in minisearch.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Bounds the work for a very short prefix or a very common typo pattern. */
const MAX_EXPANSIONS = 64;
const MAX_SLOTS = 31;

interface Expansion {
  readonly term: string;
  readonly posting: Posting;
  weight: number;
  slots: number;
  covers: number;
  meaningful: boolean;
}

/** The scores of the documents that match, and the indexed stems behind them. */
export interface TermScores {
  /** Document numbers with a meaningful match, in no particular order. Belongs to the caller, who may add to it. */
  readonly docs: number[];
  /** 1 for each document number in `docs`, so the caller can add others without listing one twice. */
  readonly listed: Uint8Array;
  /** Score by document number (0 where no match); valid until the next query on the same index. */
  readonly score: Float64Array;
  /** How many typed words each document has (for coordination). */
  readonly covered: (doc: number) => number;
  /** The indexed stems a document matched, for highlighting. */
  readonly matchedTerms: (doc: number) => string[];
  /** Bits of the typed words (see {@link TermQuery.covers}) that found an indexed word, in any document. */
  readonly foundWords: number;
}

function expand(index: TermIndex, queries: readonly TermQuery[]): Map<string, Expansion> {
  const expansions = new Map<string, Expansion>();
  const add = (term: string, posting: Posting, weight: number, query: TermQuery) => {
    const slot = slotBit(query.slot);
    const covers = query.covers ?? 0;
    const known = expansions.get(term);
    if (known) {
      known.weight += weight;
      known.slots |= slot;
      known.covers |= covers;
      known.meaningful ||= query.meaningful;
    } else expansions.set(term, { term, posting, weight, slots: slot, covers, meaningful: query.meaningful });
  };
  for (const query of queries) {
    const exact = index.terms.get(query.term);
    if (exact) add(query.term, exact, query.weight, query);
    const seen = new Set([query.term]);
    if (query.prefix) {
      let count = 0;
      for (const [term, posting] of index.terms.atPrefix(query.term)) {
        if (seen.has(term)) continue;
        if (++count > MAX_EXPANSIONS) break;
        seen.add(term);
        const distance = term.length - query.term.length;
        add(
          term,
          posting,
          (query.weight * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
          query,
        );
      }
    }
    const maxDistance =
      query.fuzzy === "typos" ? allowedStemTypos(query.term.length) : query.fuzzy === "endings" ? 1 : 0;
    if (maxDistance > 0) {
      const variantOnly = query.fuzzy === "endings";
      const found = [...index.terms.fuzzyGet(query.term, maxDistance)]
        .filter(
          ([term]) =>
            !seen.has(term) &&
            keepsFirstLetter(query.term, term) &&
            (!variantOnly || isEndingVariant(query.term, term)),
        )
        .sort((a, b) => a[1][1] - b[1][1])
        .slice(0, MAX_EXPANSIONS);
      for (const [term, [posting, distance]] of found) {
        add(term, posting, (query.weight * FUZZY_WEIGHT * term.length) / (term.length + distance), query);
      }
    }
  }
  return expansions;
}

/** The bit of a typed word's position (`slot`, `covers`); none for added words or past 31 words. */
export function slotBit(slot: number): number {
  return slot >= 0 && slot < MAX_SLOTS ? 1 << slot : 0;
}

function popcount(value: number): number {
  let bits = value >>> 0;
  let count = 0;
  while (bits) {
    bits &= bits - 1;
    count += 1;
  }
  return count;
}

/** The per-document arrays of one query. */
interface Scratch {
  readonly score: Float64Array;
  readonly slots: Uint32Array;
  readonly meaningful: Uint8Array;
}

// An index belongs to one immutable catalogue snapshot: its arrays live as long as it does.
const scratchByIndex = new WeakMap<TermIndex, Scratch>();

/**
 * The per-document arrays for a query on this index, zeroed. They are kept per
 * index and cleared rather than allocated for each query (docs/decisions/035):
 * new ones cost as much to zero, and their memory outside the JavaScript heap
 * made the collector run more often. Searching is synchronous, so one set per
 * index is enough; a query's arrays are valid until the next query on the index.
 */
function clearedScratch(index: TermIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    scratch = {
      score: new Float64Array(index.docCount),
      slots: new Uint32Array(index.docCount),
      meaningful: new Uint8Array(index.docCount),
    };
    scratchByIndex.set(index, scratch);
  }
  scratch.score.fill(0);
  scratch.slots.fill(0);
  scratch.meaningful.fill(0);
  return scratch;
}

/**
 * Scores every document against the words of a query: the sum of the indexed
 * scores of the stems it matched, times each word's weight. Several stems found
 * for one typed word (by prefix or typo) do not multiply: the caller weighs how
 * many typed words a document covers.
 */
export function scoreTerms(index: TermIndex, queries: readonly TermQuery[]): TermScores {
  const expansions = [...expand(index, queries).values()];
  const { score, slots, meaningful } = clearedScratch(index);
  const docs: number[] = [];
  let foundWords = 0;
  for (const expansion of expansions) {
    foundWords |= expansion.covers;
    const { docs: postingDocs, scores } = expansion.posting;
    for (let i = 0; i < postingDocs.length; i++) {
      const doc = postingDocs[i] as number;
      score[doc] = (score[doc] as number) + (scores[i] as number) * expansion.weight;
      slots[doc] = (slots[doc] as number) | expansion.slots;
      if (expansion.meaningful && meaningful[doc] === 0) {
        meaningful[doc] = 1;
        docs.push(doc);
      }
    }
  }
  return {
    docs,
    listed: meaningful,
    score,
    covered: (doc) => popcount(slots[doc] ?? 0),
    matchedTerms: (doc) => expansions.filter((e) => postingHas(e.posting, doc)).map((e) => e.term),
    foundWords,
  };
}
