import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/index.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

for (const dialect of DIALECTS) {
  describe(`feedback on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
    });
    afterAll(async () => {
      await database.drop();
    });

    it("reads back what was written, with its id and time", async () => {
      const before = Date.now();
      const feedback = {
        about: "/interventies/pipa",
        message: "De leeftijd bij PIPA klopt niet — zie bron.",
        name: "Anna de Vries",
        email: "anna@example.org",
        role: "jeugdprofessional",
      };
      const { id, createdAt } = await store.addFeedback(feedback);
      expect(Date.parse(createdAt)).toBeGreaterThanOrEqual(before - 1000);

      const stored = await store.getFeedback(id);
      expect(stored).toEqual({ ...feedback, id, createdAt });
    });

    it("leaves optional fields absent rather than null", async () => {
      const { id } = await store.addFeedback({ about: "/", message: "Fijne site" });
      const stored = await store.getFeedback(id);
      expect(stored).toBeDefined();
      expect(Object.keys(stored ?? {}).sort()).toEqual(["about", "createdAt", "id", "message"]);
    });

    it("gives every message its own id and a second store sees it once written", async () => {
      const ids = await Promise.all(
        ["een", "twee", "drie"].map((message) => store.addFeedback({ about: "/reageer", message })),
      );
      expect(new Set(ids.map((r) => r.id)).size).toBe(3);
      const other = await database.open();
      expect((await other.getFeedback(ids[2]?.id ?? ""))?.message).toBe("drie");
    });

    it("answers undefined for an unknown id", async () => {
      expect(await store.getFeedback("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    });
  });
}
