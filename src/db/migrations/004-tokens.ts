import type { Kysely, Migration } from "kysely";

/**
 * Personal API tokens for the admin API (issue 15, item 8): only the SHA-256 of a token
 * is kept, with its first characters so its owner can tell tokens apart. Revoking a token
 * removes its row (the audit log keeps that it existed); removing an account removes its tokens.
 */
export const apiTokensMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("api_token")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("curator_id", "text", (c) => c.notNull().references("curator.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("prefix", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_used_at", "text")
      .execute();
    await db.schema.createIndex("api_token_curator_idx").on("api_token").column("curator_id").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("api_token").execute();
  },
};
