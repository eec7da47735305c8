import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";

// The pages do not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

const ATTACKER = { Host: "attacker.example" };

/**
 * Issue 13, finding 2: a page kept in the shared response cache must not carry links to
 * whatever host a request named. Absolute links come from PUBLIC_URL, never from the request.
 */
describe("absolute links without PUBLIC_URL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("never takes a host from the request into a page, so none ends up in the cache", async () => {
    const poisoned = await (
      await t.app.request("http://attacker.example/privacy", { headers: ATTACKER })
    ).text();
    expect(poisoned).not.toContain("attacker.example");
    const after = await (await t.app.request("/privacy")).text();
    expect(after).not.toContain("attacker.example");
    // Without an origin to make them absolute, no hreflang links at all (they must be absolute).
    expect(after).not.toContain('rel="alternate"');
    expect(after).toContain('href="/en/privacy" hreflang="en"');
  });
});

describe("absolute links and hosts with PUBLIC_URL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { config: { publicUrl: "https://hechtingswijzer.example" } });
  });
  afterAll(async () => {
    await t.close();
  });

  it("builds absolute links from PUBLIC_URL", async () => {
    const page = await (await t.app.request("https://hechtingswijzer.example/privacy")).text();
    expect(page).toContain('hreflang="en" href="https://hechtingswijzer.example/en/privacy"');
  });

  it("refuses a request for another host with a problem naming the Host header, except the health checks", async () => {
    const refused = await t.app.request("http://attacker.example/privacy", { headers: ATTACKER });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await refused.text()).toContain("Host");
    for (const path of ["/healthz", "/readyz"]) {
      const health = await t.app.request(`http://10.0.0.5${path}`, { headers: { Host: "10.0.0.5:3000" } });
      expect(health.status, path).toBe(200);
    }
  });
});

describe("PUBLIC_URL setting", () => {
  it("accepts an http(s) origin and refuses anything else, naming the variable", () => {
    expect(loadConfig({ PUBLIC_URL: "https://hechtingswijzer.example" }).publicUrl).toBe(
      "https://hechtingswijzer.example",
    );
    expect(loadConfig({}).publicUrl).toBeUndefined();
    for (const bad of ["hechtingswijzer.example", "ftp://x.example", "https://x.example/path"]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(ConfigError);
    }
  });
});
