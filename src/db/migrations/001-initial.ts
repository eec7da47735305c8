import type { Kysely, Migration } from "kysely";

/**
 * The first schema: content revisions and their item versions, feedback,
 * curators (for the editor that comes later) and the audit log. Only types that
 * mean the same on SQLite and PostgreSQL are used: text, integer.
 */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("content_revision")
      .addColumn("revision", "integer", (c) => c.primaryKey())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("author", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("content_item")
      .addColumn("item_kind", "text", (c) => c.notNull())
      .addColumn("item_id", "text", (c) => c.notNull())
      .addColumn("revision", "integer", (c) => c.notNull().references("content_revision.revision"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("content_item_pk", ["item_kind", "item_id", "revision"])
      .execute();
    // "Latest version at or before revision N" reads by revision within an item:
    // the primary key serves that; this index serves "what changed in revision N".
    await db.schema.createIndex("content_item_revision_idx").on("content_item").column("revision").execute();

    await db.schema
      .createTable("feedback")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("about", "text", (c) => c.notNull())
      .addColumn("message", "text", (c) => c.notNull())
      .addColumn("name", "text")
      .addColumn("email", "text")
      .addColumn("role", "text")
      .execute();

    await db.schema
      .createTable("curator")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("display_name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("audit_log")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("subject", "text", (c) => c.notNull())
      .addColumn("detail", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("audit_log").execute();
    await db.schema.dropTable("curator").execute();
    await db.schema.dropTable("feedback").execute();
    await db.schema.dropTable("content_item").execute();
    await db.schema.dropTable("content_revision").execute();
  },
};
