import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createRateLimiter, rateLimit } from "./index.js";

describe("createRateLimiter", () => {
  it("lets a client make perMinute requests at once, then one per refill", () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 2, now: () => now });
    expect([limiter.take("a"), limiter.take("a")]).toEqual([undefined, undefined]);
    expect(limiter.take("a")).toBe(30);
    // Another client has its own bucket.
    expect(limiter.take("b")).toBeUndefined();
    now += 30_000;
    expect(limiter.take("a")).toBeUndefined();
    expect(limiter.take("a")).toBeGreaterThanOrEqual(1);
  });
});

describe("rateLimit", () => {
  function limitedApp(trustProxy: boolean) {
    const app = new Hono();
    app.use(rateLimit(createRateLimiter({ perMinute: 1 }), trustProxy));
    app.post("/advice", (c) => c.json({ ok: true }));
    return app;
  }
  const post = (headers: Record<string, string> = {}) => ({ method: "POST", headers });

  it("refuses a client over its limit with 429 problem+json and Retry-After", async () => {
    const app = limitedApp(false);
    expect((await app.request("/advice", post())).status).toBe(200);
    const refused = await app.request("/advice", post());
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { type: string }).type).toBe("/api/docs#problem-rate-limited");
  });

  it("counts by the first X-Forwarded-For address only behind a trusted proxy", async () => {
    const trusting = limitedApp(true);
    expect(
      (await trusting.request("/advice", post({ "X-Forwarded-For": "10.0.0.1, 10.0.0.9" }))).status,
    ).toBe(200);
    expect((await trusting.request("/advice", post({ "X-Forwarded-For": "10.0.0.2" }))).status).toBe(200);
    expect((await trusting.request("/advice", post({ "X-Forwarded-For": "10.0.0.1" }))).status).toBe(429);
    // Not trusted: the header is the client's own words; every request is the same client.
    const plain = limitedApp(false);
    expect((await plain.request("/advice", post({ "X-Forwarded-For": "10.0.0.1" }))).status).toBe(200);
    expect((await plain.request("/advice", post({ "X-Forwarded-For": "10.0.0.2" }))).status).toBe(429);
  });
});
