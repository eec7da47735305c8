import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { feedbackCap } from "./index.js";

function cappedApp(options: { perMinute?: number; maxStored?: number; stored?: () => Promise<number> }) {
  let now = 0;
  const app = new Hono();
  app.use(
    feedbackCap({
      perMinute: options.perMinute ?? 1000,
      maxStored: options.maxStored ?? 1000,
      countStored: options.stored ?? (async () => 0),
      now: () => now,
    }),
  );
  app.post("/feedback", (c) => c.json({ ok: true }, 201));
  return { app, advance: (ms: number) => (now += ms) };
}
const post = (address: string) => ({ method: "POST", headers: { "X-Forwarded-For": address } });

describe("feedbackCap", () => {
  it("refuses feedback over the global cap with 429 and Retry-After, whoever sends it", async () => {
    const { app, advance } = cappedApp({ perMinute: 3 });
    for (const address of ["192.0.2.1", "192.0.2.2", "192.0.2.3"]) {
      expect((await app.request("/feedback", post(address))).status).toBe(201);
    }
    const refused = await app.request("/feedback", post("192.0.2.4"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    advance(20_000);
    expect((await app.request("/feedback", post("192.0.2.5"))).status).toBe(201);
  });

  it("refuses feedback with 503 problem+json once the store holds the maximum", async () => {
    let stored = 1;
    const { app, advance } = cappedApp({ maxStored: 2, stored: async () => stored });
    expect((await app.request("/feedback", post("192.0.2.1"))).status).toBe(201);
    stored = 2;
    // Counted as written before the count is read again.
    const full = await app.request("/feedback", post("192.0.2.1"));
    expect(full.status).toBe(503);
    expect(full.headers.get("content-type")).toBe("application/problem+json");
    expect(((await full.json()) as { type: string }).type).toBe("/api/docs#problem-unavailable");
    // Someone cleared old feedback: after the next count it is taken again.
    stored = 0;
    advance(10_000);
    expect((await app.request("/feedback", post("192.0.2.1"))).status).toBe(201);
  });

  it("lets feedback through when the count fails (the write reports its own outage)", async () => {
    const { app } = cappedApp({ stored: () => Promise.reject(new Error("down")) });
    expect((await app.request("/feedback", post("192.0.2.1"))).status).toBe(201);
  });
});
