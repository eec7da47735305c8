import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";
import { freePort } from "../server/support/free-port.js";
import { type ServerProcess, startServerProcess } from "../server/support/server-process.js";
import { httpsClient, type ProxyAnswer } from "./support/https-client.js";
import { makeCertificate, type ProxyPorts, type RunningNginx, startNginx } from "./support/nginx.js";

const run = promisify(execFile);
const postgres = DIALECTS.find((dialect) => dialect.name === "postgres");
if (!postgres) throw new Error("the proxy test runs on PostgreSQL: set TEST_DATABASE_URL (npm test does)");

/** POSTs one client address may make per minute on each instance, low enough to reach here. */
const POSTS_PER_MINUTE = 20;
const RESULT_PAGE = "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care";
const ADVICE = JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] });
const JSON_POST = { method: "POST", headers: { "Content-Type": "application/json" }, body: ADVICE };

/**
 * docs/deploy as it ships: nginx from Debian with the shipped site file (TLS with a
 * self-signed certificate), two instances of the build on one PostgreSQL database,
 * everything on loopback. The tests run in order: the last ones stop the instances.
 */
describe("behind nginx: two instances on PostgreSQL (docs/deploy)", () => {
  let dir: string;
  let database: TestDatabase;
  let ports: ProxyPorts;
  let nginx: RunningNginx;
  let client: ReturnType<typeof httpsClient>;
  const instances: ServerProcess[] = [];

  const startInstance = (port: number) =>
    startServerProcess(
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: database.cliDatabase,
        TRUST_PROXY: "1",
        PUBLIC_URL: `https://127.0.0.1:${ports.https}`,
        RATE_LIMIT_POSTS_PER_MINUTE: String(POSTS_PER_MINUTE),
      },
      60_000,
      "build",
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hw-proxy-"));
    database = await postgres.create();
    ports = {
      http: await freePort(),
      https: await freePort(),
      instances: [await freePort(), await freePort()],
    };
    // One after the other: the first imports the shipped content into the empty database.
    for (const port of ports.instances) instances.push(await startInstance(port));
    const ca = await makeCertificate(dir);
    nginx = await startNginx(dir, ports);
    client = httpsClient(`https://127.0.0.1:${ports.https}`, ca);
  }, 120_000);

  afterAll(async () => {
    client?.close();
    await nginx?.stop();
    for (const instance of instances) if (instance.child.exitCode === null) await instance.stop();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("sends plain HTTP to HTTPS, and over HTTPS HSTS and Secure cookies", async () => {
    const plain = await fetch(`http://127.0.0.1:${ports.http}/reageer?over=x`, { redirect: "manual" });
    expect(plain.status).toBe(301);
    expect(plain.headers.get("location")).toBe("https://127.0.0.1/reageer?over=x");

    const form = await client.request("/reageer");
    expect(form.status).toBe(200);
    expect(form.headers["strict-transport-security"]).toBe("max-age=31536000");
    const cookies = form.headers["set-cookie"] ?? [];
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^hw_csrf=[^;]+;.*HttpOnly.*SameSite=Strict.*; Secure$/);
    const api = await client.request("/api/v1/situations");
    expect(api.headers["strict-transport-security"]).toBe("max-age=31536000");
  });

  it("takes the feedback form from a browser on the public origin, and refuses another origin", async () => {
    const form = await client.request("/reageer", { localAddress: "127.0.0.7" });
    const cookie = (form.headers["set-cookie"]?.[0] ?? "").split(";")[0] as string;
    const token = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? "";
    const send = (origin: string) =>
      client.request("/reageer", {
        method: "POST",
        localAddress: "127.0.0.7",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: origin },
        body: new URLSearchParams({ csrf: token, about: "/", message: "Via de proxy." }).toString(),
      });
    const accepted = await send(`https://127.0.0.1:${ports.https}`);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toBe("/reageer/bedankt?over=%2F");
    expect((await send("https://attacker.example")).status).toBe(403);
  });

  it("refuses a Host other than the public one", async () => {
    const answer = await client.request("/privacy", { headers: { Host: "attacker.example" } });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain("attacker.example/");
  });

  it("limits the address nginx saw, whatever the client writes in X-Forwarded-For", async () => {
    const agent = client.agent("127.0.0.3");
    const statuses: number[] = [];
    for (let i = 0; i < 3 * POSTS_PER_MINUTE; i++) {
      const answer = await client.request("/api/v1/advice", {
        ...JSON_POST,
        headers: { ...JSON_POST.headers, "X-Forwarded-For": `203.0.113.${i}, 198.51.100.${i}` },
        agent,
      });
      statuses.push(answer.status);
    }
    agent.destroy();
    const accepted = statuses.filter((status) => status === 200).length;
    console.log(`${accepted} of ${statuses.length} POSTs with a forged X-Forwarded-For accepted`);
    // Each instance keeps its own buckets: at most the limit on each of the two.
    expect(accepted).toBeLessThanOrEqual(2 * POSTS_PER_MINUTE);
    expect(statuses.filter((status) => status === 429).length).toBe(statuses.length - accepted);
    // Another address has a bucket of its own.
    const other = await client.request("/api/v1/advice", { ...JSON_POST, localAddress: "127.0.0.4" });
    expect(other.status).toBe(200);
  });

  it("keeps public pages in its cache, and never advice or a result page", async () => {
    const first = await client.request("/interventies/pipa");
    const second = await client.request("/interventies/pipa");
    expect(first.status).toBe(200);
    expect([first.headers["x-cache-status"], second.headers["x-cache-status"]]).toContain("HIT");

    for (let i = 0; i < 3; i++) {
      const result = await client.request(RESULT_PAGE);
      expect(result.status).toBe(200);
      expect(result.headers["cache-control"]).toBe("private, no-store");
      expect(result.headers["x-cache-status"]).not.toBe("HIT");
      const advice = await client.request("/api/v1/advice", { ...JSON_POST, localAddress: "127.0.0.5" });
      expect(advice.status).toBe(200);
      expect(advice.headers["x-cache-status"]).toBeUndefined();
    }
  });

  it("shows content published with `db import` through the proxy within 2 s", async () => {
    const nameOf = async (path: string) => JSON.parse((await client.request(path)).body).name as string;
    const pageHas = async (text: string) => (await client.request("/interventies/pipa")).body.includes(text);
    expect(await nameOf("/api/v1/interventions/pipa")).toBe("PIPA");
    expect(await pageHas("PIPA (herzien)")).toBe(false);

    const content = join(dir, "content");
    await cp(join(PROJECT_ROOT, "content"), content, { recursive: true });
    const file = join(content, "interventions", "pipa.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^name: PIPA$/m, "name: PIPA (herzien)"));
    await run(join(PROJECT_ROOT, "bin", "hechtingswijzer"), [
      "db",
      "import",
      content,
      "--database",
      database.cliDatabase,
    ]);

    const started = Date.now();
    let seen = false;
    while (!seen && Date.now() - started < 5_000) {
      seen =
        (await nameOf("/api/v1/interventions/pipa")) === "PIPA (herzien)" &&
        (await pageHas("PIPA (herzien)"));
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const took = Date.now() - started;
    console.log(`publish visible through the proxy after ${took} ms`);
    expect(seen).toBe(true);
    expect(took).toBeLessThan(2_000);
  });

  it("loses no request when an instance is stopped (SIGTERM) under 50 concurrent clients", async () => {
    const failures: string[] = [];
    let answered = 0;
    let inFlight = 0;
    let stopped = false;
    const paths = [RESULT_PAGE, "/interventies/pipa", "/api/v1/interventions", "/api/v1/situations"];
    const worker = async (index: number) => {
      // A client address of its own, so each stays far below its POST limit.
      const agent = client.agent(`127.0.1.${index + 1}`);
      for (let round = 0; !stopped; round++) {
        const post = round < 10 && round % 2 === 0;
        let answer: ProxyAnswer;
        inFlight++;
        try {
          answer = post
            ? await client.request("/api/v1/advice", { ...JSON_POST, agent })
            : await client.request(paths[round % paths.length] as string, { agent });
        } catch (error) {
          failures.push(`client ${index}: ${(error as Error).message}`);
          continue;
        } finally {
          inFlight--;
        }
        answered++;
        if (answer.status !== 200)
          failures.push(`client ${index}: ${answer.status} ${answer.body.slice(0, 120)}`);
      }
      agent.destroy();
    };
    const load = Array.from({ length: 50 }, (_, index) => worker(index));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [first] = instances as [ServerProcess];
    const servedBefore = first.output.length;
    const inFlightAtStop = inFlight;
    const exitCode = await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    stopped = true;
    await Promise.all(load);

    console.log(`${answered} requests through the proxy, ${inFlightAtStop} in flight at SIGTERM`);
    expect(exitCode).toBe(0);
    // It was serving when it was told to stop, and answered what it had accepted.
    const shutdownLog = first.output.slice(servedBefore).map((line) => JSON.parse(line) as { msg: string });
    expect(shutdownLog.some((entry) => entry.msg === "shutting down")).toBe(true);
    expect(failures).toEqual([]);
    expect(inFlightAtStop).toBeGreaterThan(25);
    expect(answered).toBeGreaterThan(100);
  }, 60_000);

  it("serves cached public pages while every instance is down, but no advice", async () => {
    for (const instance of instances) if (instance.child.exitCode === null) await instance.stop();
    const page = await client.request("/interventies/pipa");
    expect(page.status).toBe(200);
    expect(page.body).toContain("PIPA (herzien)");
    expect(["HIT", "STALE"]).toContain(page.headers["x-cache-status"]);

    const result = await client.request(RESULT_PAGE);
    expect(result.status).toBe(502);
    const advice = await client.request("/api/v1/advice", { ...JSON_POST, localAddress: "127.0.0.6" });
    expect(advice.status).toBe(502);
  });
});
