import type { ContentBundle } from "../catalog/validate-content.js";

/**
 * The record for everything that changes: content revisions, feedback, curator
 * accounts and the audit log. Implemented on SQLite (default) and PostgreSQL with
 * the same migrations; the rest of the application sees only this interface.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Runs pending migrations (idempotent). */
  migrate(): Promise<void>;
  /** The current content revision number; 0 when no content was imported yet. */
  currentRevision(): Promise<number>;
  /** The content as of the current revision (latest version of every item). */
  loadContent(): Promise<{ revision: number; bundle: ContentBundle }>;
  /**
   * Writes a whole knowledge base as one new revision (nothing is overwritten:
   * earlier versions stay). Resolves with the new revision number once durable.
   */
  importContent(bundle: ContentBundle, meta: RevisionMeta): Promise<number>;
  /** Records feedback; resolves with its id only after the write is durable. */
  addFeedback(feedback: NewFeedback): Promise<{ id: string; createdAt: string }>;
  getFeedback(id: string): Promise<StoredFeedback | undefined>;
  /** Cheap check that the database answers (for /readyz). */
  ping(): Promise<boolean>;
  /**
   * Calls back when another writer (this or another instance) made a new content
   * revision; PostgreSQL uses LISTEN/NOTIFY, SQLite a cheap revision poll.
   */
  onRevisionChange(callback: (revision: number) => void): () => void;
  close(): Promise<void>;
}

export interface RevisionMeta {
  readonly author: string;
  readonly reason: string;
}

export interface NewFeedback {
  /** The page path or intervention id the feedback is about. */
  readonly about: string;
  readonly message: string;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly role?: string | undefined;
}

export interface StoredFeedback extends NewFeedback {
  readonly id: string;
  readonly createdAt: string;
}
