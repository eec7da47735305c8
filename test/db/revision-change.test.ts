import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureContent } from "../../src/catalog/first-import.js";
import type { Store } from "../../src/db/index.js";
import { pollUntil } from "../support/poll-until.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

/** Collects the revisions a store reports; `next(ms)` waits for the first one not yet taken. */
function listen(store: Store, knownRevision: number) {
  const heard: number[] = [];
  let wake: (() => void) | undefined;
  const stop = store.onRevisionChange((revision) => {
    heard.push(revision);
    wake?.();
  }, knownRevision);
  return {
    stop,
    /** Resolves with the next reported revision, or rejects when none comes within `ms`. */
    next(ms: number): Promise<number> {
      return new Promise((resolve, reject) => {
        const take = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve(heard.shift() as number);
        };
        const timer = setTimeout(() => {
          wake = undefined;
          reject(new Error(`no revision change within ${ms} ms`));
        }, ms);
        if (heard.length > 0) take();
        else wake = take;
      });
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`revision changes on ${dialect.name}`, () => {
    let database: TestDatabase;
    let reader: Store;
    let writer: Store;
    beforeEach(async () => {
      database = await dialect.create();
      writer = await database.open();
      reader = await database.open();
      await ensureContent(writer);
    });
    afterEach(async () => {
      await database.drop();
    });

    it("tells a second instance within 2 s when another one imports", async () => {
      const { revision: known, bundle } = await reader.loadContent();
      const listener = listen(reader, known);
      // Give a LISTEN connection time to be set up, as a running server would have.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const changed = { ...bundle, synonyms: [...bundle.synonyms, ["knuffelen", "knuffel"]] };
      const written = await writer.importContent(changed, { author: "a", reason: "synoniem" });
      expect(written).toBe(2);
      // The 2 s count from the commit: the import itself may be slow on a busy machine.
      expect(await listener.next(2_000)).toBe(2);
      listener.stop();
    });

    it("catches up on a revision made before subscribing, by the poll", async () => {
      expect(await listen(reader, 0).next(2_000)).toBe(1);
    });

    it("stays quiet when nothing changes and after close()", async () => {
      const calls: number[] = [];
      reader.onRevisionChange((revision) => calls.push(revision), 1);
      await writer.importContent((await writer.loadContent()).bundle, { author: "a", reason: "gelijk" });
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // at least one poll
      expect(calls).toEqual([]);
      await reader.close();
      const { bundle } = await writer.loadContent();
      await writer.importContent({ ...bundle, synonyms: [] }, { author: "a", reason: "na close" });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(calls).toEqual([]);
    });

    // LISTEN is PostgreSQL's own path; SQLite has only the poll tested above.
    if (dialect.name === "postgres") {
      it("reconnects its LISTEN connection after the server drops it, and still hears changes", async () => {
        const url = database.options.databaseUrl ?? "";
        /** Backend pids of the LISTEN connections on this database; terminates them when asked. */
        const listenerPids = async (terminate = false): Promise<number[]> => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            const result = await client.query<{ pid: number }>(
              `select pid${terminate ? ", pg_terminate_backend(pid)" : ""} from pg_stat_activity
               where datname = current_database() and query ilike 'LISTEN%'`,
            );
            return result.rows.map((row) => row.pid);
          } finally {
            await client.end();
          }
        };
        const calls: number[] = [];
        reader.onRevisionChange((revision) => calls.push(revision), 1);
        await pollUntil(async () => (await listenerPids()).length === 1);
        const dropped = await listenerPids(true);
        expect(dropped).toHaveLength(1);
        // A new session (another pid) listens again after the backoff.
        await pollUntil(async () => {
          const pids = await listenerPids();
          return pids.length === 1 && !dropped.includes(pids[0] ?? -1);
        });

        const { bundle } = await writer.loadContent();
        await writer.importContent(
          { ...bundle, synonyms: [["knuffel", "knuffelen"]] },
          { author: "a", reason: "b" },
        );
        await pollUntil(async () => calls.length > 0);
        expect(calls).toEqual([2]);
      });
    }
  });
}
