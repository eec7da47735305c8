import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";

const [sqlite] = DIALECTS;

describe("behind a TLS-terminating proxy (TRUST_PROXY=1, X-Forwarded-Proto: https)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(sqlite as (typeof DIALECTS)[number], { config: { trustedProxyHops: 1 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it("sends HSTS and a Secure CSRF cookie on the feedback form", async () => {
    const res = await t.app.request("/reageer", { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(res.headers.get("set-cookie")).toMatch(/^hw_csrf=[^;]+;.*; Secure$/);
  });

  it("sends HSTS on API answers and errors too", async () => {
    for (const path of ["/api/v1/situations", "/no-such-page"]) {
      const res = await t.app.request(path, { headers: { "X-Forwarded-Proto": "https" } });
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=31536000");
    }
  });

  it("over plain HTTP neither", async () => {
    const res = await t.app.request("/reageer");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(res.headers.get("set-cookie")).not.toMatch(/Secure/i);
  });
});
