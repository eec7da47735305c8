import type { AccountStore } from "../domain/accounts.js";
import type { ContentHistory, ItemVersion } from "../domain/content-history.js";
import type { EditableKind, PublishingStore } from "../domain/drafts.js";
import type { NewFeedback, StoredFeedback } from "../domain/feedback.js";
import type { FeedbackInboxStore } from "../domain/feedback-inbox.js";
import type { ContentBundle, RevisionMeta } from "../domain/types.js";

/**
 * The record for everything that changes: content revisions, feedback, curator
 * accounts and the audit log. Implemented on SQLite (default) and PostgreSQL with
 * the same migrations; the rest of the application sees only this interface.
 */
/** Publishing and drafts (publishChange, publishedVersion, drafts) come from PublishingStore. */
export interface Store extends PublishingStore, ContentHistory {
  readonly dialect: "sqlite" | "postgres";
  /** Runs pending migrations (idempotent). */
  migrate(): Promise<void>;
  /** Reverts the most recent migration; resolves with its name, or undefined when none was applied. */
  undoLastMigration(): Promise<string | undefined>;
  /** The current content revision number; 0 when no content was imported yet. */
  currentRevision(): Promise<number>;
  /**
   * The content as of a revision (latest version of every item made at or before it);
   * without one, the current revision. A revision that was never made (not 1…current)
   * is refused with UnknownRevisionError (domain/content-history.ts).
   */
  loadContent(revision?: number): Promise<{ revision: number; bundle: ContentBundle }>;
  /**
   * Writes a whole knowledge base as one new revision (nothing is overwritten:
   * earlier versions stay). Resolves with the new revision number once durable.
   * When nothing differs from the current revision no revision is made and it
   * resolves with the current number.
   */
  importContent(bundle: ContentBundle, meta: RevisionMeta): Promise<number>;
  /** Every stored version of one item of any kind, oldest first (empty when it never existed). */
  itemHistory<K extends EditableKind>(kind: K, id: string): Promise<readonly ItemVersion<K>[]>;
  /** Records feedback; resolves with its id only after the write is durable. */
  addFeedback(feedback: NewFeedback): Promise<{ id: string; createdAt: string }>;
  getFeedback(id: string): Promise<StoredFeedback | undefined>;
  /** How many feedback messages are stored (for the maximum in FEEDBACK_MAX_STORED). */
  countFeedback(): Promise<number>;
  /** Curator accounts, sessions, failed log-ins and the append-only audit log (/beheer). */
  readonly accounts: AccountStore;
  /** The feedback inbox of /beheer: status, note, linked revision, erasure of contact details. */
  readonly feedbackInbox: FeedbackInboxStore;
  /** Cheap check that the database answers (for /readyz). */
  ping(): Promise<boolean>;
  /**
   * Calls back when another writer (this or another instance) made a new content
   * revision; PostgreSQL uses LISTEN/NOTIFY, SQLite a cheap revision poll.
   * `knownRevision` is the revision the caller already has (e.g. from loadContent),
   * so a change made between loading and subscribing is not missed.
   * Returns a function that stops the subscription.
   */
  onRevisionChange(callback: (revision: number) => void, knownRevision?: number): () => void;
  close(): Promise<void>;
}
