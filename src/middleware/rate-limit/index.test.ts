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
  function limitedApp(trustedHops: number) {
    const app = new Hono();
    app.use(rateLimit(createRateLimiter({ perMinute: 1 }), trustedHops));
    app.post("/advice", (c) => c.json({ ok: true }));
    return app;
  }
  const post = (headers: Record<string, string> = {}) => ({ method: "POST", headers });

  it("refuses a client over its limit with 429 problem+json and Retry-After", async () => {
    const app = limitedApp(0);
    expect((await app.request("/advice", post())).status).toBe(200);
    const refused = await app.request("/advice", post());
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { type: string }).type).toBe("/api/docs#problem-rate-limited");
  });

  it("behind one trusted proxy counts by the address that proxy appended, not the leftmost", async () => {
    const trusting = limitedApp(1);
    // The client wrote "10.0.0.1" itself; the proxy appended the real peer 203.0.113.7.
    expect(
      (await trusting.request("/advice", post({ "X-Forwarded-For": "10.0.0.1, 203.0.113.7" }))).status,
    ).toBe(200);
    // A new spoofed leftmost entry does not make a new client.
    expect(
      (await trusting.request("/advice", post({ "X-Forwarded-For": "10.0.0.2, 203.0.113.7" }))).status,
    ).toBe(429);
    expect((await trusting.request("/advice", post({ "X-Forwarded-For": "203.0.113.8" }))).status).toBe(200);
    // Not trusted: the header is the client's own words; every request is the same client.
    const plain = limitedApp(0);
    expect((await plain.request("/advice", post({ "X-Forwarded-For": "10.0.0.1" }))).status).toBe(200);
    expect((await plain.request("/advice", post({ "X-Forwarded-For": "10.0.0.2" }))).status).toBe(429);
  });

  it("behind two trusted proxies counts by the second address from the right", async () => {
    const trusting = limitedApp(2);
    const chain = (client: string) => ({ "X-Forwarded-For": `6.6.6.6, ${client}, 10.0.0.5` });
    expect((await trusting.request("/advice", post(chain("198.51.100.1")))).status).toBe(200);
    expect((await trusting.request("/advice", post(chain("198.51.100.1")))).status).toBe(429);
    expect((await trusting.request("/advice", post(chain("198.51.100.2")))).status).toBe(200);
  });

  it("puts two IPv6 addresses of one /64 in one bucket", async () => {
    const trusting = limitedApp(1);
    const from = (address: string) => post({ "X-Forwarded-For": address });
    expect((await trusting.request("/advice", from("2001:db8:1:2::1"))).status).toBe(200);
    expect((await trusting.request("/advice", from("2001:db8:1:2:ffff:0:0:9"))).status).toBe(429);
    expect((await trusting.request("/advice", from("2001:db8:1:3::1"))).status).toBe(200);
  });
});
