import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { type ItemVersion, UnknownRevisionError } from "../domain/content-history.js";
import type { ItemChange, ItemChangeOutcome, PublishedVersion } from "../domain/drafts.js";
import type { ContentBundle, RevisionMeta } from "../domain/types.js";
import { auditRow } from "./audit-row.js";
import { bundleToItems, type ContentItem, diffItems, itemsToBundle, parseItem } from "./content-items.js";
import { decide, draftById, lockDrafts } from "./drafts.repository.js";
import type { ContentItemKind, Database } from "./schema.js";

/** The PostgreSQL channel on which a committed import announces its revision number. */
export const REVISION_CHANNEL = "hechtingswijzer_revision";

/** Rows per INSERT: far below both dialects' bound-parameter limits. */
const INSERT_BATCH = 200;

type Executor = Kysely<Database> | Transaction<Database>;

/** Content revisions and their item versions; every import adds, nothing is overwritten. */
export class ContentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: "sqlite" | "postgres",
  ) {}

  /** The highest revision number; 0 before the first import. */
  async currentRevision(executor: Executor = this.db): Promise<number> {
    const row = await executor
      .selectFrom("content_revision")
      .select((eb) => eb.fn.max("revision").as("revision"))
      .executeTakeFirst();
    return Number(row?.revision ?? 0);
  }

  /**
   * The latest non-deleted version of every item as of a revision (default: the current
   * one). A revision that was never made is refused with UnknownRevisionError.
   */
  async loadContent(revision?: number): Promise<{ revision: number; bundle: ContentBundle }> {
    const current = await this.currentRevision();
    if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1 && revision <= current)) {
      throw new UnknownRevisionError(revision, current);
    }
    const asOf = revision ?? current;
    const items = await this.latestItems(this.db, asOf);
    return { revision: asOf, bundle: itemsToBundle(items) };
  }

  /**
   * Writes the bundle as a new revision with only the items that are new, changed
   * or removed, all in one transaction with its audit entry. Resolves with the
   * revision that now holds this content and whether it is new.
   */
  async importContent(
    bundle: ContentBundle,
    meta: RevisionMeta,
  ): Promise<{ revision: number; created: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      await this.takeWriteLock(trx);
      const currentRevision = await this.currentRevision(trx);
      const changes = diffItems(await this.latestItems(trx, currentRevision), bundleToItems(bundle));
      if (changes.written.length === 0 && changes.deleted.length === 0) {
        return { revision: currentRevision, created: false };
      }
      const revision = currentRevision + 1;
      const now = new Date().toISOString();
      await trx
        .insertInto("content_revision")
        .values({ revision, created_at: now, author: meta.author, reason: meta.reason })
        .execute();
      const rows = [
        ...changes.written.map((item) => itemRow(item, revision, false)),
        ...changes.deleted.map((item) => itemRow({ ...item, data: "" }, revision, true)),
      ];
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await trx
          .insertInto("content_item")
          .values(rows.slice(start, start + INSERT_BATCH))
          .execute();
      }
      await trx
        .insertInto("audit_log")
        .values({
          id: randomUUID(),
          at: now,
          actor: meta.author,
          action: "content.import",
          subject: `revision ${revision}`,
          detail: JSON.stringify({
            reason: meta.reason,
            written: changes.written.map((item) => `${item.kind}/${item.id}`),
            deleted: changes.deleted.map((item) => `${item.kind}/${item.id}`),
          }),
          // An import comes from the command line or the first start, not from a client.
          address: "",
        })
        .execute();
      // Delivered by PostgreSQL only when this transaction commits, never before.
      if (this.dialect === "postgres") {
        await sql`select pg_notify(${REVISION_CHANNEL}, ${String(revision)})`.execute(trx);
      }
      return { revision, created: true };
    });
  }

  /**
   * Writes one item as a new revision (a published draft or a revert), only when the
   * knowledge base is still at the revision the caller checked the change against,
   * and the draft is still open at the version the reviewer saw. Revision, item,
   * draft outcome and audit entry commit together or not at all.
   */
  async publishChange(change: ItemChange): Promise<ItemChangeOutcome> {
    return this.db.transaction().execute(async (trx) => {
      await this.takeWriteLock(trx);
      await lockDrafts(trx, this.dialect);
      const currentRevision = await this.currentRevision(trx);
      if (currentRevision !== change.basedOn) return { ok: false, reason: "stale" };
      if (change.draft) {
        const draft = await draftById(trx, change.draft.id);
        if (draft?.status !== "open" || draft.latest.version !== change.draft.version) {
          return { ok: false, reason: "draft-changed" };
        }
      }
      const items = await this.latestItems(trx, currentRevision);
      const before = items.find((item) => item.kind === change.kind && item.id === change.itemId);
      if (before?.data === change.data) return { ok: false, reason: "unchanged" };
      // A new item goes after the others of its kind, as a new file would.
      const position =
        before?.position ??
        Math.max(-1, ...items.filter((i) => i.kind === change.kind).map((i) => i.position)) + 1;
      const revision = currentRevision + 1;
      const now = new Date().toISOString();
      await trx
        .insertInto("content_revision")
        .values({
          revision,
          created_at: now,
          author: change.meta.author,
          reason: change.meta.reason,
          reviewed_by: change.meta.reviewer,
        })
        .execute();
      await trx
        .insertInto("content_item")
        .values(
          itemRow({ kind: change.kind, id: change.itemId, position, data: change.data }, revision, false),
        )
        .execute();
      if (change.draft) {
        await decide(trx, change.draft.id, {
          status: "published",
          by: change.meta.reviewer,
          at: now,
          revision,
        });
      }
      await trx
        .insertInto("audit_log")
        .values(
          auditRow(
            {
              actor: change.meta.reviewer,
              action: change.action,
              subject: `${change.kind}/${change.itemId}`,
              detail: {
                revision,
                author: change.meta.author,
                reason: change.meta.reason,
                draft: change.draft?.id,
              },
              address: change.address,
            },
            now,
          ),
        )
        .execute();
      if (this.dialect === "postgres") {
        await sql`select pg_notify(${REVISION_CHANNEL}, ${String(revision)})`.execute(trx);
      }
      return { ok: true, revision };
    });
  }

  /** The published version of one item and the revision that wrote it; undefined when it does not exist now. */
  async publishedVersion(kind: ContentItemKind, id: string): Promise<PublishedVersion | undefined> {
    const row = await this.db
      .selectFrom("content_item")
      .select(["revision", "data", "deleted"])
      .where("item_kind", "=", kind)
      .where("item_id", "=", id)
      .orderBy("revision", "desc")
      .executeTakeFirst();
    if (!row || Number(row.deleted) === 1) return undefined;
    return { revision: Number(row.revision), data: JSON.parse(row.data) as unknown };
  }

  /** Every version of one item with the revision that made it, oldest first. */
  async itemHistory<K extends ContentItemKind>(kind: K, id: string): Promise<ItemVersion<K>[]> {
    const rows = await this.db
      .selectFrom("content_item")
      .innerJoin("content_revision", "content_revision.revision", "content_item.revision")
      .select([
        "content_item.revision",
        "content_item.data",
        "content_item.deleted",
        "content_revision.created_at",
        "content_revision.author",
        "content_revision.reason",
        "content_revision.reviewed_by",
      ])
      .where("content_item.item_kind", "=", kind)
      .where("content_item.item_id", "=", id)
      .orderBy("content_item.revision")
      .execute();
    return rows.map((row) => ({
      revision: Number(row.revision),
      createdAt: row.created_at,
      author: row.author,
      reason: row.reason,
      reviewer: row.reviewed_by ?? undefined,
      item: Number(row.deleted) === 1 ? undefined : parseItem(kind, row.data),
    }));
  }

  /**
   * Two writers importing at once must not both read revision N and pick N + 1.
   * PostgreSQL: an EXCLUSIVE table lock (plain reads go on). SQLite: a write that
   * changes nothing takes the database's write lock before the first read (like
   * BEGIN IMMEDIATE), so another process waits (busy_timeout) instead of failing
   * later on a stale snapshot.
   */
  private async takeWriteLock(trx: Transaction<Database>): Promise<void> {
    if (this.dialect === "postgres") {
      await sql`lock table content_revision in exclusive mode`.execute(trx);
    } else {
      await sql`update content_revision set revision = revision where 1 = 0`.execute(trx);
    }
  }

  /**
   * For every item, its newest version at or before `revision`, without deleted
   * ones. Bounding by revision keeps the answer consistent while another
   * instance is importing.
   */
  private async latestItems(executor: Executor, revision: number): Promise<ContentItem[]> {
    const rows = await executor
      .selectFrom("content_item as item")
      .select(["item.item_kind", "item.item_id", "item.position", "item.data", "item.deleted"])
      .where("item.revision", "=", (eb) =>
        eb
          .selectFrom("content_item as other")
          .select((inner) => inner.fn.max("other.revision").as("latest"))
          .whereRef("other.item_kind", "=", "item.item_kind")
          .whereRef("other.item_id", "=", "item.item_id")
          .where("other.revision", "<=", revision),
      )
      .execute();
    return rows
      .filter((row) => Number(row.deleted) === 0)
      .map((row) => ({
        kind: row.item_kind,
        id: row.item_id,
        position: Number(row.position),
        data: row.data,
      }));
  }
}

function itemRow(item: ContentItem, revision: number, deleted: boolean) {
  return {
    item_kind: item.kind,
    item_id: item.id,
    revision,
    position: item.position,
    data: item.data,
    deleted: deleted ? 1 : 0,
  };
}
