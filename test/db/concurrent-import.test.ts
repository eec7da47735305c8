import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureContent } from "../../src/catalog/first-import.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

const ROUNDS = 5;

for (const dialect of DIALECTS) {
  describe(`concurrent imports on ${dialect.name}`, () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await dialect.create();
    });
    afterEach(async () => {
      await database.drop();
    });

    it("give each import its own revision, losing none", async () => {
      const store = await database.open();
      await ensureContent(store);
      const { bundle } = await store.loadContent();
      // Two instances on PostgreSQL; on SQLite one store, whose single connection serialises them.
      const other = dialect.name === "postgres" ? await database.open() : store;
      await other.currentRevision(); // connected, so both start at once

      const made: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        made.push(
          ...(await Promise.all([
            store.importContent(
              { ...bundle, synonyms: [["aap", `noot${round}`]] },
              { author: "a", reason: "een" },
            ),
            other.importContent(
              { ...bundle, synonyms: [["mies", `wim${round}`]] },
              { author: "b", reason: "twee" },
            ),
          ])),
        );
      }
      expect(made.sort((x, y) => x - y)).toEqual(Array.from({ length: 2 * ROUNDS }, (_, n) => n + 2));
      expect(await store.currentRevision()).toBe(2 * ROUNDS + 1);
    });
  });
}
