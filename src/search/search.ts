import { knowsStem, type SearchIndex } from "./build-index.js";
import {
  type CompiledFilters,
  compileFilters,
  countFacets,
  docPasses,
  docServesSituation,
  type SearchFilters,
} from "./filters.js";
import { highlightsFor } from "./highlights.js";
import { noMatchNotice } from "./no-match-notice.js";
import type { PreparedIntervention } from "./prepared-interventions.js";
import { cutQuery, DEFAULT_PAGE_SIZE, type SearchQuery } from "./query-schema.js";
import { rankByScore } from "./rank-by-score.js";
import { toSearchItem, toWarning } from "./result-items.js";
import type { SearchResult } from "./result-schema.js";
import { scoreTerms, slotBit, type TermQuery } from "./score-terms.js";
import { type UnderstoodQuery, understandQuery } from "./understand-query.js";

/** Share of the best text score added for each risk group the query names and the intervention serves. */
const SITUATION_BONUS = 0.6;
/** Share of the best text score added to the interventions that start in pregnancy, when the query names one. */
const PREGNANCY_BONUS = 0.6;
/** Words found only through a synonym count for less than the words typed. */
const SYNONYM_WEIGHT = 0.5;
const JOINED_WEIGHT = 0.8;

/** Stop words count for little: they only order matches found through other words. */
const STOP_WEIGHT = 0.3;
/** Added (times the best text score) when the query is exactly an intervention's name or alias. */
const EXACT_NAME_BONUS = 1;

/** The matches of a query, best first, as positions in the index's prepared interventions. */
interface Ranking {
  readonly docs: readonly number[];
  readonly score: (doc: number) => number;
  /** The indexed stems an intervention matched (by its position), for highlighting. */
  readonly matchedTerms: (order: number) => string[];
  /** Bits of the typed words (positions in `understood.terms`) that found an indexed word. */
  readonly foundWords: number;
}

function synonymTermsOf(index: SearchIndex, understood: UnderstoodQuery): string[] {
  const terms = new Set(understood.synonymGroups.flatMap((g) => index.synonymStems[g] ?? []));
  for (const term of understood.terms) terms.delete(term);
  return [...terms];
}

/** The words to look for: typed ones (with prefix and typos), synonyms, joined pairs and stop words. */
function termQueries(index: SearchIndex, understood: UnderstoodQuery): TermQuery[] {
  // Added words do not count for coordination (slot -1); a joined pair still tells its typed words found something.
  const added = (term: string, weight: number, meaningful = true, covers = 0): TermQuery => ({
    term,
    weight,
    slot: -1,
    meaningful,
    covers,
  });
  return [
    ...understood.terms.map((term, slot) => ({
      term,
      weight: 1,
      // Only the last word may be the start of a longer one, as while typing ("thera" → Theraplay).
      prefix: term === understood.prefixTerm,
      // A word the search knows is spelled right: read as a typo it drifts to another word (beperking → bewerking).
      fuzzy: knowsStem(index, term) ? ("endings" as const) : ("typos" as const),
      slot,
      covers: slotBit(slot),
      meaningful: true,
    })),
    ...synonymTermsOf(index, understood).map((term) => added(term, SYNONYM_WEIGHT)),
    ...understood.joinedTerms.map((j) =>
      added(
        j.term,
        JOINED_WEIGHT,
        true,
        j.parts.reduce((bits, part) => bits | slotBit(part), 0),
      ),
    ),
    ...understood.stopTerms.map((term) => added(term, STOP_WEIGHT, false)),
  ];
}

/**
 * The matches of a query with text, best first: text score, plus a bonus for
 * each risk group named in the query that the intervention serves (within the
 * filters), plus a bonus for starting in pregnancy when the query names one,
 * plus a bonus when the query is exactly its name or an alias.
 */
function rankMatches(
  index: SearchIndex,
  understood: UnderstoodQuery,
  filters: CompiledFilters,
  needed: number,
): Ranking {
  const text = scoreTerms(index.terms, termQueries(index, understood));
  const typed = understood.terms.length;
  // The score array belongs to this query: it is adjusted in place, and marks the candidates.
  const score = text.score;
  // The text matches are the first candidates; the list is the query's own, so it is added to in place.
  const candidates = text.docs;
  const isCandidate = text.listed;
  const add = (doc: number) => {
    if (isCandidate[doc] === 0) {
      isCandidate[doc] = 1;
      candidates.push(doc);
    }
  };
  let best = 1;
  for (const doc of candidates) {
    // Coordination: a text that has more of the typed words ranks above one that has a few of them often.
    const coordinated = ((score[doc] ?? 0) * (text.covered(doc) + 1)) / (typed + 1);
    score[doc] = coordinated;
    if (coordinated > best) best = coordinated;
  }
  for (const code of understood.situations) {
    const slot = index.facetCodes.indexOf(code);
    for (const entry of index.bySituation.get(code) ?? []) {
      if (!docServesSituation(index.filterColumns, entry.order, filters, slot)) continue;
      score[entry.order] = (score[entry.order] ?? 0) + SITUATION_BONUS * best;
      add(entry.order);
    }
  }
  // A pregnancy is the child's age, not a risk group: it ranks what starts before birth, within the filters.
  if (understood.pregnancy) {
    for (const entry of index.startingInPregnancy) {
      score[entry.order] = (score[entry.order] ?? 0) + PREGNANCY_BONUS * best;
      add(entry.order);
    }
  }
  for (const id of index.byNameKey.get(understood.nameKey) ?? []) {
    const entry = index.preparedById.get(id);
    if (!entry) continue;
    score[entry.order] = (score[entry.order] ?? 0) + EXACT_NAME_BONUS * best;
    add(entry.order);
  }
  if (filters.active) keepOnly(candidates, (doc) => docPasses(index.filterColumns, doc, filters));
  return {
    docs: rankByScore(candidates, score, needed),
    score: (doc) => score[doc] ?? 0,
    matchedTerms: text.matchedTerms,
    foundWords: text.foundWords,
  };
}

/** Removes the documents that fail a test from a list, in place, keeping the order of the rest. */
function keepOnly(docs: number[], passes: (doc: number) => boolean): void {
  let kept = 0;
  for (const doc of docs) if (passes(doc)) docs[kept++] = doc;
  docs.length = kept;
}

/** The interventions that pass the filters, in name order: the answer to a query without text. */
function passingDocs(index: SearchIndex, filters: CompiledFilters): number[] {
  const docs: number[] = [];
  for (let doc = 0; doc < index.prepared.length; doc++) {
    if (docPasses(index.filterColumns, doc, filters)) docs.push(doc);
  }
  return docs;
}

/**
 * Searches the interventions: the query text is analysed (Dutch stems, prefixes,
 * typos, synonyms), an age or risk group in the text is understood, the filters
 * are applied per indication, and matches are ranked. Without text the filtered
 * list is given in name order. Harmful practices are never items; a query that
 * mentions one gets a warning. Never throws on any query text.
 */
export function searchInterventions(index: SearchIndex, query: SearchQuery): SearchResult {
  const { catalog } = index;
  const lang = query.lang ?? "nl";
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const q = cutQuery(query.q ?? "");
  const understood = understandQuery(q, index.concepts, (stem) => knowsStem(index, stem));
  const ageFromRequest =
    query.age ?? (query.ageMonths === undefined ? undefined : Math.floor(query.ageMonths / 12));
  const filters: SearchFilters = {
    ageYears: ageFromRequest ?? understood.ageYears,
    need: query.need,
    situations: query.situation,
    recognition: query.recognition,
    inDatabank: query.inDatabank,
  };

  const searchesText =
    understood.terms.length > 0 ||
    understood.situations.length > 0 ||
    understood.synonymGroups.length > 0 ||
    understood.pregnancy;
  const noMatches: Ranking = { docs: [], score: () => 0, matchedTerms: () => [], foundWords: 0 };
  let ranking: Ranking;
  const compiled = compileFilters(filters, index.facetCodes);
  if (searchesText) ranking = rankMatches(index, understood, compiled, page * pageSize);
  else if (understood.harmfulIds.length > 0)
    ranking = noMatches; // Only a harmful practice was named: the warning is the answer.
  else {
    ranking = { ...noMatches, docs: passingDocs(index, compiled) };
  }

  const facets = countFacets(index.filterColumns, ranking.docs, filters, index.facetCodes);
  const onPage = ranking.docs
    .slice((page - 1) * pageSize, page * pageSize)
    .map((doc) => index.prepared[doc])
    .filter((e): e is PreparedIntervention => e !== undefined);
  const stopTerms = new Set(understood.stopTerms);
  const queryStems = [...understood.terms, ...synonymTermsOf(index, understood)];
  const items = onPage.map((entry) => {
    const terms = [...ranking.matchedTerms(entry.order), ...queryStems];
    const stems = new Set(terms.filter((t) => !stopTerms.has(t)));
    const highlights = highlightsFor(catalog, entry.intervention, stems, lang);
    return toSearchItem(entry.intervention, ranking.score(entry.order), highlights, lang);
  });
  const warnings = catalog.harmfulPractices
    .filter((p) => understood.harmfulIds.includes(p.id))
    .map((p) => toWarning(p, lang));
  const understoodAge = understood.ageYears === undefined ? {} : { ageYears: understood.ageYears };
  // A word a risk group or synonym phrase recognised was understood, even where no text has it.
  const unmatchedTerms = understood.termWords
    .filter((word, slot) => !word.inPhrase && (ranking.foundWords & slotBit(slot)) === 0)
    .map((word) => word.folded);
  const notice = noMatchNotice(q, unmatchedTerms, ranking.docs.length, lang);
  return {
    items,
    total: ranking.docs.length,
    page,
    pageSize,
    facets,
    warnings,
    understood: {
      ...understoodAge,
      situations: [...understood.situations],
      ...(understood.pregnancy ? { pregnancy: true } : {}),
    },
    unmatchedTerms,
    ...(notice === undefined ? {} : { notice }),
  };
}
