import type { Kysely } from "kysely";
import type { ApiToken, ApiTokenStore } from "../domain/api-tokens.js";
import type { Database } from "./schema.js";

/** The curators' personal API tokens, kept only as their SHA-256 and a short prefix. */
export function apiTokenQueries(db: Kysely<Database>): ApiTokenStore {
  /** Tokens with their owner's e-mail address (never the hash: nothing outside needs it). */
  const tokensWithOwner = () =>
    db
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

  return {
    async addApiToken(token) {
      await db
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
    },

    async findApiToken(tokenHash) {
      const row = await tokensWithOwner().where("api_token.token_hash", "=", tokenHash).executeTakeFirst();
      return row ? toApiToken(row) : undefined;
    },

    async getApiToken(id) {
      const row = await tokensWithOwner().where("api_token.id", "=", id).executeTakeFirst();
      return row ? toApiToken(row) : undefined;
    },

    async listApiTokens(curatorId) {
      let query = tokensWithOwner();
      if (curatorId !== undefined) query = query.where("api_token.curator_id", "=", curatorId);
      const rows = await query.orderBy("api_token.created_at", "desc").orderBy("api_token.id").execute();
      return rows.map(toApiToken);
    },

    async markApiTokenUsed(id, at) {
      const first = await db
        .updateTable("api_token")
        .set({ last_used_at: at })
        .where("id", "=", id)
        .where("last_used_at", "is", null)
        .executeTakeFirst();
      if (Number(first.numUpdatedRows) === 1) return true;
      await db.updateTable("api_token").set({ last_used_at: at }).where("id", "=", id).execute();
      return false;
    },

    async deleteApiToken(id) {
      await db.deleteFrom("api_token").where("id", "=", id).execute();
    },
  };
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
