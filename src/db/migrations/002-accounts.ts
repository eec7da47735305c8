import type { Kysely, Migration } from "kysely";
import { appendOnly, dropAppendOnly } from "./audit-append-only.js";

/**
 * Accounts for /beheer (issue 15): a role and an optional second factor per curator,
 * log-in sessions (only the hash of a session id), failed log-ins (the lock per
 * account and per address) and the client address in the audit log, which from now on
 * refuses every UPDATE and DELETE on both dialects.
 */
export const accountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("curator")
      .addColumn("role", "text", (c) => c.notNull().defaultTo("editor"))
      .execute();
    await db.schema.alterTable("curator").addColumn("totp_secret", "text").execute();
    await db.schema.alterTable("curator").addColumn("totp_last_step", "integer").execute();

    await db.schema
      .createTable("curator_session")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("curator_id", "text", (c) => c.notNull().references("curator.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("pending_second_factor", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex("curator_session_curator_idx")
      .on("curator_session")
      .column("curator_id")
      .execute();

    await db.schema
      .createTable("login_failure")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("login_failure_key_at_idx")
      .on("login_failure")
      .columns(["key", "at"])
      .execute();

    await db.schema
      .alterTable("audit_log")
      .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await appendOnly(db);
  },

  async down(db: Kysely<unknown>) {
    await dropAppendOnly(db);
    await db.schema.alterTable("audit_log").dropColumn("address").execute();
    await db.schema.dropTable("login_failure").execute();
    await db.schema.dropTable("curator_session").execute();
    await db.schema.alterTable("curator").dropColumn("totp_last_step").execute();
    await db.schema.alterTable("curator").dropColumn("totp_secret").execute();
    await db.schema.alterTable("curator").dropColumn("role").execute();
  },
};
