import type { NewFeedback } from "../../../domain/feedback.js";
import { messages } from "../../../domain/messages/index.js";
import type { Lang } from "../../../domain/text.js";
import type { Catalog } from "../../../domain/types.js";
import type { FormError } from "../../components/error-summary/error-summary.js";

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;
export const ROLES = ["professional", "policymaker", "parent", "researcher", "other"] as const;

/** Pages feedback can be about (besides an intervention). */
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
  return (FEEDBACK_PAGES as readonly string[]).includes(about) || catalog.interventionById.has(about);
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

/** Checks the form field by field; on success gives the feedback to store. */
export function validateFeedback(
  form: FeedbackForm,
  catalog: Catalog,
  lang: Lang,
): { ok: true; feedback: NewFeedback } | { ok: false; errors: FormError[] } {
  const m = messages(lang).pages.reageer.formInput;
  const errors: FormError[] = [];
  if (!isKnownAbout(form.about, catalog)) errors.push({ fieldId: "about", message: m.about });
  const message = form.message.trim();
  if (message === "") errors.push({ fieldId: "message", message: m.messageMissing });
  else if (message.length > MAX_MESSAGE_LENGTH)
    errors.push({ fieldId: "message", message: m.messageTooLong(MAX_MESSAGE_LENGTH) });
  if (form.name.length > MAX_NAME_LENGTH)
    errors.push({ fieldId: "name", message: m.nameTooLong(MAX_NAME_LENGTH) });
  if (
    form.email !== "" &&
    (form.email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email))
  ) {
    errors.push({ fieldId: "email", message: m.email });
  }
  if (form.role !== "" && !(ROLES as readonly string[]).includes(form.role))
    errors.push({ fieldId: "role", message: m.role });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    feedback: {
      about: form.about,
      message,
      ...(form.name !== "" && { name: form.name }),
      ...(form.email !== "" && { email: form.email }),
      ...(form.role !== "" && { role: form.role }),
    },
  };
}
