import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { AccountStore } from "../domain/accounts.js";
import type { Database } from "./schema.js";

type LoginFailureQueries = Pick<
  AccountStore,
  "recordLoginFailure" | "countLoginFailures" | "clearLoginFailures" | "forgetLoginFailuresBefore"
>;

/** Failed log-ins, one row per key (an account, a client address), counted towards the lock. */
export function loginFailureQueries(db: Kysely<Database>): LoginFailureQueries {
  return {
    async recordLoginFailure(keys, at) {
      if (keys.length === 0) return;
      await db
        .insertInto("login_failure")
        .values(keys.map((key) => ({ id: randomUUID(), key, at })))
        .execute();
    },

    async countLoginFailures(key, since) {
      const row = await db
        .selectFrom("login_failure")
        .select((eb) => [eb.fn.countAll<number | string | bigint>().as("n"), eb.fn.max("at").as("latest")])
        .where("key", "=", key)
        .where("at", ">=", since)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), latest: row.latest ?? undefined };
    },

    async clearLoginFailures(key) {
      await db.deleteFrom("login_failure").where("key", "=", key).execute();
    },

    async forgetLoginFailuresBefore(at) {
      await db.deleteFrom("login_failure").where("at", "<", at).execute();
    },
  };
}
