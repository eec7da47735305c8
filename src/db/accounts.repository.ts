import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import {
  type AccountStore,
  type AuditAction,
  type AuditEntry,
  type AuditFilter,
  type Curator,
  type CuratorCredentials,
  type CuratorRole,
  isCuratorRole,
  type NewAuditEntry,
  type SessionRecord,
} from "../domain/accounts.js";
import { AppError } from "../domain/app-error.js";
import type { AuditLogTable, CuratorSessionTable, CuratorTable, Database } from "./schema.js";

/**
 * Curator accounts, their sessions, failed log-ins and the audit log. The audit log
 * is only ever inserted into and read: this class has no way to change or remove an
 * entry, and the database refuses both (migration 002).
 */
export class AccountsRepository implements AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async addCurator(curator: {
    email: string;
    role: CuratorRole;
    passwordHash: string;
    displayName: string;
  }): Promise<Curator> {
    const row = {
      id: randomUUID(),
      email: curator.email,
      password_hash: curator.passwordHash,
      display_name: curator.displayName,
      created_at: new Date().toISOString(),
      role: curator.role,
      totp_secret: null,
      totp_last_step: null,
    };
    try {
      await this.db.insertInto("curator").values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("conflict", "An account with this e-mail address exists.", [
          { path: "email", message: "exists" },
        ]);
      }
      throw error;
    }
    return toCurator(row);
  }

  async findCuratorByEmail(email: string): Promise<CuratorCredentials | undefined> {
    const row = await this.db.selectFrom("curator").selectAll().where("email", "=", email).executeTakeFirst();
    return row ? toCredentials(row) : undefined;
  }

  async getCurator(id: string): Promise<CuratorCredentials | undefined> {
    const row = await this.db.selectFrom("curator").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toCredentials(row) : undefined;
  }

  async listCurators(): Promise<readonly Curator[]> {
    const rows = await this.db.selectFrom("curator").selectAll().orderBy("email").execute();
    return rows.map(toCurator);
  }

  async setCuratorRole(id: string, role: CuratorRole): Promise<void> {
    await this.db.updateTable("curator").set({ role }).where("id", "=", id).execute();
  }

  async setSecondFactor(id: string, secret: string | undefined): Promise<void> {
    await this.db
      .updateTable("curator")
      .set({ totp_secret: secret ?? null, totp_last_step: null })
      .where("id", "=", id)
      .execute();
  }

  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db
      .updateTable("curator")
      .set({ totp_last_step: step })
      .where("id", "=", id)
      .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto("curator_session")
      .values({
        id_hash: session.idHash,
        curator_id: session.curatorId,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
        pending_second_factor: session.pendingSecondFactor ? 1 : 0,
      })
      .execute();
  }

  async findSession(idHash: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom("curator_session")
      .selectAll()
      .where("id_hash", "=", idHash)
      .executeTakeFirst();
    return row ? toSession(row) : undefined;
  }

  async touchSession(idHash: string, lastSeenAt: string): Promise<void> {
    await this.db
      .updateTable("curator_session")
      .set({ last_seen_at: lastSeenAt })
      .where("id_hash", "=", idHash)
      .execute();
  }

  async completeSession(idHash: string): Promise<void> {
    await this.db
      .updateTable("curator_session")
      .set({ pending_second_factor: 0 })
      .where("id_hash", "=", idHash)
      .execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom("curator_session").where("id_hash", "=", idHash).execute();
  }

  async deleteSessionsOf(curatorId: string): Promise<void> {
    await this.db.deleteFrom("curator_session").where("curator_id", "=", curatorId).execute();
  }

  async deleteExpiredSessions(now: string, idleSince: string): Promise<void> {
    await this.db
      .deleteFrom("curator_session")
      .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<", idleSince)]))
      .execute();
  }

  async recordLoginFailure(keys: readonly string[], at: string): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .insertInto("login_failure")
      .values(keys.map((key) => ({ id: randomUUID(), key, at })))
      .execute();
  }

  async countLoginFailures(
    key: string,
    since: string,
  ): Promise<{ count: number; latest: string | undefined }> {
    const row = await this.db
      .selectFrom("login_failure")
      .select((eb) => [eb.fn.countAll<number | string | bigint>().as("n"), eb.fn.max("at").as("latest")])
      .where("key", "=", key)
      .where("at", ">=", since)
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), latest: row.latest ?? undefined };
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.db.deleteFrom("login_failure").where("key", "=", key).execute();
  }

  async forgetLoginFailuresBefore(at: string): Promise<void> {
    await this.db.deleteFrom("login_failure").where("at", "<", at).execute();
  }

  async appendAudit(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = {
      id: randomUUID(),
      at: new Date().toISOString(),
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      detail: JSON.stringify(entry.detail),
      address: entry.address,
    };
    await this.db.insertInto("audit_log").values(row).execute();
    return toAudit(row);
  }

  async listAudit(options: { limit: number; offset: number } & AuditFilter): Promise<readonly AuditEntry[]> {
    let query = this.db.selectFrom("audit_log").selectAll();
    if (options.action !== undefined) query = query.where("action", "=", options.action);
    if (options.actor !== undefined) query = query.where("actor", "=", options.actor);
    const rows = await query
      .orderBy("at", "desc")
      .orderBy("id")
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    return rows.map(toAudit);
  }
}

/** A duplicate key on SQLite (SQLITE_CONSTRAINT_UNIQUE) or PostgreSQL (23505). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

function toCurator(row: Selectable<CuratorTable>): Curator {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    // A role the code no longer knows grants the least.
    role: isCuratorRole(row.role) ? row.role : "editor",
    createdAt: row.created_at,
    secondFactor: row.totp_secret !== null,
  };
}

function toCredentials(row: Selectable<CuratorTable>): CuratorCredentials {
  return {
    ...toCurator(row),
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret ?? undefined,
    totpLastStep: row.totp_last_step === null ? undefined : Number(row.totp_last_step),
  };
}

function toSession(row: Selectable<CuratorSessionTable>): SessionRecord {
  return {
    idHash: row.id_hash,
    curatorId: row.curator_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    pendingSecondFactor: Number(row.pending_second_factor) === 1,
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
