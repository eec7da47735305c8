import type { ActiveSession } from "../../../curation/curation.js";
import { type CuratorRole, may } from "../../../domain/accounts.js";
import { messages } from "../../../domain/messages/index.js";
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
  if (may(session.curator.role, "manageAccounts")) items.push(["/beheer/accounts", text.accounts.title]);
  if (may(session.curator.role, "readAudit")) items.push(["/beheer/audit", text.audit.title]);
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

/** A short page with a title, one paragraph and a link back to /beheer. */
function messagePage(
  page: PageContext,
  status: PageStatus,
  title: string,
  body: string,
  back: string,
): RenderedPage {
  return {
    status,
    meta: { title, noIndex: true },
    body: (
      <>
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
          <a href={page.href("/beheer")}>{back}</a>
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
