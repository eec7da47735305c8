import { fieldChanges } from "../../../curation/field-diff.js";
import type { ItemVersion } from "../../../domain/content-history.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SubmitActions, TextArea } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage, WebContext } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import { editingText, requireEditing } from "./editing-parts.js";
import { FieldDiff } from "./field-diff.js";
import {
  historyHref,
  historyPage,
  historyProblemPage,
  historyText,
  isLoaded,
  type LoadedHistory,
  loadHistory,
} from "./history-parts.js";
import { CsrfField, Notice } from "./parts.js";

export const REVERT_PATH = "/beheer/inhoud/terugzetten";

/** The most a reason may hold, as for a draft's. */
const MAX_REASON_LENGTH = 500;

/** The confirmation page's address: the item and the revision to go back to. */
export function revertHref(page: PageContext, history: LoadedHistory, revision: number): string {
  const query = new URLSearchParams({ soort: history.kind, id: history.id, revisie: String(revision) });
  return `${page.href(REVERT_PATH)}?${query.toString()}`;
}

/** The item's history and the version asked for (?revisie=N, one of the item's own revisions). */
async function loadTarget(
  page: PageContext,
  c: WebContext,
  ctx: BeheerContext,
): Promise<{ history: LoadedHistory; target: ItemVersion } | RenderedPage> {
  const history = await loadHistory(page, c, ctx);
  if (!isLoaded(history)) return history;
  const text = historyText(page);
  const revision = Number(c.req.query("revisie"));
  if (!Number.isInteger(revision)) return historyProblemPage(page, 400, editingText(page).badRevertRevision);
  const target = history.versions.find((version) => version.revision === revision);
  if (!target) return historyProblemPage(page, 404, text.notFoundRevision);
  return { history, target };
}

function revertPage(
  page: PageContext,
  ctx: BeheerContext,
  loaded: { history: LoadedHistory; target: ItemVersion },
  view: { reason: string; errors?: readonly FormError[]; notice?: string },
  status: PageStatus,
): RenderedPage {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const { history, target } = loaded;
  const text = editingText(page);
  const current = history.versions.at(-1);
  const errors = view.errors ?? [];
  const rendered = historyPage(
    page,
    session,
    {
      title: text.revertTitle(history.name, target.revision),
      back: { href: historyHref(page, history.kind, history.id), label: historyText(page).toHistory },
      lead: text.revertLead(target.revision),
    },
    <>
      <ErrorSummary t={page.t} errors={errors} />
      <Notice kind="error" text={view.notice} />
      <h2>{text.revertChangesTitle}</h2>
      <FieldDiff page={page} changes={fieldChanges(current?.item, target.item, page.lang)} />
      <form method="post" action={revertHref(page, history, target.revision)} novalidate>
        <CsrfField token={ctx.csrf} />
        <TextArea
          id="reden"
          name="reden"
          label={text.revertReason}
          value={view.reason}
          rows={2}
          error={errors.find((e) => e.fieldId === "reden")?.message}
        />
        <SubmitActions label={text.revertSubmit} />
      </form>
    </>,
  );
  return { ...rendered, status, meta: { ...rendered.meta, hasErrors: errors.length > 0 } };
}

/** GET /beheer/inhoud/terugzetten?soort=…&id=…&revisie=N: what setting back changes, and the form to do it. */
export const revertFormPage: BeheerHandler = async (page, c, ctx) => {
  const loaded = await loadTarget(page, c, ctx);
  if (!("target" in loaded)) return loaded;
  return revertPage(page, ctx, loaded, { reason: "" }, 200);
};

/** POST /beheer/inhoud/terugzetten?…: a new revision with the item as it was in revision N. */
export const revertPost: BeheerHandler = async (page, c, ctx) => {
  const loaded = await loadTarget(page, c, ctx);
  if (!("target" in loaded)) return loaded;
  if (!ctx.session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const text = editingText(page);
  const body = await c.req.parseBody();
  const reason = (typeof body.reden === "string" ? body.reden : "").trim().slice(0, MAX_REASON_LENGTH);
  if (reason === "") {
    const errors = [{ fieldId: "reden", message: text.revertReasonMissing }];
    return revertPage(page, ctx, loaded, { reason, errors }, 400);
  }
  const { history, target } = loaded;
  const outcome = await requireEditing(ctx).revert({
    kind: history.kind,
    itemId: history.id,
    content: target.item,
    revision: target.revision,
    reason,
    actor: { curator: ctx.session.curator, address: ctx.address },
  });
  if (!outcome.ok)
    return revertPage(page, ctx, loaded, { reason, notice: text.refused[outcome.refused] }, 409);
  const query = new URLSearchParams({ teruggezet: String(outcome.revision), naar: String(target.revision) });
  return c.redirect(`${historyHref(page, history.kind, history.id)}&${query.toString()}`, 303);
};
