import type { StoredFeedback } from "./feedback.js";

/**
 * The feedback inbox of /beheer (issue 15): readers' feedback as curators handle it — a
 * status, an internal note, the content revision that dealt with it — and the erasure of
 * the sender's name and e-mail address after the retention period. No I/O: src/db keeps
 * it, src/curation erases, the pages show it.
 */

/** new: nobody looked yet; in-progress: someone is on it; done: answered or dealt with. */
export const FEEDBACK_STATUSES = ["new", "in-progress", "done"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export function isFeedbackStatus(value: unknown): value is FeedbackStatus {
  return typeof value === "string" && (FEEDBACK_STATUSES as readonly string[]).includes(value);
}

/** The longest internal note (a few paragraphs). */
export const MAX_NOTE_LENGTH = 5000;

/** One feedback message in the inbox. Name and e-mail are absent once erased (or never given). */
export interface InboxItem extends StoredFeedback {
  readonly status: FeedbackStatus;
  /** The curators' internal note; never shown on the public site. */
  readonly note: string | undefined;
  /** The content revision that dealt with it. */
  readonly handledRevision: number | undefined;
  /** When a curator last changed status, note or revision (ISO 8601). */
  readonly updatedAt: string | undefined;
  /** When the retention job erased name and e-mail (ISO 8601). */
  readonly erasedAt: string | undefined;
}

const INTERVENTION_PAGE = "/interventies/";

/**
 * What feedback is about, one way for each thing: an intervention is named by its id,
 * whether the sender came from its page ("/interventies/pipa") or the API ("pipa").
 */
export function canonicalAbout(about: string): string {
  return about.startsWith(INTERVENTION_PAGE) ? about.slice(INTERVENTION_PAGE.length) : about;
}

/** Every stored form of what feedback is about: an intervention by id and by its page path. */
export function aboutForms(about: string): string[] {
  const canonical = canonicalAbout(about);
  return canonical.startsWith("/") ? [canonical] : [canonical, `${INTERVENTION_PAGE}${canonical}`];
}

/** Which messages a page of the inbox lists; newest first. */
export interface InboxQuery {
  readonly status?: FeedbackStatus | undefined;
  /** A page path or an intervention (by id or page path: both forms match). */
  readonly about?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A change a curator makes to one message; a field left out stays as it is. */
export interface InboxChange {
  readonly status?: FeedbackStatus;
  /** "" removes the note. */
  readonly note?: string;
  /** null unlinks the revision. */
  readonly handledRevision?: number | null;
}

/** A content revision a message can be linked to. */
export interface RevisionSummary {
  readonly revision: number;
  readonly createdAt: string;
  readonly author: string;
  readonly reason: string;
}

/** What the inbox needs of a store (src/db implements it on SQLite and PostgreSQL). */
export interface FeedbackInboxStore {
  /** Newest first. */
  listInbox(query: InboxQuery): Promise<readonly InboxItem[]>;
  getInboxItem(id: string): Promise<InboxItem | undefined>;
  /** Every page or intervention some feedback is about, as stored, for the filter. */
  listFeedbackAbouts(): Promise<readonly string[]>;
  /** Applies a change and sets updated_at; false when there is no such message. */
  changeInboxItem(id: string, change: InboxChange, at: string): Promise<boolean>;
  /**
   * Erases name and e-mail of every message sent before `before` that still has either,
   * in one UPDATE (several instances may run it at once: each row is erased once).
   * Resolves with how many messages were erased.
   */
  eraseFeedbackContacts(before: string, at: string): Promise<number>;
  /** Every content revision, newest first. */
  listRevisions(): Promise<readonly RevisionSummary[]>;
}

/** The moment before which feedback loses its name and e-mail: `months` calendar months before now. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
