import type { PublishRefusal } from "../../../curation/editing.js";
import { may } from "../../../domain/accounts.js";
import type { Draft } from "../../../domain/drafts.js";
import type { ContentProblem } from "../../../domain/types.js";
import { SubmitActions } from "../../components/form-fields/form-fields.js";
import { SummaryList, type SummaryRow } from "../../components/summary-list/summary-list.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage, WebContext } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import {
  ChangesSection,
  DRAFTS_PATH,
  draftHref,
  editHref,
  editingText,
  itemAt,
  itemName,
  requireEditing,
} from "./editing-parts.js";
import { revisionTime } from "./history-parts.js";
import { BeheerNav, CsrfField, Notice } from "./parts.js";

/** What the review page reports after a POST that worked (?gedaan=…). */
const DONE = ["gepubliceerd", "ingetrokken", "opgeslagen"] as const;

interface DraftView {
  readonly notice?: { kind: "ok" | "error"; text: string } | undefined;
  /** Problems found when publishing, listed under the notice. */
  readonly problems?: readonly ContentProblem[];
}

function draftRows(page: PageContext, draft: Draft): SummaryRow[] {
  const text = editingText(page);
  const status =
    draft.publishedRevision === undefined
      ? text.statuses[draft.status]
      : text.publishedAs(draft.publishedRevision);
  return [
    { key: text.facts.kind, value: text.kinds[draft.kind] },
    { key: text.facts.status, value: status },
    { key: text.facts.version, value: String(draft.latest.version) },
    { key: text.facts.authors, value: draft.authors.join(", ") },
    {
      key: text.facts.savedAt,
      value: <time datetime={draft.latest.savedAt}>{revisionTime(page, draft.latest.savedAt)}</time>,
    },
    { key: text.facts.reason, value: draft.latest.reason },
    { key: text.facts.base, value: text.facts.baseRevision(draft.latest.baseRevision) },
  ];
}

/** A form that acts on this draft at the version the curator sees. */
function DraftForm(props: {
  page: PageContext;
  action: string;
  csrf: string;
  draft: Draft;
  submit: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={props.page.href(props.action)} novalidate>
      <CsrfField token={props.csrf} />
      <input type="hidden" name="id" value={props.draft.id} />
      <input type="hidden" name="versie" value={String(props.draft.latest.version)} />
      <SubmitActions label={props.submit} secondary={props.secondary} />
    </form>
  );
}

/** Publishing, for a reviewer; under four eyes not for someone who wrote part of the draft. */
function PublishSection(props: { page: PageContext; ctx: BeheerContext; draft: Draft }) {
  const { page, ctx, draft } = props;
  const text = editingText(page);
  const session = ctx.session;
  if (!session || draft.status !== "open") return null;
  const editing = requireEditing(ctx);
  const own = draft.authors.includes(session.curator.email) && !editing.allowSelfPublish;
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{text.publishTitle}</h2>
      {!may(session.curator.role, "review") ? (
        <p>{text.mayNotPublish}</p>
      ) : own ? (
        <p>{text.refused["own-draft"]}</p>
      ) : (
        <>
          <p>{text.publishLead}</p>
          <DraftForm
            page={page}
            action="/beheer/concepten/publiceren"
            csrf={ctx.csrf}
            draft={draft}
            submit={text.publish}
          />
        </>
      )}
    </section>
  );
}

async function draftPage(
  page: PageContext,
  ctx: BeheerContext,
  draft: Draft,
  view: DraftView,
  status: PageStatus,
): Promise<RenderedPage> {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/concepten is guarded: a session is always there");
  const text = editingText(page);
  const title = text.draftTitle(itemName(page, draft.kind, draft.itemId));
  // An open draft against what publishing would replace; a decided one against where it began.
  const before =
    draft.status === "open"
      ? (await requireEditing(ctx).startingPoint(draft.kind, draft.itemId)).published?.data
      : await itemAt(ctx, draft.kind, draft.itemId, draft.latest.baseRevision);
  return {
    status,
    meta: { title, noIndex: true },
    body: (
      <>
        <h1>{title}</h1>
        <BeheerNav page={page} session={session} />
        <p>
          <a href={page.href(DRAFTS_PATH)}>{text.backToDrafts}</a>
        </p>
        <Notice kind={view.notice?.kind ?? "ok"} text={view.notice?.text} />
        {view.problems && view.problems.length > 0 ? (
          <ul>
            {view.problems.map((problem) => (
              <li>{`${problem.path || problem.file}: ${problem.message}`}</li>
            ))}
          </ul>
        ) : null}
        <SummaryList rows={draftRows(page, draft)} />
        {draft.status === "open" ? (
          <p>
            <a href={editHref(page, draft.kind, draft.itemId)}>{text.editDraft}</a>
          </p>
        ) : null}
        <ChangesSection page={page} title={text.changesTitle} before={before} after={draft.latest.data} />
        <PublishSection page={page} ctx={ctx} draft={draft} />
        {draft.status === "open" ? (
          <section aria-labelledby="withdraw-title">
            <h2 id="withdraw-title">{text.withdrawTitle}</h2>
            <p>{text.withdrawLead}</p>
            <DraftForm
              page={page}
              action="/beheer/concepten/intrekken"
              csrf={ctx.csrf}
              draft={draft}
              submit={text.withdraw}
              secondary
            />
          </section>
        ) : null}
      </>
    ),
  };
}

function notFound(page: PageContext): RenderedPage {
  const text = editingText(page);
  return {
    status: 404,
    meta: { title: text.draftsTitle, noIndex: true },
    body: (
      <>
        <h1>{text.draftsTitle}</h1>
        <p>{text.notFound}</p>
        <p>
          <a href={page.href(DRAFTS_PATH)}>{text.backToDrafts}</a>
        </p>
      </>
    ),
  };
}

/** GET /beheer/concepten/concept?id=…: one draft, its changes, and the forms to publish or withdraw it. */
export const draftReviewPage: BeheerHandler = async (page, c, ctx) => {
  const draft = await requireEditing(ctx).draft((c.req.query("id") ?? "").slice(0, 100));
  if (!draft) return notFound(page);
  const done = c.req.query("gedaan");
  const text = editingText(page);
  const notice =
    done === DONE[0] && draft.publishedRevision !== undefined
      ? { kind: "ok" as const, text: text.published(draft.publishedRevision) }
      : done === DONE[1]
        ? { kind: "ok" as const, text: text.withdrawn }
        : done === DONE[2]
          ? { kind: "ok" as const, text: text.saved(draft.latest.version) }
          : undefined;
  return draftPage(page, ctx, draft, { notice }, 200);
};

/** The posted draft id and version, and who posts them. */
async function readDraftPost(c: WebContext, ctx: BeheerContext) {
  const body = await c.req.parseBody();
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  if (!ctx.session) throw new Error("/beheer/concepten is guarded: a session is always there");
  const version = Number(field("versie"));
  return {
    id: field("id").slice(0, 100),
    version: Number.isInteger(version) ? version : -1,
    actor: { curator: ctx.session.curator, address: ctx.address },
  };
}

/** The page again with why nothing happened (409: the draft or the knowledge base moved on). */
async function refusedPage(
  page: PageContext,
  ctx: BeheerContext,
  id: string,
  refusal: PublishRefusal,
): Promise<RenderedPage> {
  const draft = await requireEditing(ctx).draft(id);
  if (!draft) return notFound(page);
  const problems =
    refusal.refused === "invalid" ? [...refusal.problems.inItem, ...refusal.problems.elsewhere] : [];
  const status = refusal.refused === "own-draft" ? 403 : refusal.refused === "invalid" ? 422 : 409;
  // Whatever went wrong, a draft that is no longer open is the thing to say.
  const reason = draft.status === "open" ? refusal.refused : "not-open";
  const notice = { kind: "error" as const, text: editingText(page).refused[reason] };
  return draftPage(page, ctx, draft, { notice, problems }, status);
}

/** POST /beheer/concepten/publiceren: a reviewer publishes the draft at the version they saw. */
export const publishPost: BeheerHandler = async (page, c, ctx) => {
  const { id, version, actor } = await readDraftPost(c, ctx);
  const outcome = await requireEditing(ctx).publish({ draftId: id, version, actor });
  if (!outcome.ok) return refusedPage(page, ctx, id, outcome);
  return c.redirect(draftHref(page, id, DONE[0]), 303);
};

/** POST /beheer/concepten/intrekken: the draft is given up (its versions stay). */
export const withdrawPost: BeheerHandler = async (page, c, ctx) => {
  const { id, version, actor } = await readDraftPost(c, ctx);
  const withdrawn = await requireEditing(ctx).withdraw(id, version, actor);
  if (!withdrawn) return refusedPage(page, ctx, id, { refused: "draft-changed" });
  return c.redirect(draftHref(page, id, DONE[1]), 303);
};
