import type { Child } from "hono/jsx";
import type { Actor } from "../../../curation/audit.js";
import type { FeedbackInbox } from "../../../curation/feedback-inbox.js";
import { seesContacts } from "../../../curation/feedback-inbox.js";
import { type InboxItem, MAX_NOTE_LENGTH, type RevisionSummary } from "../../../domain/feedback-inbox.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SelectField, SubmitActions, TextArea } from "../../components/form-fields/form-fields.js";
import { SummaryList, type SummaryRow } from "../../components/summary-list/summary-list.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage, WebContext } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import {
  AboutLink,
  inboxText,
  readStatus,
  requireInbox,
  senderRole,
  shortTime,
  statusChoices,
  statusName,
} from "./inbox-parts.js";
import { BeheerNav, CsrfField, Notice } from "./parts.js";

const ITEM_PATH = "/beheer/reacties/reactie";

/** What was saved, named in the address the form sends the curator back to (?opgeslagen=…). */
const SAVED = ["status", "note", "revision"] as const;
type Saved = (typeof SAVED)[number];

interface ItemView {
  readonly notice?: string | undefined;
  readonly errors?: readonly FormError[];
  /** The note as typed, when it was refused. */
  readonly note?: string;
}

function itemHref(page: PageContext, id: string, saved?: Saved): string {
  const query = new URLSearchParams({ id, ...(saved && { opgeslagen: saved }) });
  return `${page.href(ITEM_PATH)}?${query.toString()}`;
}

function revisionLabel(page: PageContext, revision: RevisionSummary): string {
  return inboxText(page).revisionLabel(revision.revision, revision.createdAt.slice(0, 10), revision.reason);
}

/** One of a message's forms: its CSRF token, the message's id, the field and the button. */
function ItemForm(props: { action: string; csrf: string; id: string; submit: string; children: Child }) {
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField token={props.csrf} />
      <input type="hidden" name="id" value={props.id} />
      {props.children}
      <SubmitActions label={props.submit} />
    </form>
  );
}

/** The message as its sender wrote it: one paragraph per line. */
function MessageText(props: { message: string }) {
  return (
    <blockquote class="hw-feedback-message">
      {props.message.split("\n").map((line) => (line.trim() === "" ? null : <p>{line}</p>))}
    </blockquote>
  );
}

/** The facts of one message; name and e-mail only for a role that sees them. */
function itemRows(
  page: PageContext,
  item: InboxItem,
  contacts: boolean,
  revisions: readonly RevisionSummary[],
): SummaryRow[] {
  const text = inboxText(page);
  const contact = (value: string | undefined) =>
    value ?? (item.erasedAt ? text.erased(item.erasedAt.slice(0, 10)) : text.notGiven);
  const handled = revisions.find((r) => r.revision === item.handledRevision);
  const rows: SummaryRow[] = [
    { key: text.received, value: <time datetime={item.createdAt}>{shortTime(item.createdAt)}</time> },
    { key: text.about, value: <AboutLink page={page} about={item.about} /> },
    { key: text.role, value: senderRole(page, item.role) },
    { key: text.status, value: statusName(page, item.status) },
    {
      key: text.revisionTitle,
      value: handled ? revisionLabel(page, handled) : (item.handledRevision ?? text.noRevision),
    },
    { key: text.updated, value: item.updatedAt ? shortTime(item.updatedAt) : text.never },
  ];
  if (contacts) {
    rows.push({ key: text.name, value: contact(item.name) }, { key: text.email, value: contact(item.email) });
  }
  return rows;
}

async function itemPage(
  page: PageContext,
  ctx: BeheerContext,
  item: InboxItem,
  view: ItemView,
  status: PageStatus,
): Promise<RenderedPage> {
  const { session, csrf } = ctx;
  if (!session) throw new Error("/beheer/reacties is guarded: a session is always there");
  const text = inboxText(page);
  const revisions = await requireInbox(ctx).revisions();
  const errors = view.errors ?? [];
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const title = `${text.detailTitle} ${shortTime(item.createdAt)}`;
  const contacts = seesContacts(session.curator.role);
  return {
    status,
    meta: { title, noIndex: true, hasErrors: errors.length > 0 },
    body: (
      <>
        <h1>{title}</h1>
        <BeheerNav page={page} session={session} />
        <p>
          <a href={page.href("/beheer/reacties")}>{text.back}</a>
        </p>
        <ErrorSummary t={page.t} errors={errors} />
        <Notice kind="ok" text={view.notice} />
        <h2>{text.message}</h2>
        <MessageText message={item.message} />
        <SummaryList rows={itemRows(page, item, contacts, revisions)} />
        {contacts ? null : <p class="hw-muted">{`${text.name}, ${text.email}: ${text.hidden}`}</p>}

        <h2>{text.statusTitle}</h2>
        <ItemForm
          action={page.href("/beheer/reacties/status")}
          csrf={csrf}
          id={item.id}
          submit={text.saveStatus}
        >
          <SelectField
            id="newStatus"
            name="status"
            label={text.status}
            value={item.status}
            choices={statusChoices(page)}
            error={errorFor("newStatus")}
          />
        </ItemForm>

        <h2>{text.noteTitle}</h2>
        <ItemForm
          action={page.href("/beheer/reacties/notitie")}
          csrf={csrf}
          id={item.id}
          submit={text.saveNote}
        >
          <TextArea
            id="note"
            name="note"
            label={text.note}
            hint={text.noteHint(MAX_NOTE_LENGTH)}
            value={view.note ?? item.note ?? ""}
            rows={5}
            error={errorFor("note")}
          />
        </ItemForm>

        <h2>{text.revisionTitle}</h2>
        <ItemForm
          action={page.href("/beheer/reacties/revisie")}
          csrf={csrf}
          id={item.id}
          submit={text.saveRevision}
        >
          <SelectField
            id="revision"
            name="revision"
            label={text.revision}
            hint={text.revisionHint}
            value={item.handledRevision === undefined ? "" : String(item.handledRevision)}
            choices={[
              { value: "", label: text.noRevision },
              ...revisions.map((r) => ({ value: String(r.revision), label: revisionLabel(page, r) })),
            ]}
            error={errorFor("revision")}
          />
        </ItemForm>
      </>
    ),
  };
}

/** 404: no message with this id (never was, or removed from the database). */
function notFound(page: PageContext): RenderedPage {
  const text = inboxText(page);
  return {
    status: 404,
    meta: { title: text.detailTitle, noIndex: true },
    body: (
      <>
        <h1>{text.detailTitle}</h1>
        <p>{text.notFound}</p>
        <p>
          <a href={page.href("/beheer/reacties")}>{text.back}</a>
        </p>
      </>
    ),
  };
}

function isSaved(value: unknown): value is Saved {
  return typeof value === "string" && (SAVED as readonly string[]).includes(value);
}

/** GET /beheer/reacties/reactie?id=…: one message with its facts and the forms to handle it. */
export const inboxItemPage: BeheerHandler = async (page, c, ctx) => {
  if (!ctx.session) throw new Error("/beheer/reacties is guarded: a session is always there");
  const item = await requireInbox(ctx).get((c.req.query("id") ?? "").slice(0, 100), ctx.session.curator.role);
  if (!item) return notFound(page);
  const saved = c.req.query("opgeslagen");
  const notice = isSaved(saved) ? inboxText(page).saved[saved] : undefined;
  return itemPage(page, ctx, item, { notice }, 200);
};

/** The form's fields as text, the message's id, the curator who sends it and the inbox. */
async function readPost(c: WebContext, ctx: BeheerContext) {
  const body = await c.req.parseBody();
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  if (!ctx.session) throw new Error("/beheer/reacties is guarded: a session is always there");
  const actor: Actor = { email: ctx.session.curator.email, address: ctx.address };
  return {
    field,
    id: field("id").slice(0, 100),
    actor,
    inbox: requireInbox(ctx),
    role: ctx.session.curator.role,
  };
}

/** After a refused change: the page again, with the error at its field (400), or 404. */
async function refused(
  page: PageContext,
  ctx: BeheerContext,
  inbox: FeedbackInbox,
  id: string,
  error: FormError,
  note?: string,
): Promise<RenderedPage> {
  const item = await inbox.get(id, ctx.session?.curator.role ?? "editor");
  if (!item) return notFound(page);
  return itemPage(page, ctx, item, { errors: [error], ...(note !== undefined && { note }) }, 400);
}

/** POST /beheer/reacties/status: new, in progress or done; back to the message. */
export const inboxStatusPost: BeheerHandler = async (page, c, ctx) => {
  const { field, id, actor, inbox } = await readPost(c, ctx);
  const status = readStatus(field("status"));
  if (!status)
    return refused(page, ctx, inbox, id, { fieldId: "newStatus", message: inboxText(page).errors.status });
  if (!(await inbox.setStatus(id, status, actor))) return notFound(page);
  return c.redirect(itemHref(page, id, "status"), 303);
};

/** POST /beheer/reacties/notitie: replaces the internal note; back to the message. */
export const inboxNotePost: BeheerHandler = async (page, c, ctx) => {
  const { field, id, actor, inbox } = await readPost(c, ctx);
  const note = field("note").slice(0, MAX_NOTE_LENGTH * 2);
  if (note.trim().length > MAX_NOTE_LENGTH) {
    const message = inboxText(page).errors.note(MAX_NOTE_LENGTH);
    return refused(page, ctx, inbox, id, { fieldId: "note", message }, note);
  }
  if (!(await inbox.setNote(id, note, actor))) return notFound(page);
  return c.redirect(itemHref(page, id, "note"), 303);
};

/** POST /beheer/reacties/revisie: links the revision that dealt with the message (empty: none). */
export const inboxRevisionPost: BeheerHandler = async (page, c, ctx) => {
  const { field, id, actor, inbox } = await readPost(c, ctx);
  const typed = field("revision");
  const revision = typed === "" ? undefined : Number(typed);
  const error = { fieldId: "revision", message: inboxText(page).errors.revision };
  if (revision !== undefined && !(Number.isInteger(revision) && revision > 0)) {
    return refused(page, ctx, inbox, id, error);
  }
  if (!(await inbox.linkRevision(id, revision, actor))) {
    return (await inbox.get(id, "editor")) ? refused(page, ctx, inbox, id, error) : notFound(page);
  }
  return c.redirect(itemHref(page, id, "revision"), 303);
};
