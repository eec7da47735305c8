/**
 * Feedback from a reader about a page or an intervention: what the form on
 * /reageer and POST /api/v1/feedback take in, and what the database keeps.
 */
export interface NewFeedback {
  /** The page path or intervention id the feedback is about. */
  readonly about: string;
  readonly message: string;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly role?: string | undefined;
}

/** Feedback once stored: with the id and time the database gave it. */
export interface StoredFeedback extends NewFeedback {
  readonly id: string;
  readonly createdAt: string;
}

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;
export const ROLES = ["professional", "policymaker", "parent", "researcher", "other"] as const;

/** Pages feedback can be about (besides an intervention, by id or by its page path). */
export const FEEDBACK_PAGES = [
  "/",
  "/keuzehulp",
  "/interventies",
  "/beleidsmakers",
  "/vergelijken",
  "/richtlijn",
  "/niet-doen",
  "/bronnen",
  "/toegankelijkheid",
  "/privacy",
] as const;

/** Feedback as sent, every field as text ("" for absent): the form's fields or the API's body. */
export interface FeedbackInput {
  readonly about: string;
  readonly message: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
}

/** What is wrong with one field; each surface words it (form: messages, API: English). */
export type FeedbackProblem =
  | "about"
  | "messageMissing"
  | "messageTooLong"
  | "nameTooLong"
  | "email"
  | "role"
  | "controlCharacters";

export interface FeedbackIssue {
  readonly field: keyof FeedbackInput;
  readonly problem: FeedbackProblem;
}

// Control characters show nothing and can rewrite a terminal or log viewer (escape
// sequences) when someone reads the feedback; a message keeps its line breaks and tabs.
const CONTROL = /\p{Cc}/u;
const CONTROL_IN_TEXT = /[^\P{Cc}\n\t]/u;

/**
 * Whether `about` names something feedback can be about: a listed page, an intervention
 * id, or an intervention's page path. Anything else (//evil.example, /../..) is refused.
 */
export function isKnownAbout(about: string, isInterventionId: (id: string) => boolean): boolean {
  if ((FEEDBACK_PAGES as readonly string[]).includes(about)) return true;
  const id = about.startsWith("/interventies/") ? about.slice("/interventies/".length) : about;
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && isInterventionId(id);
}

/**
 * The one check of feedback, for the form on /reageer and POST /api/v1/feedback alike;
 * on success the feedback to store (message trimmed, empty optional fields left out).
 */
export function checkFeedback(
  input: FeedbackInput,
  isInterventionId: (id: string) => boolean,
): { ok: true; feedback: NewFeedback } | { ok: false; issues: FeedbackIssue[] } {
  const issues: FeedbackIssue[] = [];
  const add = (field: keyof FeedbackInput, problem: FeedbackProblem) => issues.push({ field, problem });
  if (!isKnownAbout(input.about, isInterventionId)) add("about", "about");
  const message = input.message.replace(/\r\n?/g, "\n").trim();
  if (message === "") add("message", "messageMissing");
  else if (message.length > MAX_MESSAGE_LENGTH) add("message", "messageTooLong");
  else if (CONTROL_IN_TEXT.test(message)) add("message", "controlCharacters");
  if (input.name.length > MAX_NAME_LENGTH) add("name", "nameTooLong");
  else if (CONTROL.test(input.name)) add("name", "controlCharacters");
  if (
    input.email !== "" &&
    (input.email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
  ) {
    add("email", "email");
  }
  if (input.role !== "" && !(ROLES as readonly string[]).includes(input.role)) add("role", "role");
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    feedback: {
      about: input.about,
      message,
      ...(input.name !== "" && { name: input.name }),
      ...(input.email !== "" && { email: input.email }),
      ...(input.role !== "" && { role: input.role }),
    },
  };
}
