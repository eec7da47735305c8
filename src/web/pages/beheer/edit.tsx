import type { Child } from "hono/jsx";
import { itemIdOf } from "../../../catalog/edited-content.js";
import type { Draft, EditableKind } from "../../../domain/drafts.js";
import type { ContentProblem } from "../../../domain/types.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SubmitActions, TextArea } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage, WebContext } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import {
  ChangesSection,
  DRAFTS_PATH,
  draftHref,
  EDIT_PATH,
  editingText,
  itemAt,
  itemName,
  readKind,
  requireEditing,
} from "./editing-parts.js";
import { editorChoices } from "./editor/choice-lists.js";
import { ItemFields } from "./editor/item-fields.js";
import { parseItemForm } from "./editor/parse-form.js";
import { type FieldProblem, type ItemProblem, problemFields } from "./editor/problem-fields.js";
import { BeheerNav, CsrfField, Notice } from "./parts.js";

/** The form's id: a problem the edit causes in another item links to the form as a whole. */
const FORM_ID = "bewerken";

/** The most a reason may hold; it is a line in the history, not a document. */
const MAX_REASON_LENGTH = 500;

/** What the form is about: the item, and the draft and published revision it was filled from. */
interface EditTarget {
  readonly kind: EditableKind;
  /** Empty for a new item: its id comes from the form. */
  readonly itemId: string;
  readonly draft: Draft | undefined;
  /** The revision the edit builds on (the item's published version; 0 for a new item). */
  readonly baseRevision: number;
}

interface EditView {
  readonly item: unknown;
  readonly reason: string;
  readonly errors?: readonly FormError[];
  readonly notice?: { readonly kind: "ok" | "error"; readonly text: string } | undefined;
  /** Shown under the notice: what changed meanwhile (a diff), when there is something to take in. */
  readonly changes?: Child;
}

/** The field that names an item of a kind; the synonym list has none. */
function idField(kind: EditableKind): string | undefined {
  if (kind === "synonyms") return undefined;
  return kind === "situation" ? "code" : "id";
}

function editPage(
  page: PageContext,
  ctx: BeheerContext,
  target: EditTarget,
  view: EditView,
  status: PageStatus,
): RenderedPage {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const text = editingText(page);
  const errors = view.errors ?? [];
  const title = target.itemId
    ? text.editTitle(itemName(page, target.kind, target.itemId))
    : text.newTitle(text.kinds[target.kind]);
  const { draft } = target;
  return {
    status,
    meta: { title, noIndex: true, hasErrors: errors.length > 0 },
    body: (
      <>
        <h1>{title}</h1>
        <BeheerNav page={page} session={session} />
        <ErrorSummary t={page.t} errors={errors} />
        <Notice kind={view.notice?.kind ?? "ok"} text={view.notice?.text} />
        {view.changes}
        <p>{text.editLead}</p>
        {draft ? (
          <p>
            {text.editingDraft(draft.latest.version, draft.latest.savedBy)}{" "}
            <a href={draftHref(page, draft.id)}>{text.viewDraft}</a>
          </p>
        ) : null}
        <form id={FORM_ID} method="post" action={page.href(EDIT_PATH)} novalidate>
          <CsrfField token={ctx.csrf} />
          <input type="hidden" name="soort" value={target.kind} />
          <input type="hidden" name="onderdeel" value={target.itemId} />
          <input type="hidden" name="concept" value={draft?.id ?? ""} />
          <input type="hidden" name="versie" value={draft ? String(draft.latest.version) : ""} />
          <input type="hidden" name="basis" value={String(target.baseRevision)} />
          <ItemFields
            lang={page.lang}
            kind={target.kind}
            item={view.item}
            options={editorChoices(page.catalog, page.lang)}
            errors={errors as readonly FieldProblem[]}
            fixed={target.itemId === "" ? [] : [idField(target.kind) ?? ""]}
          />
          <TextArea
            id="reden"
            name="reden"
            label={text.reason}
            hint={text.reasonHint}
            value={view.reason}
            rows={2}
            error={errors.find((e) => e.fieldId === "reden")?.message}
          />
          <SubmitActions label={text.save} />
        </form>
        <p>
          <a href={page.href(DRAFTS_PATH)}>{text.backToDrafts}</a>
        </p>
      </>
    ),
  };
}

function simplePage(page: PageContext, status: 400 | 404, message: string): RenderedPage {
  const text = editingText(page);
  return {
    status,
    meta: { title: text.draftsTitle, noIndex: true },
    body: (
      <>
        <h1>{text.draftsTitle}</h1>
        <p>{message}</p>
        <p>
          <a href={page.href(DRAFTS_PATH)}>{text.backToDrafts}</a>
        </p>
      </>
    ),
  };
}

/**
 * GET /beheer/inhoud/bewerken?soort=…&id=… (or &nieuw=1): the item's form, filled from its
 * open draft when there is one, else from the published version.
 */
export const editFormPage: BeheerHandler = async (page, c, ctx) => {
  const text = editingText(page);
  const kind = readKind(c.req.query("soort"));
  const isNew = c.req.query("nieuw") !== undefined && kind !== undefined && idField(kind) !== undefined;
  const itemId = kind === "synonyms" ? "synonyms" : (c.req.query("id") ?? "").slice(0, 100);
  if (!kind || (!isNew && itemId === "")) return simplePage(page, 400, text.badRequest);
  const editing = requireEditing(ctx);
  if (isNew) {
    const target = { kind, itemId: "", draft: undefined, baseRevision: 0 };
    return editPage(page, ctx, target, { item: {}, reason: "" }, 200);
  }
  const { published, draft } = await editing.startingPoint(kind, itemId);
  if (!published && !draft) return simplePage(page, 404, text.itemNotFound);
  const baseRevision = published?.revision ?? 0;
  const target = { kind, itemId, draft, baseRevision };
  const item = draft ? draft.latest.data : published?.data;
  const baseMoved = draft !== undefined && draft.latest.baseRevision !== baseRevision;
  if (!baseMoved) return editPage(page, ctx, target, { item, reason: draft?.latest.reason ?? "" }, 200);
  // The item was published since the draft began: show what changed then, and saving builds on it.
  const notice = { kind: "error" as const, text: text.baseChanged(baseRevision) };
  const base = await itemAt(ctx, kind, itemId, draft.latest.baseRevision);
  const changes = (
    <ChangesSection page={page} title={text.publishedChangesTitle} before={base} after={published?.data} />
  );
  return editPage(page, ctx, target, { item, reason: draft.latest.reason, notice, changes }, 200);
};

/** The posted form: the item as typed, and what the form was filled from. */
async function readEditPost(c: WebContext) {
  const body = await c.req.parseBody({ all: true });
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  const version = Number(field("versie"));
  const base = Number(field("basis"));
  return {
    kind: readKind(field("soort")),
    itemId: field("onderdeel").slice(0, 100),
    draftId: field("concept") === "" ? undefined : field("concept").slice(0, 100),
    expectedVersion: field("versie") !== "" && Number.isInteger(version) ? version : undefined,
    baseRevision: Number.isInteger(base) && base >= 0 ? base : 0,
    reason: field("reden").trim().slice(0, MAX_REASON_LENGTH),
    body,
  };
}

/**
 * POST /beheer/inhoud/bewerken: checks the item as `content validate` would, with the rest
 * of the knowledge base, and saves it as a draft version only when all is well.
 */
export const editPost: BeheerHandler = async (page, c, ctx) => {
  const text = editingText(page);
  const post = await readEditPost(c);
  const { kind } = post;
  if (!kind || (post.itemId === "" && idField(kind) === undefined))
    return simplePage(page, 400, text.badRequest);
  if (!ctx.session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const editing = requireEditing(ctx);
  const item = parseItemForm(kind, post.body);
  const isNew = post.itemId === "";
  const itemId = isNew ? (itemIdOf(kind, item) ?? "") : post.itemId;
  const { published, draft } = await editing.startingPoint(kind, itemId);
  const target: EditTarget = { kind, itemId: post.itemId, draft, baseRevision: post.baseRevision };

  // Problems of the form itself: no reason, an existing item's id changed, a new id taken.
  const ownProblems: { path: PropertyKey[]; message: string }[] = [];
  const id = idField(kind);
  if (id && !isNew && itemIdOf(kind, item) !== post.itemId)
    ownProblems.push({ path: [id], message: text.idFixed });
  if (id && isNew && itemId !== "" && (published || draft))
    ownProblems.push({ path: [id], message: text.idTaken });
  const reasonError = post.reason === "" ? [{ fieldId: "reden", message: text.reasonMissing }] : [];
  if (ownProblems.length > 0 || reasonError.length > 0) {
    // Every problem at once, the content check's too, so one round of corrections is enough.
    const checked = await editing.problems(kind, itemId, item);
    const errors = [
      ...formErrors(kind, page, [...ownProblems, ...checked.inItem], checked.elsewhere),
      ...reasonError,
    ];
    return editPage(page, ctx, target, { item, reason: post.reason, errors }, 400);
  }

  const outcome = await editing.saveDraft({
    kind,
    itemId,
    item,
    draftId: post.draftId,
    expectedVersion: post.expectedVersion,
    baseRevision: post.baseRevision,
    reason: post.reason,
    actor: { curator: ctx.session.curator, address: ctx.address },
  });
  if (outcome.ok) return c.redirect(draftHref(page, outcome.draft.id, "opgeslagen"), 303);
  if ("conflict" in outcome) {
    // Someone else saved first: keep this curator's input, and let the next save be deliberate.
    const conflict = outcome.conflict;
    const notice = {
      kind: "error" as const,
      text: text.conflict(conflict.latest.savedBy, conflict.latest.version),
    };
    const next = { ...target, draft: conflict };
    const changes = (
      <ChangesSection
        page={page}
        title={text.conflictChangesTitle}
        before={conflict.latest.data}
        after={item}
      />
    );
    return editPage(page, ctx, next, { item, reason: post.reason, notice, changes }, 409);
  }
  const errors = formErrors(kind, page, outcome.problems.inItem, outcome.problems.elsewhere);
  return editPage(page, ctx, target, { item, reason: post.reason, errors }, 400);
};

/**
 * The error summary's entries: the item's own problems at their fields, and what the edit
 * breaks in another item (named by its file) at the form as a whole.
 */
function formErrors(
  kind: EditableKind,
  page: PageContext,
  inItem: readonly ItemProblem[],
  elsewhere: readonly ContentProblem[],
): FormError[] {
  return [
    ...problemFields(kind, inItem, page.lang),
    ...elsewhere.map((problem) => ({
      fieldId: FORM_ID,
      message: `${problem.file}${problem.path ? ` › ${problem.path}` : ""}: ${problem.message}`,
    })),
  ];
}
