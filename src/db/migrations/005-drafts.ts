import { type Kysely, type Migration, sql } from "kysely";

/**
 * Drafts for the /beheer editor (issue 15, items 2–4, decision 095). A draft is one
 * item (an intervention, a harmful practice, a situation, the synonym list) on its
 * way to a revision; every save is a new draft version, so nothing an editor typed is
 * overwritten. At most one open draft per item, so two editors meet in one draft and
 * the second sees a conflict instead of silently replacing the first.
 * A revision also records who published it, beside its author.
 */
export const draftsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("content_draft")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("item_kind", "text", (c) => c.notNull())
      .addColumn("item_id", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("decided_by", "text")
      .addColumn("decided_at", "text")
      .addColumn("published_revision", "integer")
      .execute();
    await db.schema
      .createIndex("content_draft_one_open_idx")
      .on("content_draft")
      .columns(["item_kind", "item_id"])
      .unique()
      .where(sql.ref("status"), "=", "open")
      .execute();

    await db.schema
      .createTable("content_draft_version")
      .addColumn("draft_id", "text", (c) => c.notNull().references("content_draft.id"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("base_revision", "integer", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("saved_by", "text", (c) => c.notNull())
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("content_draft_version_pk", ["draft_id", "version"])
      .execute();

    await db.schema.alterTable("content_revision").addColumn("reviewed_by", "text").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable("content_revision").dropColumn("reviewed_by").execute();
    await db.schema.dropTable("content_draft_version").execute();
    await db.schema.dropTable("content_draft").execute();
  },
};
