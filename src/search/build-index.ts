import { startsInPregnancy } from "../domain/age.js";
import type { Catalog, Intervention } from "../domain/types.js";
import { stem, tokenize } from "./analysis.js";
import { buildFilterColumns, type FilterColumns } from "./filter-columns.js";
import { type Phrase, phrase } from "./phrases.js";
import { PREGNANCY_PHRASES } from "./pregnancy.js";
import {
  type PreparedIntervention,
  preparedBySituation,
  prepareIntervention,
} from "./prepared-interventions.js";
import { buildTermIndex, type FieldText, type TermIndex } from "./term-index.js";
import { type Concept, nameKey } from "./understand-query.js";

/** The text fields of an intervention that the search looks in, most telling first. */
export const SEARCH_FIELDS = ["name", "abbreviation", "aliases", "situations", "text"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * Field weights: a word in the name or abbreviation says most, an alias a bit
 * less, the risk groups of its indications less, its descriptions least.
 */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = {
  name: 8,
  abbreviation: 8,
  aliases: 4,
  situations: 2,
  text: 1,
};

/** A catalog snapshot prepared for searching. Build once per snapshot; it is immutable. */
export interface SearchIndex {
  readonly catalog: Catalog;
  /** The words of each intervention; document numbers are positions in `prepared`. */
  readonly terms: TermIndex;
  /** Each intervention prepared for filtering, in the catalogue's name order (the order without a query). */
  readonly prepared: readonly PreparedIntervention[];
  readonly preparedById: ReadonlyMap<string, PreparedIntervention>;
  /** The prepared interventions' filter facts as columns by document number, for filtering and counting facets. */
  readonly filterColumns: FilterColumns;
  /** The situation codes facets are counted for, in the catalogue's order. */
  readonly facetCodes: readonly string[];
  /** Interventions with an indication for each risk group. */
  readonly bySituation: ReadonlyMap<string, readonly PreparedIntervention[]>;
  /** Interventions with an indication that starts before birth. */
  readonly startingInPregnancy: readonly PreparedIntervention[];
  /** Phrases that name situations, synonym groups, a pregnancy and harmful practices. */
  readonly concepts: readonly Phrase<Concept>[];
  /** Interventions by the name key of their name, abbreviation, full name and aliases. */
  readonly byNameKey: ReadonlyMap<string, readonly string[]>;
  /** Stems of each synonym group, to widen a query that names one member. */
  readonly synonymStems: readonly (readonly string[])[];
  /** Stems of the words of every phrase in `concepts`: with the indexed stems, the words the search knows. */
  readonly phraseStems: ReadonlySet<string>;
}

/**
 * Whether the search knows a stem as a real word: indexed, or a word of a
 * phrase. A known word is taken as spelled right and never read as a typo of
 * another word (docs/decisions/069).
 */
export function knowsStem(index: SearchIndex, stem: string): boolean {
  return index.terms.terms.has(stem) || index.phraseStems.has(stem);
}

/** All the text that tells which risk groups an intervention's indications are for. */
function situationText(catalog: Catalog, intervention: Intervention): string {
  const codes = new Set(intervention.indications.flatMap((i) => i.situations));
  const parts: string[] = [];
  for (const code of codes) {
    const situation = catalog.situationByCode.get(code);
    if (!situation) continue;
    parts.push(
      situation.label.nl,
      situation.label.en ?? "",
      ...situation.synonyms.nl,
      ...situation.synonyms.en,
    );
  }
  return parts.join(" \n ");
}

function descriptiveText(intervention: Intervention): string {
  const { professionals, policymakers } = intervention.summary;
  const texts = [professionals, policymakers, ...intervention.facts.map((f) => f.text)];
  return texts.flatMap((t) => [t.nl, t.en ?? ""]).join(" \n ");
}

/** The searchable text of an intervention, field by field with its weight (bench/search.ts indexes it with MiniSearch too). */
export function toDocument(catalog: Catalog, intervention: Intervention): FieldText[] {
  const texts: Record<SearchField, string> = {
    name: intervention.name,
    abbreviation: intervention.abbreviation ?? "",
    aliases: [intervention.fullName ?? "", ...intervention.aliases].join(" \n "),
    situations: situationText(catalog, intervention),
    text: descriptiveText(intervention),
  };
  return SEARCH_FIELDS.map((field) => ({ text: texts[field], boost: FIELD_BOOST[field] }));
}

/** Every phrase that names a situation, a synonym group, a pregnancy or a harmful practice. */
function collectConcepts(catalog: Catalog): Phrase<Concept>[] {
  const phrases: (Phrase<Concept> | null)[] = [];
  for (const situation of catalog.situations) {
    const target: Concept = { kind: "situation", code: situation.code };
    const labels = [situation.label.nl, situation.label.en ?? ""].flatMap((l) => l.split(" / "));
    for (const text of [...labels, ...situation.synonyms.nl, ...situation.synonyms.en])
      phrases.push(phrase(text, target));
  }
  catalog.synonyms.forEach((group, index) => {
    for (const text of group) phrases.push(phrase(text, { kind: "synonyms", group: index }, false));
  });
  for (const text of PREGNANCY_PHRASES) phrases.push(phrase(text, { kind: "pregnancy" }));
  for (const practice of catalog.harmfulPractices) {
    const target: Concept = { kind: "harmful", id: practice.id };
    for (const text of [
      practice.name.nl,
      practice.name.en ?? "",
      ...practice.synonyms,
      ...practice.classTerms,
    ]) {
      phrases.push(phrase(text, target));
    }
  }
  return phrases.filter((p): p is Phrase<Concept> => p !== null);
}

/**
 * The stems of a synonym group's one-word members (hyphenated words count as one).
 * Several-word members are left out: searched word by word, "jonge moeder" would
 * find every text with "moeder"; they are recognised as phrases instead.
 */
function singleWordStems(group: readonly string[]): string[] {
  const stems = group.flatMap((text) => {
    const tokens = tokenize(text);
    const joined = tokens.find((t) => t.joined);
    if (joined) return [stem(joined.folded)];
    return tokens.length === 1 && tokens[0] ? [stem(tokens[0].folded)] : [];
  });
  return [...new Set(stems)];
}

function nameKeys(catalog: Catalog): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const intervention of catalog.interventions) {
    const names = [
      intervention.name,
      intervention.abbreviation,
      intervention.fullName,
      ...intervention.aliases,
    ];
    for (const key of new Set(names.map((n) => nameKey(n ?? "")))) {
      if (key === "") continue;
      const ids = keys.get(key);
      if (ids) ids.push(intervention.id);
      else keys.set(key, [intervention.id]);
    }
  }
  return keys;
}

/** Builds the search index for one catalog snapshot. Prefer {@link getSearchIndex}, which caches it. */
export function createSearchIndex(catalog: Catalog): SearchIndex {
  const terms = buildTermIndex(catalog.interventions.map((i) => toDocument(catalog, i)));
  const facetCodes = catalog.situations.map((s) => s.code);
  const prepared = catalog.interventions.map((intervention, order) =>
    prepareIntervention(intervention, order, facetCodes),
  );
  const concepts = collectConcepts(catalog);
  return {
    catalog,
    terms,
    prepared,
    facetCodes,
    preparedById: new Map(prepared.map((p) => [p.intervention.id, p])),
    filterColumns: buildFilterColumns(prepared),
    bySituation: preparedBySituation(prepared),
    startingInPregnancy: prepared.filter((e) =>
      e.intervention.indications.some((i) => startsInPregnancy(i.age)),
    ),
    concepts,
    phraseStems: new Set(concepts.flatMap((p) => p.words.map((w) => w.stem))),
    byNameKey: nameKeys(catalog),
    synonymStems: catalog.synonyms.map(singleWordStems),
  };
}

const cache = new WeakMap<Catalog, SearchIndex>();

/** The search index of a catalog snapshot, built on first use and kept as long as the snapshot lives. */
export function getSearchIndex(catalog: Catalog): SearchIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = createSearchIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}
