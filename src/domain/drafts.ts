import type { ContentBundle, RevisionMeta } from "./types.js";

/**
 * Drafts: a change to one knowledge-base item on its way to a revision (issue 15,
 * items 2–4, decision 095). An editor saves drafts; a reviewer who wrote none of it
 * publishes it as a new revision. No I/O: the store keeps drafts (src/db), src/curation
 * validates and decides, the pages show them.
 */

/**
 * The kinds of item a knowledge base is made of, each stored and edited one item at a
 * time (the synonym groups as one item): the database's item kinds and the editor's.
 */
export const EDITABLE_KINDS = [
  "intervention",
  "harmful-practice",
  "situation",
  "precondition",
  "source",
  "synonyms",
] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export function isEditableKind(value: unknown): value is EditableKind {
  return typeof value === "string" && (EDITABLE_KINDS as readonly string[]).includes(value);
}

/** open: being edited or waiting for review; published: became a revision; withdrawn: given up. */
export const DRAFT_STATUSES = ["open", "published", "withdrawn"] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** One save of a draft. */
export interface DraftVersion {
  readonly version: number;
  /** The revision of the item's published version this edit started from; 0: a new item. */
  readonly baseRevision: number;
  /** The item as the editor left it (canonical JSON parsed back; checked again at publish). */
  readonly data: unknown;
  readonly reason: string;
  /** E-mail address of the curator who saved it. */
  readonly savedBy: string;
  readonly savedAt: string;
}

/** A draft with its newest version. */
export interface Draft {
  readonly id: string;
  readonly kind: EditableKind;
  readonly itemId: string;
  readonly status: DraftStatus;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly decidedBy: string | undefined;
  readonly decidedAt: string | undefined;
  readonly publishedRevision: number | undefined;
  readonly latest: DraftVersion;
  /** Everyone who saved a version: none of them may publish it under four eyes. */
  readonly authors: readonly string[];
}

/** A save as the editor sends it. */
export interface DraftSave {
  /** Undefined: start a new draft for the item. */
  readonly draftId: string | undefined;
  /** The version the editor's form was filled from; a newer one means someone else saved meanwhile. */
  readonly expectedVersion: number | undefined;
  readonly kind: EditableKind;
  readonly itemId: string;
  readonly baseRevision: number;
  /** The item as canonical JSON. */
  readonly data: string;
  readonly reason: string;
  readonly savedBy: string;
  /** For the audit entry. */
  readonly address: string;
}

/** Saved, or refused because the draft changed (or another draft was started) since the form was filled. */
export type DraftSaveOutcome =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly conflict: Draft };

/** The store's side of drafts (src/db/drafts.repository.ts). */
export interface DraftStore {
  get(id: string): Promise<Draft | undefined>;
  /** The open draft of an item, if one is being edited. */
  openFor(kind: EditableKind, itemId: string): Promise<Draft | undefined>;
  /** Drafts with a status, newest save first. */
  list(status: DraftStatus): Promise<readonly Draft[]>;
  /** Every version of a draft, oldest first. */
  versions(id: string): Promise<readonly DraftVersion[]>;
  save(save: DraftSave): Promise<DraftSaveOutcome>;
  /** Gives an open draft up; false when it was not open at that version any more. */
  withdraw(id: string, expectedVersion: number, by: string, address: string): Promise<boolean>;
}

/** One item written as a new revision by a reviewer: a published draft or a revert. */
export interface ItemChange {
  readonly kind: EditableKind;
  readonly itemId: string;
  /** The item as canonical JSON. */
  readonly data: string;
  /** The revision the change was validated against; if another came since, nothing is written. */
  readonly basedOn: number;
  /** author: who wrote the content; reviewer: who published it. */
  readonly meta: RevisionMeta & { readonly reviewer: string };
  readonly action: "content.publish" | "content.revert";
  /** For the audit entry. */
  readonly address: string;
  /** The draft this publishes, at the version the reviewer saw. */
  readonly draft?: { readonly id: string; readonly version: number };
}

/** Written as a revision, or not: the knowledge base or the draft moved on, or nothing would change. */
export type ItemChangeOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly reason: "stale" | "draft-changed" | "unchanged" };

/** The published version of one item: its content and the revision that wrote it. */
export interface PublishedVersion {
  readonly revision: number;
  readonly data: unknown;
}

/** What editing needs of the store: the content, one item's published version, drafts, and publishing. */
export interface PublishingStore {
  loadContent(): Promise<{ revision: number; bundle: ContentBundle }>;
  publishChange(change: ItemChange): Promise<ItemChangeOutcome>;
  publishedVersion(kind: EditableKind, id: string): Promise<PublishedVersion | undefined>;
  readonly drafts: DraftStore;
}
