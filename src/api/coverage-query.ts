import { z } from "zod";
import { AppError, type FieldIssue } from "../domain/app-error.js";
import type { Catalog } from "../domain/types.js";
import { COVERAGE_COUNTS, type CoverageOptions } from "../engine/index.js";

/** At most this many contracted ids in one query (the catalogue has about twenty). */
const MAX_CONTRACTED = 100;

/** The query both coverage answers read; documented in the OpenAPI reference. */
export const coverageQuerySchema = z.object({
  includeGeneral: z.enum(["true", "false"]).optional().describe("Count general interventions in every row"),
  count: z
    .enum(COVERAGE_COUNTS)
    .optional()
    .describe(
      "Which ages count as covered. `stated` (default): only an intervention whose age the source states at both ends. " +
        "`all`: also one whose age (or one end of it) comes from a list's context or is not stated at all.",
    ),
  contracted: z
    .array(z.string())
    .optional()
    .describe("Repeatable: only these interventions (what a municipality contracts); default every one"),
});

/** Reads ?includeGeneral, ?count and ?contracted; an invalid value is a 400 naming the field. */
export function parseCoverageQuery(
  query: Record<string, string[]>,
  catalog: Catalog,
): Required<Pick<CoverageOptions, "includeGeneral" | "count">> & Pick<CoverageOptions, "only"> {
  const issues: FieldIssue[] = [];
  const includeGeneral = query.includeGeneral?.[0];
  if (includeGeneral !== undefined && includeGeneral !== "true" && includeGeneral !== "false") {
    issues.push({ path: "includeGeneral", message: "includeGeneral must be true or false" });
  }
  const count = query.count?.[0] ?? "stated";
  if (count !== "stated" && count !== "all") {
    issues.push({ path: "count", message: "count must be stated or all" });
  }
  const contracted = query.contracted;
  if (contracted && contracted.length > MAX_CONTRACTED) {
    issues.push({ path: "contracted", message: `at most ${MAX_CONTRACTED} interventions` });
  }
  const unknown = contracted?.find((id) => !catalog.interventionById.has(id));
  if (unknown !== undefined) {
    issues.push({ path: "contracted", message: `unknown intervention: ${unknown.slice(0, 60)}` });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
  return {
    includeGeneral: includeGeneral === "true",
    count: count === "all" ? "all" : "stated",
    ...(contracted && { only: new Set(contracted) }),
  };
}
