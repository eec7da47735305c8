import { stem, tokenize } from "./analysis.js";
import { type AnalyzedWord, findPhrases, type Phrase, type PhraseMatch } from "./phrases.js";
import { STOP_WORDS } from "./stopwords.js";

/** What a phrase in the query can stand for. */
export type Concept =
  | { readonly kind: "situation"; readonly code: string }
  | { readonly kind: "harmful"; readonly id: string }
  | { readonly kind: "synonyms"; readonly group: number }
  | { readonly kind: "pregnancy" };

/** Two typed words written as one ("video hometraining" → videohometraining). */
export interface JoinedTerm {
  readonly term: string;
  /** Positions in `terms` of the words it joins; empty for a hyphenated word typed as one. */
  readonly parts: readonly number[];
}

/** A query taken apart: filters read from the text, concepts named, and the words left to search for. */
export interface UnderstoodQuery {
  readonly ageYears?: number;
  readonly situations: readonly string[];
  /** The text says the child is not born yet (zwanger, aanstaande moeder, pregnant). */
  readonly pregnancy: boolean;
  readonly harmfulIds: readonly string[];
  readonly synonymGroups: readonly number[];
  /** Stems of the remaining meaningful words, in query order, without duplicates. */
  readonly terms: readonly string[];
  /**
   * For each of `terms`, at the same position: the word as typed (folded), and
   * whether it is part of a recognised risk-group or synonym phrase (then it was
   * understood even if no text has it).
   */
  readonly termWords: readonly { readonly folded: string; readonly inPhrase: boolean }[];
  /** Words written apart that may be one word in the text ("video hometraining" → videohometraining). */
  readonly joinedTerms: readonly JoinedTerm[];
  /** Stems of stop words: they add to the score of a match but never make one. */
  readonly stopTerms: readonly string[];
  /** The last word typed, searched also as the start of a longer word ("thera" → Theraplay). */
  readonly prefixTerm?: string;
  /** The whole query as a name key (see {@link nameKey}), to recognise an exact name or alias. */
  readonly nameKey: string;
  /** Whether the query had any text at all (after cutting and trimming). */
  readonly hadText: boolean;
}

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
const YEARS = new RegExp(
  `${BEFORE}(\\d{1,3})\\s*-?\\s*(?:jarigen|jarige|jarig|jaar|jr|years?(?:\\s*-?\\s*old)?|yrs?|yo)${AFTER}`,
  "gu",
);
const MONTHS = new RegExp(
  `${BEFORE}(\\d{1,3})\\s*-?\\s*(?:maanden|maand|mnd|months?(?:\\s*-?\\s*old)?)${AFTER}`,
  "gu",
);
const WEEKS_OLD = new RegExp(
  `${BEFORE}(\\d{1,2})\\s*-?\\s*(?:weken|week|weeks?)\\s*(?:oud|old)${AFTER}`,
  "gu",
);
const MAX_AGE_YEARS = 18;
/**
 * Words of a query that are analysed; the rest is ignored (docs/decisions/030).
 * Bounds the work per request: phrase matching is words × phrases.
 */
export const MAX_QUERY_WORDS = 24;

/**
 * Reads an age from the query text ("3 jaar", "3-jarige", "8 maanden", "6 weken
 * oud") and removes it from the text. Ages above 18 are not a child's and are left as words.
 */
export function extractAge(folded: string): { ageYears?: number; rest: string } {
  let ageYears: number | undefined;
  const take = (toYears: (n: number) => number) => (whole: string, digits: string) => {
    const years = toYears(Number.parseInt(digits, 10));
    if (years > MAX_AGE_YEARS) return whole;
    ageYears ??= years;
    return " ";
  };
  let rest = folded.replace(
    WEEKS_OLD,
    take(() => 0),
  );
  rest = rest.replace(
    MONTHS,
    take((months) => Math.floor(months / 12)),
  );
  rest = rest.replace(
    YEARS,
    take((years) => years),
  );
  return ageYears === undefined ? { rest } : { ageYears, rest };
}

/**
 * Takes a (cut) query apart: an age becomes a filter, phrases naming a situation,
 * a pregnancy, a synonym group or a harmful practice are recognised (with typos in words
 * `isKnown` does not know), and the
 * words that are left become search terms. Words of a harmful practice's name are
 * not searched for: they must lead to the warning, never to an intervention.
 */
export function understandQuery(
  q: string,
  concepts: readonly Phrase<Concept>[],
  isKnown: (stem: string) => boolean,
): UnderstoodQuery {
  const folded = q
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const { ageYears, rest } = extractAge(folded);
  const tokens = tokenize(rest)
    .filter((t) => !t.joined)
    .slice(0, MAX_QUERY_WORDS);
  const queryWords: AnalyzedWord[] = tokens.map((t) => {
    const stemmed = stem(t.folded);
    return { folded: t.folded, stem: stemmed, known: isKnown(stemmed) };
  });

  const { situations, harmfulIds, synonymGroups, pregnancy, notSearched, inPhrase } = readPhrases(
    findPhrases(queryWords, concepts),
  );
  const kept = queryWords
    .map((word, position) => ({ word, position }))
    .filter((w) => !notSearched.has(w.position));
  const meaningful = kept.filter((w) => !STOP_WORDS.has(w.word.folded));
  const terms = unique(meaningful.map((w) => w.word.stem));
  const termWords = terms.map((term) => {
    const typed = meaningful.filter((w) => w.word.stem === term);
    return {
      folded: typed[0]?.word.folded ?? term,
      inPhrase: typed.some((w) => inPhrase.has(w.position)),
    };
  });
  const stopTerms = unique(kept.filter((w) => STOP_WORDS.has(w.word.folded)).map((w) => w.word.stem));
  const last = queryWords[queryWords.length - 1];
  const lastKept = meaningful[meaningful.length - 1]?.word;
  const prefixTerm = last && last === lastKept && last.stem.length >= 3 ? last.stem : undefined;
  const joinedTerms: JoinedTerm[] = [];
  for (let i = 0; i + 1 < meaningful.length; i++) {
    const a = meaningful[i]?.word;
    const b = meaningful[i + 1]?.word;
    if (a && b)
      joinedTerms.push({
        term: stem(a.folded + b.folded),
        parts: [terms.indexOf(a.stem), terms.indexOf(b.stem)],
      });
  }
  // Joined hyphenated words typed by the user ("video-hometraining") are search terms too.
  for (const token of tokenize(rest).slice(0, MAX_QUERY_WORDS * 2)) {
    if (token.joined) joinedTerms.push({ term: stem(token.folded), parts: [] });
  }

  const result: UnderstoodQuery = {
    situations,
    pregnancy,
    harmfulIds,
    synonymGroups,
    terms,
    termWords,
    joinedTerms: uniqueJoined(joinedTerms).filter((j) => !terms.includes(j.term)),
    stopTerms: stopTerms.filter((t) => !terms.includes(t)),
    nameKey: nameKey(q),
    hadText: q.trim() !== "",
    ...(prefixTerm === undefined ? {} : { prefixTerm }),
  };
  return ageYears === undefined ? result : { ...result, ageYears };
}

/** What the phrases found in a query stand for, and which word positions they cover. */
function readPhrases(matches: readonly PhraseMatch<Concept>[]) {
  // Words of a harmful practice's name lead only to the warning ("holding therapie" is not a therapy
  // search); words of a pregnancy are the child's age, as "3 jaar" is ("aanstaande moeder" is not a
  // search for every text with "moeder"). Neither is searched as text.
  const harmfulPositions = new Set<number>();
  const notSearched = new Set<number>();
  for (const { target, start, end } of matches) {
    if (target.kind !== "harmful" && target.kind !== "pregnancy") continue;
    for (let i = start; i < end; i++) {
      notSearched.add(i);
      if (target.kind === "harmful") harmfulPositions.add(i);
    }
  }
  const situations = new Set<string>();
  const harmfulIds = new Set<string>();
  const synonymGroups = new Set<number>();
  /** Positions of words a phrase recognised: understood, even where no text has them. */
  const inPhrase = new Set<number>();
  let pregnancy = false;
  for (const { target, start, end } of matches) {
    if (target.kind === "harmful") {
      harmfulIds.add(target.id);
      continue;
    }
    // A phrase that shares words with a harmful practice's name is not read ("holding therapie" is no therapy).
    if (harmfulPositions.has(start) || harmfulPositions.has(end - 1)) continue;
    for (let i = start; i < end; i++) inPhrase.add(i);
    if (target.kind === "situation") situations.add(target.code);
    else if (target.kind === "pregnancy") pregnancy = true;
    else synonymGroups.add(target.group);
  }
  return {
    situations: [...situations],
    harmfulIds: [...harmfulIds],
    synonymGroups: [...synonymGroups],
    pregnancy,
    notSearched,
    inPhrase,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The joined terms without repeats; a repeat's parts are added to the first. */
function uniqueJoined(joined: readonly JoinedTerm[]): JoinedTerm[] {
  const byTerm = new Map<string, JoinedTerm>();
  for (const j of joined) {
    const known = byTerm.get(j.term);
    byTerm.set(j.term, known ? { term: j.term, parts: unique([...known.parts, ...j.parts]) } : j);
  }
  return [...byTerm.values()];
}

/**
 * A name reduced to its letters and digits ("Basic Trust-methode" and "basic
 * trustmethode" → "basictrustmethode"), so a query that is exactly a name or alias
 * can be recognised whatever its spacing, hyphens or capitals.
 */
export function nameKey(text: string): string {
  return tokenize(text)
    .filter((t) => !t.joined)
    .map((t) => t.folded)
    .join("");
}
