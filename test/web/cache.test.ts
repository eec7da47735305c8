import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { createWebApp } from "../../src/web/index.js";

async function appWithSwappableCatalog() {
  let catalog: Catalog = await loadCatalog();
  const app = createWebApp({ getCatalog: () => catalog, addFeedback: async () => ({ id: "1" }) });
  return { app, swap: (next: Catalog) => (catalog = next), current: () => catalog };
}

describe("page cache per (revision, language, URL)", () => {
  it("serves a repeated page from the cache until the content revision changes", async () => {
    const { app, swap, current } = await appWithSwappableCatalog();
    expect((await app.request("/bronnen")).headers.get("x-page-cache")).toBeNull();
    const hit = await app.request("/bronnen");
    expect(hit.headers.get("x-page-cache")).toBe("hit");
    expect(await hit.text()).toContain('<html lang="nl">');
    // The English page is its own entry.
    expect((await app.request("/en/bronnen")).headers.get("x-page-cache")).toBeNull();
    swap({ ...current(), revision: current().revision + 1 });
    expect((await app.request("/bronnen")).headers.get("x-page-cache")).toBeNull();
  });

  it("never caches a keuzehulp result or a form with a CSRF token", async () => {
    const { app } = await appWithSwappableCatalog();
    const result = "/keuzehulp?age=3&unit=years&need=prevention";
    for (const path of [result, "/reageer"]) {
      await app.request(path);
      const again = await app.request(path);
      expect(again.headers.get("x-page-cache"), path).toBeNull();
      expect(again.headers.get("cache-control"), path).toBe("no-store");
    }
  });
});

describe("server errors", () => {
  it("answers 500 without details when the pages cannot read the catalog", async () => {
    const app = createWebApp({
      getCatalog: () => {
        throw new Error("secret database detail");
      },
      addFeedback: async () => ({ id: "1" }),
    });
    const res = await app.request("/interventies");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
  });
});
