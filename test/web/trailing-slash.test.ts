import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";
import { english, PAGES_OK } from "./page-paths.js";

// The pages do not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** "/keuzehulp?age=3" → "/keuzehulp/?age=3": the same address with a slash after the path. */
function withSlash(url: string): string {
  const [path, query] = url.split("?");
  return query === undefined ? `${path}/` : `${path}/?${query}`;
}

/**
 * A page asked for with a slash at the end (a link typed by hand, a bookmark, a CMS that adds
 * one) is sent on to its one address, query kept, instead of a 404 (issue 14).
 */
describe("a page path with a trailing slash", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("redirects /en/, /keuzehulp/ and /interventies/ with 301 to the page without the slash", async () => {
    for (const [asked, canonical] of [
      ["/en/", "/en"],
      ["/keuzehulp/", "/keuzehulp"],
      ["/interventies/", "/interventies"],
      ["/en/interventies/pipa/", "/en/interventies/pipa"],
      ["/keuzehulp///", "/keuzehulp"],
    ]) {
      const res = await t.app.request(asked as string);
      expect(res.status, asked).toBe(301);
      expect(res.headers.get("location"), asked).toBe(canonical);
    }
  });

  it("redirects every page and state, in both languages, keeping the query", async () => {
    for (const path of PAGES_OK.filter((p) => p !== "/")) {
      for (const url of [path, english(path)]) {
        const res = await t.app.request(withSlash(url));
        expect(res.status, url).toBe(301);
        expect(res.headers.get("location"), url).toBe(url);
        // The page it points at is there.
        expect((await t.app.request(url)).status, url).toBe(200);
      }
    }
  });

  it("answers HEAD like GET", async () => {
    const res = await t.app.request("/keuzehulp/?age=3&unit=years", { method: "HEAD" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/keuzehulp?age=3&unit=years");
  });

  it("keeps a redirect that carries a case out of every cache, and lets a plain one be kept", async () => {
    const withCase = await t.app.request("/keuzehulp/?age=3&unit=years&need=prevention");
    expect(withCase.headers.get("cache-control")).toBe("private, no-store");
    const plain = await t.app.request("/bronnen/");
    expect(plain.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
  });

  it("never sends a browser to another site (no protocol-relative Location)", async () => {
    for (const asked of ["//evil.example/", "///evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/"]) {
      const res = await t.app.request(`http://localhost${asked}`);
      const location = res.headers.get("location");
      if (location !== null) {
        expect(location, asked).toMatch(/^\/(?![/\\])/);
      } else {
        expect(res.status, asked).toBe(404);
      }
    }
  });

  it("does not redirect a form post (its body would be lost)", async () => {
    const res = await t.app.request("/reageer/", { method: "POST" });
    expect(res.status).not.toBe(301);
  });

  it("answers an API path with a slash with the API's 404 problem+json, not a redirect", async () => {
    for (const asked of ["/api/v1/interventions/", "/api/v1/interventions/pipa/", "/api/v1/"]) {
      const res = await t.app.request(asked);
      expect(res.status, asked).toBe(404);
      expect(res.headers.get("content-type"), asked).toMatch(/^application\/problem\+json/);
    }
  });

  it("sends a person who types /api/docs/ to the API reference page", async () => {
    const res = await t.app.request("/api/docs/");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/api/docs");
  });

  it("leaves the home page alone", async () => {
    expect((await t.app.request("/")).status).toBe(200);
  });
});
