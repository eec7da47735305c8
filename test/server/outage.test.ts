import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../src/config.js";
import { createLogger } from "../../src/lib/logger.js";
import { type RunningServer, startServer } from "../../src/server.js";
import {
  createResponseValidator,
  overHttp,
  type ResponseValidator,
} from "../api/support/openapi-validator.js";
import { pollUntil } from "../support/poll-until.js";
import {
  createThrowawayPostgres,
  POSTGRES_BIN,
  type ThrowawayPostgres,
} from "./support/throwaway-postgres.js";

const feedback = (message: string): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ about: "/", message }),
});

/**
 * Needs PostgreSQL 15's tools and root (to run them as the postgres user), as on this
 * project's machines and CI (scripts/setup-services.sh installs them). Elsewhere the
 * test is left out with a warning; in CI their absence is a failure.
 */
function postgresToolsPresent(): boolean {
  const present = existsSync(`${POSTGRES_BIN}/initdb`) && process.getuid?.() === 0;
  if (!present && process.env.CI === "true") {
    throw new Error(`the outage test needs ${POSTGRES_BIN}/initdb and root in CI`);
  }
  if (!present)
    console.warn("[test/server] PostgreSQL 15 tools or root missing: the outage test is left out");
  return present;
}

const describeOutage = postgresToolsPresent() ? describe : () => undefined;

describeOutage("a PostgreSQL outage", () => {
  let cluster: ThrowawayPostgres;
  let server: RunningServer;
  let api: ResponseValidator;
  const logs: string[] = [];
  beforeAll(async () => {
    cluster = await createThrowawayPostgres();
    server = await startServer({
      config: testConfig({
        databaseUrl: cluster.url,
        port: 0,
        host: "127.0.0.1",
        ratePostsPerMinute: 100_000,
      }),
      logger: createLogger("error", (line) => logs.push(line)),
    });
    api = await createResponseValidator(overHttp(server.url));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await cluster?.destroy();
  });

  it("keeps serving the catalogue, answers 503 to writes and readiness, and loses nothing acknowledged", async () => {
    const acknowledged: { id: string; message: string }[] = [];
    const send = async (message: string) => {
      const response = await api.request("/api/v1/feedback", feedback(message));
      if (response.status === 201)
        acknowledged.push({ id: ((await response.json()) as { id: string }).id, message });
      return response;
    };
    expect((await send("voor de storing")).status).toBe(201);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await cluster.stop();

    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("content-type")).toBe("application/problem+json");
    const write = await send("tijdens de storing");
    expect(write.status).toBe(503);
    expect(write.headers.get("content-type")).toBe("application/problem+json");
    expect(((await write.json()) as { status: number }).status).toBe(503);
    const read = await api.request("/api/v1/interventions?q=pleegzorg");
    expect(read.status).toBe(200);
    expect(((await read.json()) as { total: number }).total).toBeGreaterThan(0);
    const advice = await api.request("/api/v1/advice", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] }),
    });
    expect(advice.status).toBe(200);

    await cluster.start();

    const slowly = { timeoutMs: 20_000, intervalMs: 200 };
    await pollUntil(async () => (await fetch(`${server.url}/readyz`)).status === 200, slowly);
    await pollUntil(async () => (await send("na de storing")).status === 201, slowly);
    expect(acknowledged.map((entry) => entry.message)).toEqual(["voor de storing", "na de storing"]);
    for (const { id, message } of acknowledged) {
      expect((await server.store.getFeedback(id))?.message).toBe(message);
    }
  }, 120_000);
});
