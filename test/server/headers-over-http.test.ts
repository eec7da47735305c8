import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED_CACHE_CONTROL } from "../../src/middleware/revision-etag/index.js";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../src/middleware/security-headers/index.js";
import { startTestServer, type TestServer } from "../e2e/support/server.js";

/**
 * Every answer over a real socket, as npm start serves it, has the headers the one
 * pipeline gives it in-process (test/api/middleware.test.ts).
 */
describe("headers over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers });

  function expectSecurityHeaders(response: Response): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), name).toBe(value);
    }
    expect(response.headers.get("content-security-policy") ?? "").not.toContain("unsafe-inline");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  }

  it("gives a catalogue answer the security headers, a request id, Vary, ETag and Cache-Control", async () => {
    const response = await get("/api/v1/interventions/pipa");
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("etag")).toMatch(/^W\/".+-r\d+"$/);
    expect(response.headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(((await response.json()) as { id: string }).id).toBe("pipa");

    // Served again from the response cache: the same headers.
    const again = await get("/api/v1/interventions/pipa");
    expectSecurityHeaders(again);
    expect(again.headers.get("etag")).toBe(response.headers.get("etag"));
    expect(again.headers.get("x-request-id")).not.toBe(response.headers.get("x-request-id"));

    const unchanged = await get("/api/v1/interventions/pipa", {
      "If-None-Match": response.headers.get("etag") ?? "",
    });
    expect(unchanged.status).toBe(304);
    expectSecurityHeaders(unchanged);
    expect(unchanged.headers.get("etag")).toBe(response.headers.get("etag"));
  });

  it("gives a problem its own Cache-Control and no ETag", async () => {
    const response = await get("/api/v1/interventions/nope");
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control")).not.toBe(SHARED_CACHE_CONTROL);
  });

  it("keeps an acceptable request id from the caller and replaces one that is not", async () => {
    expect((await get("/healthz", { "X-Request-Id": "trace-42" })).headers.get("x-request-id")).toBe(
      "trace-42",
    );
    const replaced = await get("/healthz", { "X-Request-Id": "bad id <script>" });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives a page the one Content-Security-Policy, with a shared-cache Cache-Control and ETag", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
    const unchanged = await get("/", { "If-None-Match": response.headers.get("etag") ?? "" });
    expect(unchanged.status).toBe(304);
  });

  it("answers an advice with no-store and the security headers", async () => {
    const response = await fetch(`${server.url}/api/v1/advice`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] }),
    });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(((await response.json()) as { status: string }).status).toBe("recommendations");
  });

  it("compresses for a client that accepts gzip, and says what the answer varies on", async () => {
    const response = await get("/api/v1/interventions/pipa", { "Accept-Encoding": "gzip" });
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
    expectSecurityHeaders(response);
    // fetch decompresses; the server's encoding shows in the header.
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(((await response.json()) as { id: string }).id).toBe("pipa");
  });
});
