import {
  checkFeedback,
  FEEDBACK_PAGES,
  type FeedbackProblem,
  isKnownAbout as isKnownAboutIn,
  MAX_EMAIL_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_NAME_LENGTH,
  type NewFeedback,
  ROLES,
} from "../../../domain/feedback.js";
import { messages } from "../../../domain/messages/index.js";
import type { Lang } from "../../../domain/text.js";
import type { Catalog } from "../../../domain/types.js";
import type { FormError } from "../../components/error-summary/error-summary.js";

// The rules live in the domain, shared with POST /api/v1/feedback; this file reads the
// form and words the problems for the error summary.
export { FEEDBACK_PAGES, MAX_EMAIL_LENGTH, MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH, ROLES };

/** The feedback form as submitted, kept as typed so it can be shown again. */
export interface FeedbackForm {
  readonly about: string;
  readonly message: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
}

/** Whether `about` names a known page or intervention. */
export function isKnownAbout(about: string, catalog: Catalog): boolean {
  return isKnownAboutIn(about, (id) => catalog.interventionById.has(id));
}

/** Reads the posted form; anything that is not a string counts as empty. */
export function readFeedbackForm(body: Record<string, unknown>): FeedbackForm {
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  return {
    about: field("about").slice(0, 200),
    message: field("message")
      .replace(/\r\n/g, "\n")
      .slice(0, MAX_MESSAGE_LENGTH * 2),
    name: field("name")
      .trim()
      .slice(0, MAX_NAME_LENGTH * 2),
    email: field("email")
      .trim()
      .slice(0, MAX_EMAIL_LENGTH * 2),
    role: field("role"),
  };
}

/** Checks the form field by field (domain/feedback.ts); on success gives the feedback to store. */
export function validateFeedback(
  form: FeedbackForm,
  catalog: Catalog,
  lang: Lang,
): { ok: true; feedback: NewFeedback } | { ok: false; errors: FormError[] } {
  const result = checkFeedback(form, (id) => catalog.interventionById.has(id));
  if (result.ok) return result;
  const m = messages(lang).pages.reageer.formInput;
  const wording: Record<FeedbackProblem, string> = {
    about: m.about,
    messageMissing: m.messageMissing,
    messageTooLong: m.messageTooLong(MAX_MESSAGE_LENGTH),
    nameTooLong: m.nameTooLong(MAX_NAME_LENGTH),
    email: m.email,
    role: m.role,
    controlCharacters: m.controlCharacters,
  };
  return {
    ok: false,
    errors: result.issues.map((issue) => ({ fieldId: issue.field, message: wording[issue.problem] })),
  };
}
