import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { CASE_DATA_CACHE_CONTROL, revisionEtag, SHARED_CACHE_CONTROL } from "./index.js";

function appAt(revision: { value: number }): Hono {
  const app = new Hono();
  app.use(
    revisionEtag({
      revision: () => revision.value,
      version: "1.0.0",
      holdsCaseData: (c) => c.req.url.includes("?"),
    }),
  );
  app.get("/page", (c) => c.html("<p>page</p>"));
  app.get("/result", (c) => c.html("<p>result</p>", 200, { "Cache-Control": "no-store" }));
  app.get("/missing", (c) => c.json({ missing: true }, 404));
  return app;
}

describe("revisionEtag", () => {
  it("tags an answer with the revision and lets shared caches keep it, revalidating", async () => {
    const response = await appAt({ value: 7 }).request("/page");
    expect(response.headers.get("etag")).toBe('W/"1.0.0-r7"');
    expect(response.headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
  });

  it("answers 304 without a body to a request that holds the current tag, and 200 after a new revision", async () => {
    const revision = { value: 7 };
    const app = appAt(revision);
    for (const ifNoneMatch of ['W/"1.0.0-r7"', '"1.0.0-r7"', '"other", W/"1.0.0-r7"', "*"]) {
      const unchanged = await app.request("/page", { headers: { "If-None-Match": ifNoneMatch } });
      expect(unchanged.status, ifNoneMatch).toBe(304);
      expect(await unchanged.text()).toBe("");
      expect(unchanged.headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
    }
    revision.value = 8;
    const changed = await app.request("/page", { headers: { "If-None-Match": 'W/"1.0.0-r7"' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('W/"1.0.0-r8"');
  });

  it("lets no cache keep an answer whose URL holds case data: no tag, no 304, private and no-store", async () => {
    const response = await appAt({ value: 1 }).request("/page?leeftijd=3", {
      headers: { "If-None-Match": "*" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(CASE_DATA_CACHE_CONTROL);
    expect(CASE_DATA_CACHE_CONTROL).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("leaves alone an answer that is not a 200 or says no-store", async () => {
    const app = appAt({ value: 1 });
    const missing = await app.request("/missing", { headers: { "If-None-Match": "*" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    const result = await app.request("/result");
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.headers.get("etag")).toBeNull();
  });
});
