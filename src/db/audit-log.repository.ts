import type { Kysely } from "kysely";
import type { AccountStore, AuditAction, AuditEntry } from "../domain/accounts.js";
import { type AuditRow, auditRow } from "./audit-row.js";
import type { Database } from "./schema.js";

/**
 * The audit log is only ever inserted into and read: there is no way here to change or
 * remove an entry, and the database refuses both (migration 002, and 006 that numbers the entries).
 */
export function auditLogQueries(db: Kysely<Database>): Pick<AccountStore, "appendAudit" | "listAudit"> {
  return {
    async appendAudit(entry) {
      const row = auditRow(entry);
      await db.insertInto("audit_log").values(row).execute();
      return toAudit(row);
    },

    async listAudit(options) {
      let query = db.selectFrom("audit_log").selectAll();
      if (options.action !== undefined) query = query.where("action", "=", options.action);
      if (options.actor !== undefined) query = query.where("actor", "=", options.actor);
      // Newest first by the clock every entry shows; entries of one millisecond newest
      // written first by their sequence number. Not `seq` alone: on PostgreSQL concurrent
      // transactions take numbers in insert order, not commit order, so `seq` is no more
      // exact than `at` between transactions, and ordering by `at` first keeps the list in
      // the order of the times it shows. Within one transaction, or one process writing in
      // turn, `seq` is exact: that is where entries share a millisecond.
      const rows = await query
        .orderBy("at", "desc")
        .orderBy("seq", "desc")
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      return rows.map(toAudit);
    },
  };
}

function toAudit(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    subject: row.subject,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    address: row.address,
  };
}
