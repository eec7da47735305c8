import type { Editing } from "../../../curation/editing.js";
import type { EditableKind } from "../../../domain/drafts.js";
import { isEditableKind } from "../../../domain/drafts.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerContext } from "./access.js";
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

/** What a curator calls an item: its name in the current catalogue, else its id. */
export function itemName(page: PageContext, kind: EditableKind, id: string): string {
  const { catalog, lang } = page;
  switch (kind) {
    case "intervention":
      return catalog.interventions.find((i) => i.id === id)?.name ?? id;
    case "harmful-practice":
      return catalog.harmfulPractices.find((h) => h.id === id)?.name[lang] ?? id;
    case "situation":
      return catalog.situations.find((s) => s.code === id)?.label[lang] ?? id;
    case "precondition":
      return catalog.preconditions.find((p) => p.id === id)?.label[lang] ?? id;
    case "source":
      return catalog.sourceById.get(id)?.title ?? id;
    case "synonyms":
      return editingText(page).synonymsItem;
  }
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
