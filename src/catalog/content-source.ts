import type { ContentBundle, RevisionMeta } from "../domain/types.js";

/**
 * Where the catalog reads content revisions from: all it needs of a store, so the
 * catalog knows no database. The database store (db/store.ts) has these methods.
 */
export interface ContentSource {
  /** The content as of the current revision; revision 0 when nothing was imported yet. */
  loadContent(): Promise<{ revision: number; bundle: ContentBundle }>;
  /**
   * Calls back when a newer revision is made (by this or another instance);
   * returns a function that stops the calls.
   */
  onRevisionChange(callback: (revision: number) => void): () => void;
}

/** What the first import writes to: a store that can be migrated and take a new revision. */
export interface ContentTarget {
  /** Makes the store's tables current (idempotent). */
  migrate(): Promise<void>;
  /** The current revision number; 0 when no content was imported yet. */
  currentRevision(): Promise<number>;
  /** Stores a whole knowledge base as one new revision; resolves with its number. */
  importContent(bundle: ContentBundle, meta: RevisionMeta): Promise<number>;
}
