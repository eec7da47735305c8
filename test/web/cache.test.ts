import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/domain/types.js";
import { SHARED_CACHE_CONTROL } from "../../src/middleware/revision-etag/index.js";
import { createWebApp } from "../../src/web/index.js";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";

// The pages do not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/**
 * The pages through the whole app: the one response cache (per revision and URL), ETag
 * and 304, and a Cache-Control that lets a shared cache keep public catalogue pages but
 * never a page whose URL holds what a person entered.
 */
describe("page caching through the app", () => {
  let t: TestApp;
  // The catalog the app sees: replaceable, to tell a cached page from a fresh one.
  let shown: Catalog | undefined;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      wrapHolder: (holder) => ({ ...holder, current: () => shown ?? holder.current() }),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it("serves a repeated page from the cache until the content revision changes", async () => {
    const real = t.holder.current();
    const first = await (await t.app.request("/bronnen")).text();
    expect(first).toContain('<html lang="nl">');
    // Same revision, other content: the page comes from the cache.
    shown = { ...real, sources: [] };
    expect(await (await t.app.request("/bronnen")).text()).toBe(first);
    // The English page is its own entry.
    expect(await (await t.app.request("/en/bronnen")).text()).toContain('<html lang="en">');
    // A new revision: computed again.
    shown = { ...real, sources: [], revision: real.revision + 1 };
    expect(await (await t.app.request("/bronnen")).text()).not.toBe(first);
    shown = undefined;
  });

  it("lets shared caches keep a public catalogue page, revalidated by its ETag", async () => {
    for (const path of ["/", "/interventies", "/interventies/pipa", "/en/niet-doen"]) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe(SHARED_CACHE_CONTROL);
      const etag = response.headers.get("etag") ?? "";
      expect(etag, path).toMatch(/^W\/".+-r\d+"$/);
      const unchanged = await t.app.request(path, { headers: { "If-None-Match": etag } });
      expect(unchanged.status, path).toBe(304);
      expect(unchanged.headers.get("cache-control"), path).toBe(SHARED_CACHE_CONTROL);
    }
  });

  it("lets no cache keep a filtered list or comparison: its URL holds what a person entered (decision 085)", async () => {
    const real = t.holder.current();
    for (const path of [
      "/interventies?leeftijd=3",
      "/beleidsmakers?leeftijd=3",
      "/vergelijken?met=pipa",
      "/en/interventies?leeftijd=3",
    ]) {
      const first = await t.app.request(path);
      expect(first.status, path).toBe(200);
      expect(first.headers.get("cache-control"), path).toBe("private, no-store");
      expect(first.headers.get("etag"), path).toBeNull();
      // Same revision, other content: the page is computed again, not served from the response cache.
      shown = { ...real, interventions: [] };
      const again = await t.app.request(path);
      expect(await again.text(), path).not.toBe(await first.text());
      shown = undefined;
    }
  });

  it("lets no cache keep a keuzehulp result, which carries the case", async () => {
    const result = "/keuzehulp?age=3&unit=years&need=prevention";
    await t.app.request(result);
    const again = await t.app.request(result);
    expect(again.status).toBe(200);
    expect(again.headers.get("cache-control")).toBe("private, no-store");
    expect(again.headers.get("etag")).toBeNull();
  });

  it("never caches a form with a CSRF token", async () => {
    await t.app.request("/reageer");
    const again = await t.app.request("/reageer");
    expect(again.status).toBe(200);
    expect(again.headers.get("cache-control")).toBe("no-store");
    expect(again.headers.get("etag")).toBeNull();
  });
});

describe("server errors", () => {
  it("answers 500 without details when the pages cannot read the catalog", async () => {
    const app = createWebApp({
      holder: {
        current: () => {
          throw new Error("secret database detail");
        },
      },
      store: { addFeedback: async () => ({ id: "1", createdAt: "2026-01-15T12:00:00.000Z" }) },
    });
    const res = await app.request("/interventies");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
  });
});
