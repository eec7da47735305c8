import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { NewFeedback, StoredFeedback } from "../domain/feedback.js";
import type { Database, FeedbackTable } from "./schema.js";

/** Feedback from the "Reageer!" page. */
export class FeedbackRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores one message; resolves after the transaction has committed. */
  async add(feedback: NewFeedback): Promise<{ id: string; createdAt: string }> {
    const id = randomUUID();
    const createdAt = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("feedback")
        .values({
          id,
          created_at: createdAt,
          about: feedback.about,
          message: feedback.message,
          name: feedback.name ?? null,
          email: feedback.email ?? null,
          role: feedback.role ?? null,
          status: "new",
        })
        .execute();
    });
    return { id, createdAt };
  }

  /** How many messages are stored (an index-only count; feedback-cap reads it every few seconds). */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("feedback")
      .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** One message by id; undefined when there is none. */
  async get(id: string): Promise<StoredFeedback | undefined> {
    const row = await this.db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toFeedback(row) : undefined;
  }
}

/** Row → domain object; absent optional fields stay absent instead of becoming null. */
export function toFeedback(row: Selectable<FeedbackTable>): StoredFeedback {
  return {
    id: row.id,
    createdAt: row.created_at,
    about: row.about,
    message: row.message,
    ...(row.name === null ? {} : { name: row.name }),
    ...(row.email === null ? {} : { email: row.email }),
    ...(row.role === null ? {} : { role: row.role }),
  };
}
