import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { type CatalogHolder, createCatalogHolder } from "../../src/catalog/catalog-holder.js";
import { ensureContent } from "../../src/catalog/first-import.js";
import { testConfig } from "../../src/config.js";
import type { Store } from "../../src/db/store.js";
import type { ContentBundle } from "../../src/domain/types.js";
import { createLogger } from "../../src/lib/logger.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";

/** A copy of the bundle with one intervention renamed (the bundle itself is frozen). */
function renamed(bundle: ContentBundle, id: string, name: string): ContentBundle {
  const copy = structuredClone(bundle) as { interventions: { id: string; name: string }[] } & ContentBundle;
  const target = copy.interventions.find((intervention) => intervention.id === id);
  if (!target) throw new Error(`no ${id}`);
  target.name = name;
  return copy;
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

for (const dialect of DIALECTS) {
  describe(`two instances on one database (${dialect.name})`, () => {
    let database: TestDatabase;
    let storeA: Store;
    let storeB: Store;
    let holderA: CatalogHolder;
    let holderB: CatalogHolder;
    beforeAll(async () => {
      database = await dialect.create();
      storeA = await database.open();
      await ensureContent(storeA);
      storeB = await database.open();
      await ensureContent(storeB);
      holderA = await createCatalogHolder(storeA);
      holderB = await createCatalogHolder(storeB);
    });
    afterAll(async () => {
      holderA?.close();
      holderB?.close();
      await database?.drop();
    });

    it("a revision imported through one instance is served by the other within 2 s", async () => {
      const appB = createApp({
        store: storeB,
        holder: holderB,
        config: testConfig(),
        logger: createLogger("silent"),
      });
      const before = await appB.request("/api/v1/interventions/pipa");
      const tagBefore = before.headers.get("etag");
      expect(((await before.json()) as { name: string }).name).toBe("PIPA");

      const { bundle } = await storeA.loadContent();
      const revision = await storeA.importContent(renamed(bundle, "pipa", "PIPA (herzien)"), {
        author: "test",
        reason: "two instances",
      });
      expect(revision).toBeGreaterThan(holderB.current().revision);

      const took = await eventually(async () => {
        const response = await appB.request("/api/v1/interventions/pipa");
        return ((await response.json()) as { name: string }).name === "PIPA (herzien)";
      }, 2_000);
      expect(took).toBeLessThan(2_000);
      expect(holderB.current().revision).toBe(revision);
      // The old ETag no longer matches: caches fetch the new revision.
      const conditional = await appB.request("/api/v1/interventions/pipa", {
        headers: { "If-None-Match": tagBefore ?? "" },
      });
      expect(conditional.status).toBe(200);
      expect(conditional.headers.get("etag")).not.toBe(tagBefore);
    });
  });
}
