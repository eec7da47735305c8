import type { AppDeps } from "../app-deps.js";
import { AppError, issuesFromZod } from "../domain/app-error.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses, readJsonBody } from "./responses.js";
import type { RouteTable } from "./route-table.js";
import { feedbackCreatedSchema, feedbackRequestSchema } from "./schemas.js";

/** POST /feedback: "Reageer!" — stored durably before it is acknowledged. */
export function addFeedbackRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/feedback",
      tags: ["Reageer"],
      summary: "Stuur een reactie / Send feedback",
      description:
        "`about` is a page path (/interventies/pipa) or an intervention id. The answer 201 comes only after the feedback is stored durably; 503 means it was not stored.",
      request: {
        body: { required: true, content: { "application/json": { schema: feedbackRequestSchema } } },
      },
      responses: {
        201: jsonResponse("Stored", feedbackCreatedSchema),
        ...problemResponses(400, 413, 415, 429, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      const body = await readJsonBody(c);
      const parsed = feedbackRequestSchema.safeParse(body);
      if (!parsed.success) throw AppError.invalid(issuesFromZod(parsed.error), "The feedback is not valid.");
      const feedback = parsed.data;
      if (!feedback.about.startsWith("/") && !deps.holder.current().interventionById.has(feedback.about)) {
        throw AppError.invalid([
          {
            path: "about",
            message: `"${feedback.about.slice(0, 60)}" is not an intervention id; give a page path instead`,
          },
        ]);
      }
      let stored: { id: string; createdAt: string };
      try {
        stored = await deps.store.addFeedback({
          about: feedback.about,
          message: feedback.message,
          ...(feedback.name ? { name: feedback.name } : {}),
          ...(feedback.email ? { email: feedback.email } : {}),
          ...(feedback.role ? { role: feedback.role } : {}),
        });
      } catch (error) {
        // Whatever went wrong, the feedback was not acknowledged as stored: say so honestly.
        // Only the kind of failure: a driver's message could quote the feedback's text or address.
        deps.logger.error("feedback not stored", {
          reason: error instanceof AppError ? error.code : error instanceof Error ? error.name : "unknown",
        });
        if (error instanceof AppError && error.code !== "internal") throw error;
        throw new AppError(
          "unavailable",
          "The feedback could not be stored right now; please try again later.",
        );
      }
      // No Location: stored feedback can hold a name and e-mail address and is not readable over the API.
      return c.json({ id: stored.id, createdAt: stored.createdAt }, 201, NO_STORE);
    },
  );
}
