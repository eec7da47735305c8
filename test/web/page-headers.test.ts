import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewFeedback } from "../../src/domain/feedback.js";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../src/middleware/security-headers/index.js";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";
import { PAGES_INVALID, PAGES_OK } from "./page-paths.js";

// The pages do not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** The pages through the whole app: the app's one security policy and one compression. */
describe("page headers through the app", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives every page, and the 404 page, the one Content-Security-Policy without 'unsafe-inline'", async () => {
    for (const path of [...PAGES_OK, ...PAGES_INVALID, "/bestaat-niet"]) {
      const res = await t.app.request(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
      expect(res.headers.get("content-security-policy"), path).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    }
  });

  it("compresses a page once: one gzip layer, unpacking to the plain page", async () => {
    for (const path of ["/interventies", "/interventies"]) {
      const plain = await (await t.app.request(path)).text();
      const packed = await t.app.request(path, { headers: { "Accept-Encoding": "gzip" } });
      expect(packed.headers.get("content-encoding")).toBe("gzip");
      expect(packed.headers.get("vary")).toBe("Accept-Encoding");
      expect(gunzipSync(Buffer.from(await packed.arrayBuffer())).toString("utf8")).toBe(plain);
    }
  });

  it("keeps the stylesheet's year-long immutable caching when it answers from the response cache", async () => {
    const page = await (await t.app.request("/")).text();
    const stylesheet = page.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(stylesheet).toBeDefined();
    for (const round of [1, 2]) {
      const res = await t.app.request(stylesheet as string, { headers: { "Accept-Encoding": "gzip" } });
      expect(res.status, `round ${round}`).toBe(200);
      expect(res.headers.get("cache-control"), `round ${round}`).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("content-encoding"), `round ${round}`).toBe("gzip");
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8")).toContain("hw-");
    }
  });

  it("refuses a feedback form over the app's body limit with 413, storing nothing", async () => {
    let stored = 0;
    const counting = await createTestApp(dialect, {
      wrapStore: (store) =>
        Object.assign(Object.create(store), {
          addFeedback: (feedback: NewFeedback) => {
            stored++;
            return store.addFeedback(feedback);
          },
        }),
    });
    try {
      const body = new URLSearchParams({ message: "x".repeat(70_000) }).toString();
      const res = await counting.app.request("/reageer", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": String(body.length),
        },
        body,
      });
      expect(res.status).toBe(413);
      expect(stored).toBe(0);
    } finally {
      await counting.close();
    }
  });
});
