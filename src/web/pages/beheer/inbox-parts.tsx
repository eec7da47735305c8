import type { FeedbackInbox } from "../../../curation/feedback-inbox.js";
import {
  canonicalAbout,
  FEEDBACK_STATUSES,
  type FeedbackStatus,
  isFeedbackStatus,
} from "../../../domain/feedback-inbox.js";
import { messages } from "../../../domain/messages/index.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerContext } from "./access.js";
import { beheerText } from "./parts.js";

/** The inbox texts in the page's language. */
export function inboxText(page: PageContext) {
  return beheerText(page).inbox;
}

/** The inbox a guarded page works on; every store with accounts has one. */
export function requireInbox(ctx: BeheerContext): FeedbackInbox {
  if (!ctx.inbox) throw new Error("/beheer/reacties needs a store with a feedback inbox");
  return ctx.inbox;
}

export function statusName(page: PageContext, status: FeedbackStatus): string {
  return inboxText(page).statuses[status];
}

export function statusChoices(page: PageContext) {
  return FEEDBACK_STATUSES.map((status) => ({ value: status, label: statusName(page, status) }));
}

/** The status in a query or form, when it is one. */
export function readStatus(value: unknown): FeedbackStatus | undefined {
  return isFeedbackStatus(value) ? value : undefined;
}

/** The public page feedback is about: a page path as it is, an intervention id as its page. */
function aboutPath(about: string): string {
  return about.startsWith("/") ? about : `/interventies/${about}`;
}

/** What feedback is about in the reader's words: the page's title or the intervention's name. */
export function aboutLabel(page: PageContext, about: string): string {
  const pages: Readonly<Record<string, string>> = messages(page.lang).pages.reageer.page.pages;
  return pages[about] ?? page.catalog.interventionById.get(canonicalAbout(about))?.name ?? about;
}

/** A link to the public page the feedback is about. */
export function AboutLink(props: { page: PageContext; about: string }) {
  return <a href={props.page.href(aboutPath(props.about))}>{aboutLabel(props.page, props.about)}</a>;
}

/** The sender's role in the reader's words (the role list of the Reageer! form). */
export function senderRole(page: PageContext, role: string | undefined): string {
  const roles: Readonly<Record<string, string>> = messages(page.lang).pages.reageer.page.roles;
  return role === undefined ? inboxText(page).noRole : (roles[role] ?? role);
}

/** An ISO time as "YYYY-MM-DD HH:MM" (UTC). */
export function shortTime(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}
