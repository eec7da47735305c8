import type { Child } from "hono/jsx";
import type { ActiveSession } from "../../../curation/sessions.js";
import type { ContentHistory, ContentItemOfKind, ItemVersion } from "../../../domain/content-history.js";
import { EDITABLE_KINDS, type EditableKind, isEditableKind } from "../../../domain/drafts.js";
import { localize } from "../../../domain/text.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage, WebContext } from "../../web-env.js";
import type { BeheerContext } from "./access.js";
import { BeheerNav, beheerText, messagePage } from "./parts.js";

/** The content index, one item's history and the difference of two of its revisions. */
export const CONTENT_PATH = "/beheer/inhoud";
export const HISTORY_PATH = "/beheer/inhoud/geschiedenis";
export const DIFF_PATH = "/beheer/inhoud/verschil";

/** The /beheer/inhoud texts in the page's language. */
export function historyText(page: PageContext) {
  return beheerText(page).history;
}

/** The address of one item's history (?soort=…&id=…). */
export function historyHref(page: PageContext, kind: EditableKind, id: string): string {
  return `${page.href(HISTORY_PATH)}?${new URLSearchParams({ soort: kind, id }).toString()}`;
}

/** The address of the difference between two of an item's revisions. */
export function diffHref(
  page: PageContext,
  kind: EditableKind,
  id: string,
  from: number,
  to: number,
): string {
  const query = new URLSearchParams({ soort: kind, id, van: String(from), tot: String(to) });
  return `${page.href(DIFF_PATH)}?${query.toString()}`;
}

/** What a curator calls an item: its name or label in the page's language; the synonym list by that name. */
export function itemName<K extends EditableKind>(
  page: PageContext,
  kind: K,
  item: ContentItemOfKind[K],
): string {
  const value = item as ContentItemOfKind[EditableKind];
  switch (kind) {
    case "intervention":
      return (value as ContentItemOfKind["intervention"]).name;
    case "harmful-practice":
      return localize((value as ContentItemOfKind["harmful-practice"]).name, page.lang);
    case "situation":
    case "precondition":
      return localize((value as ContentItemOfKind["situation" | "precondition"]).label, page.lang);
    case "source":
      return (value as ContentItemOfKind["source"]).title;
    default:
      return historyText(page).synonymsName;
  }
}

/** A revision's moment as a reader in the Netherlands reads it, e.g. "6 december 2026 om 09:00". */
export function revisionTime(page: PageContext, iso: string): string {
  return historyText(page).revisionTime(iso);
}

/** A short page that says why nothing is shown (404, 400), with the way back to the index. */
export function historyProblemPage(page: PageContext, status: PageStatus, message: string): RenderedPage {
  const text = historyText(page);
  const title = status === 404 ? text.notFoundTitle : text.badRequestTitle;
  return messagePage(page, status, title, message, text.toIndex, CONTENT_PATH);
}

/** The head every history page shares: title, the /beheer menu, the way back, and what the page shows. */
export function historyPage(
  page: PageContext,
  session: ActiveSession,
  head: { title: string; back: { href: string; label: string }; lead: string },
  content: Child,
): RenderedPage {
  return {
    meta: { title: head.title, noIndex: true },
    body: (
      <>
        <h1>{head.title}</h1>
        <BeheerNav page={page} session={session} />
        <p>
          <a href={head.back.href}>{head.back.label}</a>
        </p>
        <p class="hw-lead">{head.lead}</p>
        {content}
      </>
    ),
  };
}

/** One item's history as a page needs it: which item, what it is called, and its versions (oldest first). */
export interface LoadedHistory<K extends EditableKind = EditableKind> {
  readonly kind: K;
  readonly id: string;
  readonly name: string;
  readonly versions: readonly ItemVersion<K>[];
}

function requireHistory(ctx: BeheerContext): ContentHistory {
  if (!ctx.history) throw new Error("/beheer/inhoud needs a store that keeps the content's history");
  return ctx.history;
}

/**
 * Reads ?soort=…&id=… and loads that item's versions. A kind that is not one, or no id, is
 * a bad address (400); an item that never existed is not found (404).
 */
export async function loadHistory(
  page: PageContext,
  c: WebContext,
  ctx: BeheerContext,
): Promise<LoadedHistory | RenderedPage> {
  const text = historyText(page);
  const kind = c.req.query("soort");
  const id = (c.req.query("id") ?? "").trim().slice(0, 200);
  if (!isEditableKind(kind)) return historyProblemPage(page, 400, text.badKind(EDITABLE_KINDS.join(", ")));
  if (id === "") return historyProblemPage(page, 400, text.badId);
  const versions = await requireHistory(ctx).itemHistory(kind, id);
  // A removed item keeps the name it had last.
  const named = [...versions].reverse().find((version) => version.item !== undefined)?.item;
  if (!named) return historyProblemPage(page, 404, text.notFoundItem);
  return { kind, id, name: itemName(page, kind, named), versions };
}

/** Whether a page's loading gave an item's history or a problem page to show instead. */
export function isLoaded(result: LoadedHistory | RenderedPage): result is LoadedHistory {
  return "versions" in result;
}
