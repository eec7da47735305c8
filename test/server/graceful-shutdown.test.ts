import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess } from "./support/server-process.js";

describe("the server process", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hw-server-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("imports the content on first run, serves pages and API, and exits 0 on SIGTERM", async () => {
    const server = await startServerProcess({ SQLITE_FILE: join(dir, "first-run.sqlite") });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { revision: number }).revision).toBe(1);
    expect((await fetch(`${server.url}/api/v1/interventions/pipa`)).status).toBe(200);
    const home = await fetch(`${server.url}/`);
    expect(home.headers.get("content-type")).toContain("text/html");
    expect(await server.stop()).toBe(0);
    expect(server.output.some((line) => line.includes('"msg":"shutting down"'))).toBe(true);
  }, 90_000);

  it("finishes requests in flight before it exits", async () => {
    const server = await startServerProcess({
      SQLITE_FILE: join(dir, "in-flight.sqlite"),
      RATE_LIMIT_POSTS_PER_MINUTE: "100000",
    });
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      fetch(`${server.url}/api/v1/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ about: "/", message: `in flight ${i}` }),
      }).then((response) => response.status),
    );
    // Give the requests time to reach the server, then ask it to stop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const exit = server.stop();
    const statuses = await Promise.allSettled(inFlight);
    expect(await exit).toBe(0);
    const answered = statuses
      .filter((s) => s.status === "fulfilled")
      .map((s) => (s as PromiseFulfilledResult<number>).value);
    // Every request that reached the server got its full answer, not a reset connection.
    expect(answered.every((status) => status === 201)).toBe(true);
    expect(answered.length).toBeGreaterThan(0);
  }, 90_000);
});
