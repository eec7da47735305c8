import { afterAll, describe, expect, it } from "vitest";
import { createResponseValidator, overHttp } from "../api/support/openapi-validator.js";
import type { TestDatabase } from "../db/dialects.js";
import { DIALECTS } from "../db/dialects.js";
import { startServerProcess } from "./support/server-process.js";

const REQUESTS = 200;
/** Kill the server once this many answers came back, so the kill lands mid-stream. */
const KILL_AFTER_ACKS = 40;

function environmentFor(database: TestDatabase): Record<string, string> {
  const { databaseUrl, sqliteFile } = database.options;
  return databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_FILE: sqliteFile ?? "" };
}

for (const dialect of DIALECTS) {
  describe(`durability of feedback (${dialect.name})`, () => {
    const databases: TestDatabase[] = [];
    afterAll(async () => {
      for (const database of databases) await database.drop();
    });

    it(`every feedback answered 201 survives kill -9 during ${REQUESTS} concurrent POSTs`, async () => {
      const database = await dialect.create();
      databases.push(database);
      const env = { ...environmentFor(database), RATE_LIMIT_POSTS_PER_MINUTE: "1000000" };
      const server = await startServerProcess(env);
      const api = await createResponseValidator(overHttp(server.url));

      const acknowledged: { id: string; message: string }[] = [];
      let failed = 0;
      let killing: Promise<void> | undefined;
      const post = async (i: number) => {
        const message = `durability ${dialect.name} ${i} ${Math.random().toString(36).slice(2)}`;
        try {
          const response = await api.request("/api/v1/feedback", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ about: "/", message }),
          });
          if (response.status === 201) {
            const { id } = (await response.json()) as { id: string };
            acknowledged.push({ id, message });
          } else {
            failed++;
          }
        } catch (error) {
          // fetch fails with a TypeError when the connection is cut; anything else is a real failure.
          if (!(error instanceof TypeError)) throw error;
          failed++;
        }
        if (acknowledged.length >= KILL_AFTER_ACKS && !killing) killing = server.kill9();
      };
      await Promise.all(Array.from({ length: REQUESTS }, (_, i) => post(i)));
      await (killing ?? server.kill9());

      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(acknowledged.length + failed).toBe(REQUESTS);
      console.info(
        `[durability ${dialect.name}] ${acknowledged.length} acknowledged, ${failed} cut off by kill -9`,
      );

      // The restarted server comes up on the same database after the crash ...
      const restarted = await startServerProcess(env);
      try {
        const ready = await fetch(`${restarted.url}/readyz`);
        expect(ready.status).toBe(200);
        // ... and every acknowledged feedback is there, with its text.
        const store = await database.open();
        for (const { id, message } of acknowledged) {
          const stored = await store.getFeedback(id);
          expect(stored?.message, id).toBe(message);
        }
      } finally {
        expect(await restarted.stop()).toBe(0);
      }
    }, 120_000);
  });
}
