import { randomUUID } from "node:crypto";
import type { NewAuditEntry } from "../domain/accounts.js";
import type { AuditLogTable } from "./schema.js";

/** An audit entry as written: the database adds its sequence number (`seq`). */
export type AuditRow = Omit<AuditLogTable, "seq">;

/**
 * An audit entry as its row, stamped now. Every repository that writes the log (accounts,
 * content, drafts) builds rows here, so the entry is written in the same transaction as
 * what it records.
 */
export function auditRow(entry: NewAuditEntry, at: string = new Date().toISOString()): AuditRow {
  return {
    id: randomUUID(),
    at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    detail: JSON.stringify(entry.detail),
    address: entry.address,
  };
}
