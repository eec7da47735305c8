import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS, type TestDatabase } from "./dialects.js";

for (const dialect of DIALECTS) {
  describe(`migrations on ${dialect.name}`, () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await dialect.create();
    });
    afterEach(async () => {
      await database.drop();
    });

    it("go up, down and up again, leaving a working empty schema", async () => {
      const store = await database.open();
      await store.migrate();
      await store.migrate(); // idempotent
      expect(await store.currentRevision()).toBe(0);
      await store.addFeedback({ about: "/", message: "voor de migratie terug" });

      expect(await store.undoLastMigration()).toBe("006-audit-sequence");
      expect(await store.undoLastMigration()).toBe("005-drafts");
      expect(await store.undoLastMigration()).toBe("004-tokens");
      expect(await store.undoLastMigration()).toBe("003-inbox");
      expect(await store.undoLastMigration()).toBe("002-accounts");
      expect(await store.undoLastMigration()).toBe("001-initial");
      await expect(store.currentRevision()).rejects.toThrow();
      expect(await store.undoLastMigration()).toBeUndefined();

      await store.migrate();
      expect(await store.currentRevision()).toBe(0);
      const { id } = await store.addFeedback({ about: "/", message: "na de migratie" });
      expect((await store.getFeedback(id))?.message).toBe("na de migratie");
    });
  });
}
