/**
 * Dutch search over the interventions (issue 4). Public API for the API, the web
 * pages and the CLI; everything else in src/search is internal.
 *
 * ```ts
 * const parsed = parseSearchQuery(c.req.queries(), catalog);
 * if (!parsed.ok) throw AppError.invalid(parsed.issues);
 * const result = searchInterventions(getSearchIndex(catalog), parsed.query);
 * ```
 */
export { createSearchIndex, getSearchIndex, type SearchIndex } from "./build-index.js";
export {
  cutQuery,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  type ParsedSearchQuery,
  parseSearchQuery,
  type SearchQuery,
  type SearchQueryInput,
  searchQueryParamsSchema,
  searchQuerySchema,
} from "./query-schema.js";
export {
  type HarmfulWarning,
  type Highlight,
  type HighlightField,
  harmfulWarningSchema,
  highlightSchema,
  type SearchFacets,
  type SearchItem,
  type SearchResult,
  searchFacetsSchema,
  searchItemSchema,
  searchResultSchema,
} from "./result-schema.js";
export { searchInterventions } from "./search.js";
