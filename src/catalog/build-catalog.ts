import type { Catalog, ContentBundle } from "../domain/types.js";

const dutch = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/** Compares names the way a Dutch reader sorts them. */
export function compareNames(a: string, b: string): number {
  return dutch.compare(a, b);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Builds the immutable snapshot that every reader uses. */
export function buildCatalog(bundle: ContentBundle, revision = 1): Catalog {
  // By name, the id breaking ties: the order advice rule 4 ends on.
  const interventions = [...bundle.interventions].sort(
    (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const catalog: Catalog = {
    revision,
    interventions,
    interventionById: new Map(interventions.map((i) => [i.id, i])),
    harmfulPractices: bundle.harmfulPractices,
    situations: bundle.situations,
    situationByCode: new Map(bundle.situations.map((s) => [s.code, s])),
    preconditions: bundle.preconditions,
    sources: bundle.sources,
    sourceById: new Map(bundle.sources.map((s) => [s.id, s])),
    synonyms: bundle.synonyms,
  };
  deepFreeze(bundle);
  return Object.freeze(catalog);
}
