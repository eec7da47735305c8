import type { AppDeps } from "../app-deps.js";
import { AppError } from "../domain/app-error.js";
import {
  adviceRequestSchema,
  adviceResponseSchema,
  evaluateAdvice,
  parseAdviceRequest,
} from "../engine/index.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses, readJsonBody } from "./responses.js";
import type { RouteTable } from "./route-table.js";

const adviceRequestComponent = adviceRequestSchema.meta({
  id: "AdviceRequest",
  description: "Give exactly one of child.ageYears, child.ageMonths or child.pregnancyWeek",
});
const adviceComponent = adviceResponseSchema.meta({
  id: "Advice",
  description: "Recommendations with reasons and caveats, what does not fit and why, and warnings",
});

/**
 * POST /advice: computed and forgotten. The request is never stored or logged,
 * and the answer carries Cache-Control: no-store.
 */
export function addAdviceRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/advice",
      tags: ["Advies"],
      summary: "Advies voor één kind / Advice for one child",
      description:
        "Applies the rules of the richtlijn: preconditions, then indications by need, age and situation. The request is not stored or logged.",
      request: {
        body: { required: true, content: { "application/json": { schema: adviceRequestComponent } } },
      },
      responses: {
        200: jsonResponse("The advice", adviceComponent),
        ...problemResponses(400, 413, 415, 429, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      const catalog = deps.holder.current();
      const parsed = parseAdviceRequest(await readJsonBody(c), catalog);
      if (!parsed.ok) throw AppError.invalid(parsed.issues, "The advice request is not valid.");
      return c.json(evaluateAdvice(parsed.request, catalog), 200, NO_STORE);
    },
  );
}
