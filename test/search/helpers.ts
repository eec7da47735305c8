import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import {
  getSearchIndex,
  type SearchQueryInput,
  type SearchResult,
  searchInterventions,
  searchQuerySchema,
} from "../../src/search/index.js";

let shipped: Promise<Catalog> | undefined;

/** The knowledge base shipped in content/, loaded once per test file. */
export function shippedCatalog(): Promise<Catalog> {
  shipped ??= loadCatalog();
  return shipped;
}

/** Searches the shipped catalogue with a typed query (checked by the public schema first). */
export async function search(query: SearchQueryInput): Promise<SearchResult> {
  const catalog = await shippedCatalog();
  return searchInterventions(getSearchIndex(catalog), searchQuerySchema.parse(query));
}

/** The ids of a result, in rank order. */
export function ids(result: SearchResult): string[] {
  return result.items.map((item) => item.id);
}
