import { itemOf } from "../../../catalog/edited-content.js";
import type { Editing } from "../../../curation/editing.js";
import { fieldChanges } from "../../../curation/field-diff.js";
import { type ContentItemOfKind, versionAt } from "../../../domain/content-history.js";
import type { EditableKind } from "../../../domain/drafts.js";
import { isEditableKind } from "../../../domain/drafts.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerContext } from "./access.js";
import { FieldDiff } from "./field-diff.js";
import { itemName as nameOfItem } from "./history-parts.js";
import { beheerText } from "./parts.js";

export const DRAFTS_PATH = "/beheer/concepten";
export const DRAFT_PATH = "/beheer/concepten/concept";
export const EDIT_PATH = "/beheer/inhoud/bewerken";

/** The texts of drafts, review and publishing. */
export function editingText(page: PageContext) {
  return beheerText(page).editing;
}

/** The editing service; the app always makes one, so its absence is a wiring bug. */
export function requireEditing(ctx: BeheerContext): Editing {
  if (!ctx.editing) throw new Error("/beheer editing needs the app's Editing (app.ts makes it)");
  return ctx.editing;
}

/** An item kind from a query or form field (?soort=intervention). */
export function readKind(value: unknown): EditableKind | undefined {
  return isEditableKind(value) ? value : undefined;
}

/** What a curator calls an item: its name in the current catalogue, else its id (a new item). */
export function itemName(page: PageContext, kind: EditableKind, id: string): string {
  const item = itemOf(page.catalog, kind, id);
  return item === undefined ? id : nameOfItem(page, kind, item as ContentItemOfKind[EditableKind]);
}

/** The review page of one draft, with what just happened named in the address (?gedaan=…). */
export function draftHref(page: PageContext, id: string, done?: string): string {
  const query = new URLSearchParams({ id, ...(done && { gedaan: done }) });
  return `${page.href(DRAFT_PATH)}?${query.toString()}`;
}

/** The editor of one item. */
export function editHref(page: PageContext, kind: EditableKind, id: string): string {
  return `${page.href(EDIT_PATH)}?${new URLSearchParams({ soort: kind, id }).toString()}`;
}

/** The item as it was in a revision (0 or before it existed: undefined), from its history. */
export async function itemAt(
  ctx: BeheerContext,
  kind: EditableKind,
  id: string,
  revision: number,
): Promise<unknown> {
  if (!ctx.history || revision === 0) return undefined;
  return versionAt(await ctx.history.itemHistory(kind, id), revision)?.item;
}

/** A titled field-level difference between two versions of an item. */
export function ChangesSection(props: { page: PageContext; title: string; before: unknown; after: unknown }) {
  const { page } = props;
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{props.title}</h2>
      <FieldDiff page={page} changes={fieldChanges(props.before, props.after, page.lang)} />
    </section>
  );
}
