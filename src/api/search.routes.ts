import type { AppDeps } from "../app-deps.js";
import { AppError } from "../domain/app-error.js";
import {
  getSearchIndex,
  parseSearchQuery,
  searchInterventions,
  searchQueryParamsSchema,
  searchResultSchema,
} from "../search/index.js";
import { COMMON_PROBLEMS, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

const searchResultComponent = searchResultSchema.meta({
  id: "SearchResult",
  description:
    "Ranked interventions (never a harmful practice), facets, warnings, and the words that found nothing",
});

/** GET /interventions: search and filter the interventions. */
export function addSearchRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "get",
      path: "/interventions",
      tags: ["Interventies"],
      summary: "Zoek interventies / Search interventions",
      description:
        "Ranked search with filters and pagination. `situation` may be repeated. A query that names a harmful practice (or the class of working through trauma by regression) fills `warnings`. Words that found nothing are listed in `unmatchedTerms`, and `notice` says so and points to the keuzehulp.",
      request: { query: searchQueryParamsSchema },
      responses: {
        200: jsonResponse("Search result", searchResultComponent),
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      const parsed = parseSearchQuery(c.req.queries(), catalog);
      if (!parsed.ok) throw AppError.invalid(parsed.issues, "The search parameters are not valid.");
      return c.json(searchInterventions(getSearchIndex(catalog), parsed.query));
    },
  );
}
