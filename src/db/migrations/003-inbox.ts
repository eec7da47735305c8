import type { Kysely, Migration } from "kysely";

/**
 * The feedback inbox (issue 15): a status per message (new, in progress, done), the
 * curators' internal note, the content revision that dealt with it, when a curator last
 * changed it, and when the retention job erased the sender's name and e-mail address.
 */
export const inboxMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("feedback")
      .addColumn("status", "text", (c) => c.notNull().defaultTo("new"))
      .execute();
    await db.schema.alterTable("feedback").addColumn("note", "text").execute();
    await db.schema.alterTable("feedback").addColumn("handled_revision", "integer").execute();
    await db.schema.alterTable("feedback").addColumn("updated_at", "text").execute();
    await db.schema.alterTable("feedback").addColumn("erased_at", "text").execute();
    // The inbox lists by status, newest first; the retention job looks by age.
    await db.schema
      .createIndex("feedback_status_created_idx")
      .on("feedback")
      .columns(["status", "created_at"])
      .execute();
    await db.schema.createIndex("feedback_created_idx").on("feedback").column("created_at").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("feedback_created_idx").execute();
    await db.schema.dropIndex("feedback_status_created_idx").execute();
    for (const column of ["erased_at", "updated_at", "handled_revision", "note", "status"]) {
      await db.schema.alterTable("feedback").dropColumn(column).execute();
    }
  },
};
