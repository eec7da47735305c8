import { AppError } from "../domain/app-error.js";
import {
  adviceRequestSchema,
  adviceResponseSchema,
  evaluateAdvice,
  parseAdviceRequest,
} from "../engine/index.js";
import { giveBack } from "../lib/byte-pools.js";
import { jsonBytes } from "../lib/json-bytes.js";
import { nodeResponse } from "../middleware/default-headers.js";
import type { ApiDeps } from "./deps.js";
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

/** The advice's own headers; the front door adds the security headers, X-Request-Id and Vary. */
export const ADVICE_HEADERS = Object.freeze({ ...NO_STORE, "Content-Type": "application/json" });

/**
 * POST /advice: computed and forgotten. The request is never stored or logged,
 * and the answer carries Cache-Control: no-store.
 */
export function addAdviceRoutes(routes: RouteTable, deps: ApiDeps): void {
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
      // The same bytes as c.json would send; the parts the engine shares are encoded once.
      const bytes = jsonBytes(evaluateAdvice(parsed.request, catalog));
      // Once Node has written the answer out (or the connection is gone) its memory may be
      // used for another answer (byte-pools.ts). In-process there is no Node response:
      // the bytes are then left to the garbage collector.
      nodeResponse(c)?.once("close", () => giveBack(bytes));
      // Headers as a plain object: the Node adapter writes it as it is (decision 059).
      return new Response(bytes, { status: 200, headers: ADVICE_HEADERS });
    },
  );
}
