import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../src/middleware/security-headers/index.js";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";
import { PAGES_INVALID, PAGES_OK } from "./pages.js";

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
});
