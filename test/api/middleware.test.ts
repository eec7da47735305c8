import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../src/middleware/security-headers/index.js";
import { DIALECTS } from "../db/dialects.js";
import { createTestApp, postJson, type TestApp } from "./support/test-app.js";

// Middleware does not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

describe("middleware", () => {
  let t: TestApp;
  let withCors: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    withCors = await createTestApp(dialect, { config: { corsOrigins: ["https://partner.example"] } });
  });
  afterAll(async () => {
    await t.close();
    await withCors.close();
  });

  it("sets the security headers on answers, problems and health checks", async () => {
    const responses = [
      await t.app.request("/api/v1/situations"),
      await t.app.request("/api/v1/interventions/nope"),
      await t.app.request("/api/v1/advice", postJson("{")),
      await t.app.request("/healthz"),
      await t.app.request("/api/docs"),
    ];
    for (const response of responses) {
      for (const name of Object.keys(SECURITY_HEADERS))
        expect(response.headers.get(name), name).not.toBeNull();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    }
  });

  it("gives every answer a request id, keeping an acceptable one from the caller", async () => {
    const fresh = await t.app.request("/healthz");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.app.request("/healthz", { headers: { "X-Request-Id": "trace-42" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-42");
    const replaced = await t.app.request("/healthz", { headers: { "X-Request-Id": "bad id <script>" } });
    expect(replaced.headers.get("x-request-id")).not.toContain("script");
  });

  it("a 500 answers a problem with only a request id, never a stack trace", async () => {
    const broken = await createTestApp(dialect, {
      wrapHolder: (holder) => ({
        ...holder,
        current: () => {
          throw new TypeError("secret internal detail at /src/catalog/catalog-holder.ts:42");
        },
      }),
    });
    try {
      const response = await broken.app.request("/api/v1/situations");
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const text = await response.text();
      expect(text).not.toContain("secret internal detail");
      expect(text).not.toContain("catalog-holder.ts");
      const problem = JSON.parse(text) as { requestId: string; status: number };
      expect(problem.status).toBe(500);
      expect(problem.requestId).toBe(response.headers.get("x-request-id"));
      // The details go to the log, under the same request id.
      const logged = broken.logs.find((log) => log.msg === "unhandled error");
      expect(logged?.requestId).toBe(problem.requestId);
    } finally {
      await broken.close();
    }
  });

  it("logs one JSON line per request with method, path, status and duration", async () => {
    await t.app.request("/api/v1/interventions/pipa?lang=en");
    const line = t.logs.find((log) => log.path === "/api/v1/interventions/pipa");
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", status: 200 });
    expect(typeof line?.durationMs).toBe("number");
    expect(typeof line?.requestId).toBe("string");
    expect(t.rawLogs.some((raw) => raw.includes("lang=en"))).toBe(false);
  });

  it("compresses large answers for clients that accept gzip", async () => {
    const response = await t.app.request("/api/v1/export.json", { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString("utf8")) as {
      rows: unknown[];
    };
    expect(body.rows.length).toBeGreaterThan(19);
    const plain = await t.app.request("/api/v1/export.json");
    expect(plain.headers.get("content-encoding")).toBeNull();
    // Both forms name what they vary on, so a shared cache keeps them apart.
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
  });

  it("CORS is off by default: no Access-Control headers", async () => {
    const response = await t.app.request("/api/v1/situations", {
      headers: { Origin: "https://elsewhere.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CORS allows only configured origins", async () => {
    const allowed = await withCors.app.request("/api/v1/situations", {
      headers: { Origin: "https://partner.example" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    const other = await withCors.app.request("/api/v1/situations", {
      headers: { Origin: "https://evil.example" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await withCors.app.request("/api/v1/advice", {
      method: "OPTIONS",
      headers: { Origin: "https://partner.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("names both Origin and Accept-Encoding in Vary when CORS is on, gzip or not", async () => {
    for (const acceptEncoding of ["identity", "gzip"]) {
      const response = await withCors.app.request("/api/v1/export.json", {
        headers: { Origin: "https://partner.example", "Accept-Encoding": acceptEncoding },
      });
      const named = (response.headers.get("vary") ?? "").split(",").map((name) => name.trim().toLowerCase());
      expect(named.sort(), acceptEncoding).toEqual(["accept-encoding", "origin"]);
    }
  });
});
