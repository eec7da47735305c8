import type { Child } from "hono/jsx";
import type { ActiveSession } from "../../../curation/sessions.js";
import { type CuratorRole, may } from "../../../domain/accounts.js";
import { messages } from "../../../domain/messages/index.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SubmitActions, TextField } from "../../components/form-fields/form-fields.js";
import { TableScroll } from "../../components/table-scroll/table-scroll.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import { BEHEER_CSRF_FIELD } from "./csrf-check.js";

/** The /beheer texts in the page's language. */
export function beheerText(page: PageContext) {
  return messages(page.lang).beheer;
}

/** A role as the reader says it. */
export function roleName(page: PageContext, role: CuratorRole): string {
  return beheerText(page).roles[role];
}

/** The hidden CSRF field of a /beheer form. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={BEHEER_CSRF_FIELD} value={props.token} />;
}

/** A confirmation (role=status) or a problem (role=alert) above a form. */
export function Notice(props: { kind: "ok" | "error"; text: string | undefined }) {
  if (!props.text) return null;
  return (
    <div class={`utrecht-alert utrecht-alert--${props.kind}`} role={props.kind === "ok" ? "status" : "alert"}>
      <p>{props.text}</p>
    </div>
  );
}

/** The /beheer pages' own menu: the start page and what the curator's role opens. */
export function BeheerNav(props: { page: PageContext; session: ActiveSession }) {
  const { page, session } = props;
  const text = beheerText(page);
  const items: [string, string][] = [["/beheer", text.start.title]];
  if (may(session.curator.role, "edit")) {
    items.push(
      ["/beheer/inhoud", text.history.indexTitle],
      ["/beheer/concepten", text.editing.draftsTitle],
      ["/beheer/kwaliteit", text.quality.title],
    );
  }
  if (may(session.curator.role, "manageAccounts")) items.push(["/beheer/accounts", text.accounts.title]);
  if (may(session.curator.role, "readAudit")) items.push(["/beheer/audit", text.audit.title]);
  if (may(session.curator.role, "handleFeedback")) items.push(["/beheer/reacties", text.inbox.title]);
  items.push(["/beheer/tokens", text.tokens.title]);
  return (
    <nav aria-label={text.title}>
      <ul>
        {items.map(([path, label]) => (
          <li>
            <a href={page.href(path)} aria-current={page.path === path ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A long unbroken text (an otpauth address, an API token) with a line-break opportunity
 * (wbr) every 16 characters, so it wraps on a 320 px screen; copying it still gives it unbroken.
 */
export function breakable(text: string) {
  const parts = text.match(/.{1,16}/g) ?? [];
  return parts.map((part, index) => (index === 0 ? part : [<wbr />, part]));
}

/**
 * A /beheer page with forms: its title, the menu, the error summary and a confirmation,
 * then the page's own content.
 */
export function beheerFormPage(
  page: PageContext,
  session: ActiveSession,
  head: {
    title: string;
    status: PageStatus;
    errors: readonly FormError[];
    notice?: string | undefined;
    /** A problem that belongs to no field (the form's fields are fine). */
    problem?: string | undefined;
  },
  content: Child,
): RenderedPage {
  return {
    status: head.status,
    meta: { title: head.title, noIndex: true, hasErrors: head.errors.length > 0 },
    body: (
      <>
        <h1>{head.title}</h1>
        <BeheerNav page={page} session={session} />
        <ErrorSummary t={page.t} errors={head.errors} />
        <Notice kind="ok" text={head.notice} />
        <Notice kind="error" text={head.problem} />
        {content}
      </>
    ),
  };
}

/** A short page with a title, one paragraph and a link back to /beheer (or to `backPath`). */
export function messagePage(
  page: PageContext,
  status: PageStatus,
  title: string,
  body: string,
  back: string,
  backPath = "/beheer",
): RenderedPage {
  return {
    status,
    meta: { title, noIndex: true },
    body: (
      <>
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
          <a href={page.href(backPath)}>{back}</a>
        </p>
      </>
    ),
  };
}

/** 403: the curator's role does not open this page. */
export function forbiddenPage(page: PageContext): RenderedPage {
  const text = beheerText(page).forbidden;
  return messagePage(page, 403, text.title, text.text, text.back);
}

/** 403: a form without a valid CSRF token; nothing was changed. */
export function csrfFailedPage(page: PageContext): RenderedPage {
  const text = beheerText(page).csrf;
  return messagePage(page, 403, text.title, text.text, text.back);
}

/**
 * A table of the /beheer pages: scrolls in its own region on a narrow screen, with the hint
 * that says so (TableScroll), a caption and column headings.
 */
export function BeheerTable(props: {
  page: PageContext;
  /** The caption's id; the scroll region's is derived from it. */
  id: string;
  caption: string;
  headings: readonly string[];
  children?: Child;
}) {
  return (
    <TableScroll page={props.page} id={`${props.id}-region`} labelledBy={props.id}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id={props.id}>
          {props.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {props.headings.map((label) => (
              <th class="utrecht-table__header-cell" scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{props.children}</tbody>
      </table>
    </TableScroll>
  );
}

/** The page number a list of /beheer was asked for (?pagina=N), 1 when absent or odd. */
export function requestedPageNumber(value: string | undefined): number {
  const requested = Number.parseInt(value ?? "1", 10);
  return Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
}

/**
 * Links to the newer and older page of a list shown newest first; `hasOlder` is known by
 * reading one item more than a page holds.
 */
export function PageLinks(props: {
  pageNumber: number;
  hasOlder: boolean;
  href: (pageNumber: number) => string;
  newer: string;
  older: string;
}) {
  const links: [string, string][] = [];
  if (props.pageNumber > 1) links.push([props.href(props.pageNumber - 1), props.newer]);
  if (props.hasOlder) links.push([props.href(props.pageNumber + 1), props.older]);
  if (links.length === 0) return null;
  return (
    <ul>
      {links.map(([href, label]) => (
        <li>
          <a href={href}>{label}</a>
        </li>
      ))}
    </ul>
  );
}

/** The six-digit code from an authenticator app, with the button that sends it (log-in and enrolment). */
export function TotpCodeForm(props: {
  action: string;
  csrf: string;
  label: string;
  hint: string;
  submit: string;
  error: string | undefined;
  children?: Child;
}) {
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField token={props.csrf} />
      {props.children}
      <TextField
        id="code"
        name="code"
        label={props.label}
        hint={props.hint}
        inputMode="numeric"
        autocomplete="one-time-code"
        maxLength={8}
        error={props.error}
      />
      <SubmitActions label={props.submit} />
    </form>
  );
}
