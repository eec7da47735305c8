import { type ContentItemOfKind, SYNONYMS_ITEM_ID } from "../domain/content-history.js";
import {
  harmfulPracticeSchema,
  interventionSchema,
  preconditionSchema,
  situationSchema,
  sourceDocumentSchema,
  synonymsFileSchema,
} from "../domain/content-schema.js";
import type { ContentBundle } from "../domain/types.js";
import { canonicalJson } from "../lib/canonical-json.js";
import type { ContentItemKind } from "./schema.js";

/**
 * A knowledge base as the database keeps it: one item per intervention, harmful
 * practice, situation, precondition and source, plus the synonym list as a whole.
 * This module only maps; it does no I/O.
 */
export interface ContentItem {
  readonly kind: ContentItemKind;
  readonly id: string;
  /** Place in its file (0-based), so loading gives back the curator's order. */
  readonly position: number;
  /** Canonical JSON (sorted keys): two equal items always have equal text. */
  readonly data: string;
}

/** One item per element of a list, in list order: the position keeps the curator's order. */
function itemsOfKind<T>(kind: ContentItemKind, list: readonly T[], idOf: (item: T) => string): ContentItem[] {
  return list.map((item, position) => ({ kind, id: idOf(item), position, data: canonicalJson(item) }));
}

/** Splits a bundle into its items. */
export function bundleToItems(bundle: ContentBundle): ContentItem[] {
  return [
    ...itemsOfKind("intervention", bundle.interventions, (i) => i.id),
    ...itemsOfKind("harmful-practice", bundle.harmfulPractices, (h) => h.id),
    ...itemsOfKind("situation", bundle.situations, (s) => s.code),
    ...itemsOfKind("precondition", bundle.preconditions, (p) => p.id),
    ...itemsOfKind("source", bundle.sources, (s) => s.id),
    { kind: "synonyms", id: SYNONYMS_ITEM_ID, position: 0, data: canonicalJson(bundle.synonyms) },
  ];
}

/** Same order every time: by position in the file, then by id (ties only after a hand edit). */
function inFileOrder(list: readonly ContentItem[], kind: ContentItemKind): ContentItem[] {
  return list
    .filter((item) => item.kind === kind)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The schema each kind's stored JSON is read with; the synonym list is stored as its groups. */
const ITEM_SCHEMAS: { readonly [K in ContentItemKind]: { parse(data: unknown): ContentItemOfKind[K] } } = {
  intervention: interventionSchema,
  "harmful-practice": harmfulPracticeSchema,
  situation: situationSchema,
  precondition: preconditionSchema,
  source: sourceDocumentSchema,
  synonyms: { parse: (data) => synonymsFileSchema.parse({ synonyms: data }).synonyms },
};

/**
 * One stored item's JSON as its domain object. It goes through its schema again, so
 * what leaves the database is a checked domain object, not a row.
 */
export function parseItem<K extends ContentItemKind>(kind: K, data: string): ContentItemOfKind[K] {
  return ITEM_SCHEMAS[kind].parse(JSON.parse(data));
}

/** Rebuilds a bundle from stored items, each checked by parseItem. */
export function itemsToBundle(list: readonly ContentItem[]): ContentBundle {
  const parse = <K extends ContentItemKind>(kind: K): ContentItemOfKind[K][] =>
    inFileOrder(list, kind).map((item) => parseItem(kind, item.data));
  const synonymsItem = list.find((item) => item.kind === "synonyms");
  return {
    interventions: parse("intervention"),
    harmfulPractices: parse("harmful-practice"),
    situations: parse("situation"),
    preconditions: parse("precondition"),
    sources: parse("source"),
    synonyms: synonymsItem ? parseItem("synonyms", synonymsItem.data) : [],
  };
}

/** What one import changes: items to write as new versions and items to mark deleted. */
export interface ContentChanges {
  readonly written: readonly ContentItem[];
  readonly deleted: readonly ContentItem[];
}

/** Compares the new items with the current ones; an item is written again only when it differs. */
export function diffItems(current: readonly ContentItem[], next: readonly ContentItem[]): ContentChanges {
  const key = (item: ContentItem) => `${item.kind}\u0000${item.id}`;
  const currentByKey = new Map(current.map((item) => [key(item), item]));
  const nextKeys = new Set(next.map(key));
  const written = next.filter((item) => {
    const before = currentByKey.get(key(item));
    return !before || before.data !== item.data || before.position !== item.position;
  });
  const deleted = current.filter((item) => !nextKeys.has(key(item)));
  return { written, deleted };
}
