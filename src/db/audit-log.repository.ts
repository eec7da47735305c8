import type { Kysely, Selectable } from "kysely";
import type { AccountStore, AuditAction, AuditEntry } from "../domain/accounts.js";
import { auditRow } from "./audit-row.js";
import type { AuditLogTable, Database } from "./schema.js";

/**
 * The audit log is only ever inserted into and read: there is no way here to change or
 * remove an entry, and the database refuses both (migration 002).
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
      const rows = await query
        .orderBy("at", "desc")
        .orderBy("id")
        .limit(options.limit)
        .offset(options.offset)
        .execute();
      return rows.map(toAudit);
    },
  };
}

function toAudit(row: Selectable<AuditLogTable>): AuditEntry {
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
