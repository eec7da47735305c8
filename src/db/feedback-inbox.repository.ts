import type { Kysely, Selectable } from "kysely";
import {
  aboutForms,
  type FeedbackInboxStore,
  type InboxChange,
  type InboxItem,
  type InboxQuery,
  isFeedbackStatus,
  type RevisionSummary,
} from "../domain/feedback-inbox.js";
import { toFeedback } from "./feedback.repository.js";
import type { Database, FeedbackTable } from "./schema.js";

/** The feedback inbox of /beheer: status, note, linked revision, and the erasure of contact details. */
export class FeedbackInboxRepository implements FeedbackInboxStore {
  constructor(private readonly db: Kysely<Database>) {}

  async listInbox(query: InboxQuery): Promise<readonly InboxItem[]> {
    let select = this.db.selectFrom("feedback").selectAll();
    if (query.status !== undefined) select = select.where("status", "=", query.status);
    if (query.about !== undefined) select = select.where("about", "in", aboutForms(query.about));
    const rows = await select
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return rows.map(toInboxItem);
  }

  async getInboxItem(id: string): Promise<InboxItem | undefined> {
    const row = await this.db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toInboxItem(row) : undefined;
  }

  async listFeedbackAbouts(): Promise<readonly string[]> {
    const rows = await this.db.selectFrom("feedback").select("about").distinct().orderBy("about").execute();
    return rows.map((row) => row.about);
  }

  async changeInboxItem(id: string, change: InboxChange, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable("feedback")
      .set({
        updated_at: at,
        ...(change.status !== undefined && { status: change.status }),
        ...(change.note !== undefined && { note: change.note === "" ? null : change.note }),
        ...(change.handledRevision !== undefined && { handled_revision: change.handledRevision }),
      })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async eraseFeedbackContacts(before: string, at: string): Promise<number> {
    // One statement: a row another instance erased a moment ago no longer matches, so
    // running the job on every instance at once erases each message once.
    const result = await this.db
      .updateTable("feedback")
      .set({ name: null, email: null, erased_at: at })
      .where("created_at", "<", before)
      .where((eb) => eb.or([eb("name", "is not", null), eb("email", "is not", null)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async listRevisions(): Promise<readonly RevisionSummary[]> {
    const rows = await this.db
      .selectFrom("content_revision")
      .selectAll()
      .orderBy("revision", "desc")
      .execute();
    return rows.map((row) => ({
      revision: Number(row.revision),
      createdAt: row.created_at,
      author: row.author,
      reason: row.reason,
    }));
  }
}

/** Row → inbox item. */
function toInboxItem(row: Selectable<FeedbackTable>): InboxItem {
  return {
    ...toFeedback(row),
    // A status the code no longer knows is shown as new: someone looks at it again.
    status: isFeedbackStatus(row.status) ? row.status : "new",
    note: row.note ?? undefined,
    handledRevision: row.handled_revision === null ? undefined : Number(row.handled_revision),
    updatedAt: row.updated_at ?? undefined,
    erasedAt: row.erased_at ?? undefined,
  };
}
