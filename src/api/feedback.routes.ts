import type { AppDeps } from "../app-deps.js";
import { AppError, issuesFromZod } from "../domain/app-error.js";
import {
  checkFeedback,
  FEEDBACK_PAGES,
  type FeedbackProblem,
  MAX_EMAIL_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_NAME_LENGTH,
  ROLES,
} from "../domain/feedback.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses, readJsonBody } from "./responses.js";
import type { RouteTable } from "./route-table.js";
import { feedbackCreatedSchema, feedbackRequestSchema } from "./schemas.js";

/** What the API says about each problem the feedback check finds (field-named, in English). */
const API_WORDING: Readonly<Record<FeedbackProblem, string>> = {
  about: `about must be one of ${FEEDBACK_PAGES.join(", ")}, an intervention id or /interventies/<id>`,
  messageMissing: "message must not be empty",
  messageTooLong: `message may be at most ${MAX_MESSAGE_LENGTH} characters`,
  nameTooLong: `name may be at most ${MAX_NAME_LENGTH} characters`,
  email: `email must be a valid e-mail address of at most ${MAX_EMAIL_LENGTH} characters`,
  role: `role must be one of ${ROLES.join(", ")}`,
  controlCharacters: "must not contain control characters (a message may contain line breaks and tabs)",
};

/** POST /feedback: "Reageer!" — stored durably before it is acknowledged. */
export function addFeedbackRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/feedback",
      tags: ["Reageer"],
      summary: "Stuur een reactie / Send feedback",
      description:
        "`about` is a listed page path, an intervention's page path (/interventies/pipa) or an intervention id; `role` one of the listed roles. The form on /reageer checks the same. The answer 201 comes only after the feedback is stored durably; 503 means it was not stored.",
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
      // The same check as the form on /reageer (domain/feedback.ts), worded in English.
      const checked = checkFeedback(
        {
          about: parsed.data.about,
          message: parsed.data.message,
          name: parsed.data.name ?? "",
          email: parsed.data.email ?? "",
          role: parsed.data.role ?? "",
        },
        (id) => deps.holder.current().interventionById.has(id),
      );
      if (!checked.ok) {
        throw AppError.invalid(
          checked.issues.map((issue) => ({ path: issue.field, message: API_WORDING[issue.problem] })),
          "The feedback is not valid.",
        );
      }
      const feedback = checked.feedback;
      let stored: { id: string; createdAt: string };
      try {
        stored = await deps.store.addFeedback({
          ...feedback,
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
