import type { Kysely, Selectable } from "kysely";
import type { AccountStore, SessionRecord } from "../domain/accounts.js";
import type { CuratorSessionTable, Database } from "./schema.js";

type SessionQueries = Pick<
  AccountStore,
  | "createSession"
  | "findSession"
  | "touchSession"
  | "completeSession"
  | "deleteSession"
  | "deleteSessionsOf"
  | "deleteExpiredSessions"
>;

/** The curators' log-in sessions, by the hash of their id (the id itself is only in the cookie). */
export function sessionQueries(db: Kysely<Database>): SessionQueries {
  return {
    async createSession(session) {
      await db
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
    },

    async findSession(idHash) {
      const row = await db
        .selectFrom("curator_session")
        .selectAll()
        .where("id_hash", "=", idHash)
        .executeTakeFirst();
      return row ? toSession(row) : undefined;
    },

    async touchSession(idHash, lastSeenAt) {
      await db
        .updateTable("curator_session")
        .set({ last_seen_at: lastSeenAt })
        .where("id_hash", "=", idHash)
        .execute();
    },

    async completeSession(idHash) {
      await db
        .updateTable("curator_session")
        .set({ pending_second_factor: 0 })
        .where("id_hash", "=", idHash)
        .execute();
    },

    async deleteSession(idHash) {
      await db.deleteFrom("curator_session").where("id_hash", "=", idHash).execute();
    },

    async deleteSessionsOf(curatorId) {
      await db.deleteFrom("curator_session").where("curator_id", "=", curatorId).execute();
    },

    async deleteExpiredSessions(now, idleSince) {
      await db
        .deleteFrom("curator_session")
        .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<", idleSince)]))
        .execute();
    },
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
