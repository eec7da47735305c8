import SearchableMap from "minisearch/SearchableMap";
import { stem, words } from "./analysis.js";

/**
 * An inverted index of stems with BM25 scores worked out at build time, kept in
 * typed arrays. A query then only adds numbers: a word that occurs in most
 * interventions costs one pass over a Float32Array, not an object per
 * match (docs/decisions/033, 077). The stems live in a radix tree (minisearch's
 * SearchableMap) for prefix and typo look-ups.
 */

/** The documents (by number) that contain a stem, with the stem's weighted score in each. */
export interface Posting {
  readonly docs: Int32Array;
  readonly scores: Float32Array;
}

export interface TermIndex {
  readonly docCount: number;
  readonly terms: SearchableMap<Posting>;
}

/** One field of a document: its text and how much a word in it counts. */
export interface FieldText {
  readonly text: string;
  readonly boost: number;
}

// BM25+ parameters, the same as minisearch's defaults.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

interface Occurrences {
  /** Flat triples: document number, field number, term frequency. */
  readonly triples: number[];
}

/** Builds the index from documents that each have the same fields in the same order. */
export function buildTermIndex(documents: readonly (readonly FieldText[])[]): TermIndex {
  const docCount = documents.length;
  const fieldCount = documents[0]?.length ?? 0;
  const boosts = documents[0]?.map((f) => f.boost) ?? [];
  const lengths = Array.from({ length: fieldCount }, () => new Float32Array(docCount));
  const occurrences = new Map<string, Occurrences>();

  documents.forEach((fields, doc) => {
    fields.forEach((field, fieldNumber) => {
      const stems = words(field.text).map(stem);
      (lengths[fieldNumber] as Float32Array)[doc] = stems.length;
      const frequencies = new Map<string, number>();
      for (const s of stems) frequencies.set(s, (frequencies.get(s) ?? 0) + 1);
      for (const [term, frequency] of frequencies) {
        let entry = occurrences.get(term);
        if (!entry) {
          entry = { triples: [] };
          occurrences.set(term, entry);
        }
        entry.triples.push(doc, fieldNumber, frequency);
      }
    });
  });

  const averages = lengths.map((fieldLengths) => {
    let sum = 0;
    let count = 0;
    for (const length of fieldLengths) {
      if (length > 0) {
        sum += length;
        count += 1;
      }
    }
    return count === 0 ? 1 : sum / count;
  });

  const terms = new SearchableMap<Posting>();
  const documentFrequency = new Array<number>(fieldCount);
  for (const [term, { triples }] of occurrences) {
    documentFrequency.fill(0);
    for (let i = 1; i < triples.length; i += 3) {
      const fieldNumber = triples[i] as number;
      documentFrequency[fieldNumber] = (documentFrequency[fieldNumber] ?? 0) + 1;
    }
    const docs: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < triples.length; i += 3) {
      const doc = triples[i] as number;
      const fieldNumber = triples[i + 1] as number;
      const frequency = triples[i + 2] as number;
      const n = documentFrequency[fieldNumber] ?? 1;
      const idf = Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
      const relativeLength =
        ((lengths[fieldNumber] as Float32Array)[doc] ?? 0) / (averages[fieldNumber] ?? 1);
      const score =
        (boosts[fieldNumber] ?? 1) *
        idf *
        (DELTA + (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + B * relativeLength)));
      // Occurrences come in document order, so one document's fields are next to each other.
      if (docs[docs.length - 1] === doc) scores[scores.length - 1] = (scores[scores.length - 1] ?? 0) + score;
      else {
        docs.push(doc);
        scores.push(score);
      }
    }
    terms.set(term, { docs: Int32Array.from(docs), scores: Float32Array.from(scores) });
  }
  return { docCount, terms };
}

/** Whether a posting lists a document (postings are sorted by document number). */
export function postingHas(posting: Posting, doc: number): boolean {
  let low = 0;
  let high = posting.docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = posting.docs[middle] as number;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
