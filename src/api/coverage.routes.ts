import { z } from "zod";
import { AppError } from "../domain/app-error.js";
// coverageSchema is not (yet) re-exported by engine/index.ts.
import { coverageSchema } from "../engine/coverage.js";
import { computeCoverage } from "../engine/index.js";
import type { ApiDeps } from "./deps.js";
import { COMMON_PROBLEMS, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

const coverageQuerySchema = z.object({
  includeGeneral: z.enum(["true", "false"]).optional().describe("Count general interventions in every row"),
});

/** GET /coverage: which situations and ages the recognised interventions cover, and the gaps. */
export function addCoverageRoutes(routes: RouteTable, deps: ApiDeps): void {
  routes.add(
    {
      method: "get",
      path: "/coverage",
      tags: ["Beleid"],
      summary: "Dekking en hiaten / Coverage and gaps",
      description:
        "Per situation (and the general row) and per age 0–18: the interventions for prevention and for treatment. " +
        "`includeGeneral=true` also counts general interventions in every situation's row.",
      request: { query: coverageQuerySchema },
      responses: {
        200: jsonResponse("Coverage per situation and age", coverageSchema.meta({ id: "Coverage" })),
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const parsed = coverageQuerySchema.safeParse({ includeGeneral: c.req.query("includeGeneral") });
      if (!parsed.success) {
        throw AppError.invalid([{ path: "includeGeneral", message: "includeGeneral must be true or false" }]);
      }
      const includeGeneral = parsed.data.includeGeneral === "true";
      return c.json(computeCoverage(deps.holder.current(), { includeGeneral }));
    },
  );
}
