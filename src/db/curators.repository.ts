import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import {
  type AccountStore,
  type Curator,
  type CuratorCredentials,
  isCuratorRole,
} from "../domain/accounts.js";
import { AppError } from "../domain/app-error.js";
import type { CuratorTable, Database } from "./schema.js";

type CuratorQueries = Pick<
  AccountStore,
  | "addCurator"
  | "findCuratorByEmail"
  | "getCurator"
  | "listCurators"
  | "setCuratorRole"
  | "setSecondFactor"
  | "claimTotpStep"
>;

/** The curator accounts: e-mail address, role, password hash and second factor. */
export function curatorQueries(db: Kysely<Database>): CuratorQueries {
  return {
    async addCurator(curator) {
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
        await db.insertInto("curator").values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError("conflict", "An account with this e-mail address exists.", [
            { path: "email", message: "exists" },
          ]);
        }
        throw error;
      }
      return toCurator(row);
    },

    async findCuratorByEmail(email) {
      const row = await db.selectFrom("curator").selectAll().where("email", "=", email).executeTakeFirst();
      return row ? toCredentials(row) : undefined;
    },

    async getCurator(id) {
      const row = await db.selectFrom("curator").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toCredentials(row) : undefined;
    },

    async listCurators() {
      const rows = await db.selectFrom("curator").selectAll().orderBy("email").execute();
      return rows.map(toCurator);
    },

    async setCuratorRole(id, role) {
      await db.updateTable("curator").set({ role }).where("id", "=", id).execute();
    },

    async setSecondFactor(id, secret) {
      await db
        .updateTable("curator")
        .set({ totp_secret: secret ?? null, totp_last_step: null })
        .where("id", "=", id)
        .execute();
    },

    async claimTotpStep(id, step) {
      const result = await db
        .updateTable("curator")
        .set({ totp_last_step: step })
        .where("id", "=", id)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
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
