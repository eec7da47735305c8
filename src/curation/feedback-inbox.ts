import type { AccountStore, CuratorRole } from "../domain/accounts.js";
import { may } from "../domain/accounts.js";
import {
  canonicalAbout,
  type FeedbackInboxStore,
  type FeedbackStatus,
  type InboxItem,
  type InboxQuery,
  MAX_NOTE_LENGTH,
  type RevisionSummary,
  retentionCutoff,
} from "../domain/feedback-inbox.js";
import { type Actor, appendAudit } from "./audit.js";

/** Who erases: the retention job, not a person. */
export const SYSTEM_ACTOR: Actor = { email: "system", address: "system" };

/**
 * The feedback inbox as curators use it: reading (name and e-mail only for roles that may
 * see them), changing status, note and linked revision — each change a line in the audit
 * log — and erasing contact details after the retention period. The audit log names the
 * message by id and never copies its text, its sender or the note.
 */
export class FeedbackInbox {
  constructor(
    private readonly inbox: FeedbackInboxStore,
    private readonly accounts: AccountStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A page of the inbox, newest first, as `role` may see it. */
  async list(query: InboxQuery, role: CuratorRole): Promise<readonly InboxItem[]> {
    const items = await this.inbox.listInbox(query);
    return items.map((item) => asSeenBy(item, role));
  }

  async get(id: string, role: CuratorRole): Promise<InboxItem | undefined> {
    const item = await this.inbox.getInboxItem(id);
    return item && asSeenBy(item, role);
  }

  /** What feedback is about, each page or intervention once (an intervention by its id). */
  async abouts(): Promise<readonly string[]> {
    const stored = await this.inbox.listFeedbackAbouts();
    return [...new Set(stored.map(canonicalAbout))].sort();
  }

  revisions(): Promise<readonly RevisionSummary[]> {
    return this.inbox.listRevisions();
  }

  /** Sets the status; false when there is no such message. Unchanged: nothing written. */
  async setStatus(id: string, status: FeedbackStatus, actor: Actor): Promise<boolean> {
    const item = await this.inbox.getInboxItem(id);
    if (!item) return false;
    if (item.status === status) return true;
    await this.inbox.changeInboxItem(id, { status }, this.now().toISOString());
    await this.audit("feedback.status", actor, id, { from: item.status, to: status });
    return true;
  }

  /** Replaces the internal note ("" removes it); false when there is no such message or it is too long. */
  async setNote(id: string, note: string, actor: Actor): Promise<boolean> {
    const text = note.replace(/\r\n?/g, "\n").trim();
    if (text.length > MAX_NOTE_LENGTH) return false;
    const item = await this.inbox.getInboxItem(id);
    if (!item) return false;
    if ((item.note ?? "") === text) return true;
    await this.inbox.changeInboxItem(id, { note: text }, this.now().toISOString());
    // The note may name people: the audit log says only that it changed.
    await this.audit("feedback.note", actor, id, { note: text === "" ? "removed" : "changed" });
    return true;
  }

  /** Links the revision that dealt with the message (undefined unlinks); false when either is unknown. */
  async linkRevision(id: string, revision: number | undefined, actor: Actor): Promise<boolean> {
    const item = await this.inbox.getInboxItem(id);
    if (!item) return false;
    if (revision !== undefined && !(await this.revisions()).some((r) => r.revision === revision))
      return false;
    if (item.handledRevision === revision) return true;
    await this.inbox.changeInboxItem(id, { handledRevision: revision ?? null }, this.now().toISOString());
    await this.audit("feedback.revision", actor, id, { revision: revision ?? "none" });
    return true;
  }

  /**
   * Erases name and e-mail of messages older than `months` months. Writes one audit line
   * with the count when something was erased (an hourly run that finds nothing stays out
   * of the log). Resolves with the count.
   */
  async eraseExpiredContacts(months: number): Promise<number> {
    const now = this.now();
    const before = retentionCutoff(now, months).toISOString();
    const count = await this.inbox.eraseFeedbackContacts(before, now.toISOString());
    if (count > 0) await this.audit("feedback.erase", SYSTEM_ACTOR, "feedback", { count, before });
    return count;
  }

  private async audit(
    action: "feedback.status" | "feedback.note" | "feedback.revision" | "feedback.erase",
    actor: Actor,
    subject: string,
    detail: Record<string, string | number>,
  ): Promise<void> {
    await appendAudit(this.accounts, action, actor, subject, detail);
  }
}

/** Whether a role sees senders' names and e-mail addresses (admins only, decision 092). */
export function seesContacts(role: CuratorRole): boolean {
  return may(role, "seeFeedbackContacts");
}

/** The message without name and e-mail address for a role that may not see them. */
function asSeenBy(item: InboxItem, role: CuratorRole): InboxItem {
  if (seesContacts(role)) return item;
  const { name: _name, email: _email, ...rest } = item;
  return rest;
}
