import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

for (const dialect of DIALECTS) {
  describe(`health checks (${dialect.name})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => {
      await t.close();
    });

    it("/healthz answers 200 while the process runs", async () => {
      const response = await t.app.request("/healthz");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    });

    it("/readyz answers 200 with the revision when the database answers", async () => {
      const response = await t.app.request("/readyz");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: "ready",
        revision: t.holder.current().revision,
        database: dialect.name,
      });
    });

    it("/readyz answers 503 problem+json when the database does not", async () => {
      const down = await createTestApp(dialect, {
        wrapStore: (store) => Object.assign(Object.create(store), { ping: async () => false }),
      });
      try {
        const response = await down.app.request("/readyz");
        expect(response.status).toBe(503);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.headers.get("cache-control")).toBe("no-store");
        // The catalogue is still served from the snapshot.
        expect((await down.app.request("/api/v1/interventions/pipa")).status).toBe(200);
      } finally {
        await down.close();
      }
    });
  });
}
