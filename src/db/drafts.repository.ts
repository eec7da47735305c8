import { randomUUID } from "node:crypto";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { AppError } from "../domain/app-error.js";
import type {
  Draft,
  DraftSave,
  DraftSaveOutcome,
  DraftStatus,
  DraftStore,
  DraftVersion,
  EditableKind,
} from "../domain/drafts.js";
import { auditRow } from "./audit-row.js";
import { parseItem } from "./content-items.js";
import type { ContentDraftTable, ContentDraftVersionTable, Database } from "./schema.js";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Drafts and their versions. A save only ever inserts a version; a draft row changes
 * only its status (open → published or withdrawn), in the same transaction as the
 * revision or audit entry that explains it.
 */
export class DraftsRepository implements DraftStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: "sqlite" | "postgres",
  ) {}

  get(id: string): Promise<Draft | undefined> {
    return draftById(this.db, id);
  }

  async openFor(kind: EditableKind, itemId: string): Promise<Draft | undefined> {
    const row = await this.db
      .selectFrom("content_draft")
      .select("id")
      .where("item_kind", "=", kind)
      .where("item_id", "=", itemId)
      .where("status", "=", "open")
      .executeTakeFirst();
    return row ? draftById(this.db, row.id) : undefined;
  }

  async list(status: DraftStatus): Promise<readonly Draft[]> {
    const rows = await this.db
      .selectFrom("content_draft")
      .select("id")
      .where("status", "=", status)
      .execute();
    const drafts = await Promise.all(rows.map((row) => draftById(this.db, row.id)));
    return drafts
      .filter((draft): draft is Draft => draft !== undefined)
      .sort((a, b) =>
        a.latest.savedAt < b.latest.savedAt ? 1 : a.latest.savedAt > b.latest.savedAt ? -1 : 0,
      );
  }

  async versions(id: string): Promise<readonly DraftVersion[]> {
    const draft = await this.db
      .selectFrom("content_draft")
      .select("item_kind")
      .where("id", "=", id)
      .executeTakeFirst();
    if (!draft) return [];
    const rows = await this.db
      .selectFrom("content_draft_version")
      .selectAll()
      .where("draft_id", "=", id)
      .orderBy("version")
      .execute();
    return rows.map((row) => toVersion(draft.item_kind, row));
  }

  save(save: DraftSave): Promise<DraftSaveOutcome> {
    return this.db.transaction().execute(async (trx) => {
      // The open draft of the item, read after taking the write lock so two saves queue.
      await lockDrafts(trx, this.dialect);
      const open = await trx
        .selectFrom("content_draft")
        .select("id")
        .where("item_kind", "=", save.kind)
        .where("item_id", "=", save.itemId)
        .where("status", "=", "open")
        .executeTakeFirst();
      const now = new Date().toISOString();
      let draftId: string;
      let version: number;
      if (save.draftId === undefined) {
        // A new draft while someone else already started one: show theirs.
        if (open) return { ok: false, conflict: (await draftById(trx, open.id)) as Draft };
        draftId = randomUUID();
        version = 1;
        await trx
          .insertInto("content_draft")
          .values({
            id: draftId,
            item_kind: save.kind,
            item_id: save.itemId,
            status: "open",
            created_by: save.savedBy,
            created_at: now,
          })
          .execute();
      } else {
        const current = await draftById(trx, save.draftId);
        if (!current) throw new AppError("not-found", `no draft ${save.draftId}`);
        if (current.status !== "open" || current.latest.version !== save.expectedVersion) {
          return { ok: false, conflict: current };
        }
        draftId = current.id;
        version = current.latest.version + 1;
      }
      await trx
        .insertInto("content_draft_version")
        .values({
          draft_id: draftId,
          version,
          base_revision: save.baseRevision,
          data: save.data,
          reason: save.reason,
          saved_by: save.savedBy,
          saved_at: now,
        })
        .execute();
      await trx
        .insertInto("audit_log")
        .values(
          auditRow(
            {
              actor: save.savedBy,
              action: "draft.save",
              subject: `${save.kind}/${save.itemId}`,
              detail: { draft: draftId, version, reason: save.reason },
              address: save.address,
            },
            now,
          ),
        )
        .execute();
      return { ok: true, draft: (await draftById(trx, draftId)) as Draft };
    });
  }

  withdraw(id: string, expectedVersion: number, by: string, address: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await lockDrafts(trx, this.dialect);
      const draft = await draftById(trx, id);
      if (!draft || draft.status !== "open" || draft.latest.version !== expectedVersion) return false;
      const now = new Date().toISOString();
      await decide(trx, id, { status: "withdrawn", by, at: now });
      await trx
        .insertInto("audit_log")
        .values(
          auditRow(
            {
              actor: by,
              action: "draft.withdraw",
              subject: `${draft.kind}/${draft.itemId}`,
              detail: { draft: id, version: expectedVersion },
              address,
            },
            now,
          ),
        )
        .execute();
      return true;
    });
  }
}

/** A draft with its newest version and its authors; used inside and outside transactions. */
export async function draftById(executor: Executor, id: string): Promise<Draft | undefined> {
  const row = await executor.selectFrom("content_draft").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const versions = await executor
    .selectFrom("content_draft_version")
    .selectAll()
    .where("draft_id", "=", id)
    .orderBy("version")
    .execute();
  const latest = versions.at(-1);
  if (!latest) return undefined;
  return toDraft(row, toVersion(row.item_kind, latest), [...new Set(versions.map((v) => v.saved_by))]);
}

/** Sets a draft's outcome: published (with its revision) or withdrawn. */
export async function decide(
  trx: Transaction<Database>,
  id: string,
  outcome: { status: Exclude<DraftStatus, "open">; by: string; at: string; revision?: number },
): Promise<void> {
  await trx
    .updateTable("content_draft")
    .set({
      status: outcome.status,
      decided_by: outcome.by,
      decided_at: outcome.at,
      published_revision: outcome.revision ?? null,
    })
    .where("id", "=", id)
    .where("status", "=", "open")
    .execute();
}

/**
 * Serialises draft writers: a write that changes nothing takes SQLite's write lock
 * before the first read; PostgreSQL takes an exclusive lock on the drafts table
 * (plain reads go on).
 */
export async function lockDrafts(trx: Transaction<Database>, dialect: "sqlite" | "postgres"): Promise<void> {
  if (dialect === "postgres") {
    await sql`lock table content_draft in exclusive mode`.execute(trx);
  } else {
    await sql`update content_draft set status = status where 1 = 0`.execute(trx);
  }
}

/** A saved version; its item goes through its schema, as a published one does (it was checked when saved). */
function toVersion(kind: EditableKind, row: Selectable<ContentDraftVersionTable>): DraftVersion {
  return {
    version: Number(row.version),
    baseRevision: Number(row.base_revision),
    data: parseItem(kind, row.data),
    reason: row.reason,
    savedBy: row.saved_by,
    savedAt: row.saved_at,
  };
}

function toDraft(row: Selectable<ContentDraftTable>, latest: DraftVersion, authors: string[]): Draft {
  return {
    id: row.id,
    kind: row.item_kind as EditableKind,
    itemId: row.item_id,
    status: row.status as DraftStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    decidedBy: row.decided_by ?? undefined,
    decidedAt: row.decided_at ?? undefined,
    publishedRevision: row.published_revision === null ? undefined : Number(row.published_revision),
    latest,
    authors,
  };
}
