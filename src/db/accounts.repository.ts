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
import type { ApiToken, NewApiTokenRecord } from "../domain/api-tokens.js";
import { AppError } from "../domain/app-error.js";
import { type AuditRow, auditRow } from "./audit-row.js";
import type { CuratorSessionTable, CuratorTable, Database } from "./schema.js";

/**
 * Curator accounts, their sessions and API tokens, failed log-ins and the audit log. The audit log
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
    const row = auditRow(entry);
    await this.db.insertInto("audit_log").values(row).execute();
    return toAudit(row);
  }

  async listAudit(options: { limit: number; offset: number } & AuditFilter): Promise<readonly AuditEntry[]> {
    let query = this.db.selectFrom("audit_log").selectAll();
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
  }

  async addApiToken(token: NewApiTokenRecord): Promise<void> {
    await this.db
      .insertInto("api_token")
      .values({
        id: token.id,
        curator_id: token.curatorId,
        name: token.name,
        prefix: token.prefix,
        token_hash: token.tokenHash,
        created_at: token.createdAt,
        last_used_at: null,
      })
      .execute();
  }

  async findApiToken(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.tokensWithOwner().where("api_token.token_hash", "=", tokenHash).executeTakeFirst();
    return row ? toApiToken(row) : undefined;
  }

  async getApiToken(id: string): Promise<ApiToken | undefined> {
    const row = await this.tokensWithOwner().where("api_token.id", "=", id).executeTakeFirst();
    return row ? toApiToken(row) : undefined;
  }

  async listApiTokens(curatorId?: string): Promise<readonly ApiToken[]> {
    let query = this.tokensWithOwner();
    if (curatorId !== undefined) query = query.where("api_token.curator_id", "=", curatorId);
    const rows = await query.orderBy("api_token.created_at", "desc").orderBy("api_token.id").execute();
    return rows.map(toApiToken);
  }

  async markApiTokenUsed(id: string, at: string): Promise<boolean> {
    const first = await this.db
      .updateTable("api_token")
      .set({ last_used_at: at })
      .where("id", "=", id)
      .where("last_used_at", "is", null)
      .executeTakeFirst();
    if (Number(first.numUpdatedRows) === 1) return true;
    await this.db.updateTable("api_token").set({ last_used_at: at }).where("id", "=", id).execute();
    return false;
  }

  async deleteApiToken(id: string): Promise<void> {
    await this.db.deleteFrom("api_token").where("id", "=", id).execute();
  }

  /** Tokens with their owner's e-mail address (never the hash: nothing outside needs it). */
  private tokensWithOwner() {
    return this.db
      .selectFrom("api_token")
      .innerJoin("curator", "curator.id", "api_token.curator_id")
      .select([
        "api_token.id",
        "api_token.curator_id",
        "curator.email",
        "api_token.name",
        "api_token.prefix",
        "api_token.created_at",
        "api_token.last_used_at",
      ]);
  }
}

function toApiToken(row: {
  id: string;
  curator_id: string;
  email: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}): ApiToken {
  return {
    id: row.id,
    curatorId: row.curator_id,
    ownerEmail: row.email,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at ?? undefined,
  };
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
