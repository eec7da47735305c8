/**
 * HTTP benchmark: the real server (SQLite) against a bare node:http server that
 * answers the same bytes from memory, in the same run, on loopback only.
 * Run: npx tsx bench/http.ts   (prints a table and, per route, whether its target is met)
 * Targets (issue 12), every route through the one Hono pipeline, 50 connections: cached
 * JSON and HTML GETs (an intervention, a search, an intervention page) at least 50% of
 * the bare server's requests/s, POST /api/v1/advice at least 40%, and p99 under 25 ms.
 *
 * Both servers run as child processes, the real one as `npm start` runs it (the
 * compiled dist/, built first), so each has a core of its own next to the load
 * generator in this process. Each is warmed up with the same load before it is
 * measured, so neither is measured while its code is still being compiled.
 */

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../src/paths.js";
import { type RecordedAnswer, recordedRequestKey } from "./recorded-answer.js";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; the few fields used here are typed above.
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as Autocannon;

const CONNECTIONS = 50;
/** Measured seconds per server and scenario, in ROUNDS rounds taking turns with the other server. */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = 3;
const ROUND_SECONDS = Math.max(1, Math.round(DURATION_SECONDS / ROUNDS));
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/**
 * The calibration row: the bare server plus this much busy CPU per request. On a small
 * virtual machine a server that works longer per request also pays more in the kernel
 * per answer (the client is waiting, so every write wakes it), so the ratio falls
 * faster than the work grows; this row shows by how much on the machine at hand.
 */
const CALIBRATION_WORK_MICROSECONDS = 25;

interface Scenario {
  readonly name: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: string;
  /** Sent as Accept-Encoding (browsers send "gzip, deflate, br"); none: the answer is not compressed. */
  readonly acceptEncoding?: string;
  /** The least share of the bare server's requests/s that meets the target. */
  readonly targetRatio: number;
}

/** p99 latency that meets the target, every route (ms). */
const TARGET_P99_MS = 25;

/** What every current browser sends. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br";

const SCENARIOS: readonly Scenario[] = [
  {
    name: "JSON search q=pleegkind",
    method: "GET",
    path: "/api/v1/interventions?q=pleegkind",
    targetRatio: 0.5,
  },
  { name: "JSON intervention pipa", method: "GET", path: "/api/v1/interventions/pipa", targetRatio: 0.5 },
  { name: "HTML page /interventies/pipa", method: "GET", path: "/interventies/pipa", targetRatio: 0.5 },
  {
    name: "HTML page, browser (gzip)",
    method: "GET",
    path: "/interventies/pipa",
    acceptEncoding: BROWSER_ACCEPT_ENCODING,
    targetRatio: 0.5,
  },
  {
    name: "JSON search, gzip",
    method: "GET",
    path: "/api/v1/interventions?q=pleegkind",
    acceptEncoding: BROWSER_ACCEPT_ENCODING,
    targetRatio: 0.5,
  },
  {
    name: "POST advice: foster child of 3",
    method: "POST",
    path: "/api/v1/advice",
    body: JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] }),
    targetRatio: 0.4,
  },
];

/** A server running as a child process. */
interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts a child process that prints its URL as the first line containing "http://". */
async function startChild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`${args.join(" ")} exited with ${code} before it listened`)),
    );
    lines.on("line", (line) => {
      const found = /http:\/\/\S+/.exec(line);
      if (found) resolve(found[0]);
    });
  });
  return { url, child };
}

async function stopChild({ child }: ChildServer): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

// Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100 on every mainstream distribution).
const MS_PER_TICK = 10;

/**
 * CPU milliseconds used so far by a process, all its threads (garbage collection
 * included). Linux only: undefined elsewhere, and the CPU columns then say "n/a".
 */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its ")").
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}

/** What one server did under a scenario's load, summed over the rounds. */
interface Measured {
  requests: number;
  seconds: number;
  /** The highest p50 and p99 of the rounds (ms). */
  p50: number;
  p99: number;
  failures: number;
  /** CPU ms of the server process during the rounds; undefined off Linux. */
  cpuMs: number | undefined;
}

function startLoad(server: ChildServer, scenario: Scenario, seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url: `${server.url}${scenario.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    method: scenario.method,
    headers: requestHeaders(scenario),
    ...(scenario.body ? { body: scenario.body } : {}),
  });
}

function requestHeaders(scenario: Scenario): Record<string, string> {
  return {
    ...(scenario.body ? { "content-type": "application/json" } : {}),
    ...(scenario.acceptEncoding ? { "accept-encoding": scenario.acceptEncoding } : {}),
  };
}

/** One round of load on one server, added to what was measured before. */
async function addRound(
  server: ChildServer,
  scenario: Scenario,
  seconds: number,
  into: Measured,
): Promise<void> {
  const before = processCpuMs(server.child.pid);
  const result = await startLoad(server, scenario, seconds);
  const after = processCpuMs(server.child.pid);
  into.requests += result.requests.total;
  into.seconds += seconds;
  into.p50 = Math.max(into.p50, result.latency.p50);
  into.p99 = Math.max(into.p99, result.latency.p99);
  into.failures += result.errors + result.non2xx;
  into.cpuMs =
    into.cpuMs === undefined || before === undefined || after === undefined
      ? undefined
      : into.cpuMs + after - before;
}

/**
 * Both servers under the same scenario: each warmed up first, then measured in short
 * rounds that take turns, so that a shared machine's changing speed falls on both alike.
 */
async function compare(
  real: ChildServer,
  bare: ChildServer,
  scenario: Scenario,
): Promise<[Measured, Measured]> {
  await startLoad(real, scenario, WARMUP_SECONDS);
  await startLoad(bare, scenario, WARMUP_SECONDS);
  const empty = (): Measured => ({ requests: 0, seconds: 0, p50: 0, p99: 0, failures: 0, cpuMs: 0 });
  const measured: [Measured, Measured] = [empty(), empty()];
  for (let round = 0; round < ROUNDS; round++) {
    await addRound(real, scenario, ROUND_SECONDS, measured[0]);
    await addRound(bare, scenario, ROUND_SECONDS, measured[1]);
  }
  return measured;
}

/** What the real server answers to each scenario, for the bare server to replay. */
async function record(real: ChildServer): Promise<RecordedAnswer[]> {
  const answers: RecordedAnswer[] = [];
  for (const scenario of SCENARIOS) {
    // node:http, as autocannon asks: the bytes as sent (fetch would unpack gzip).
    const { status, headers, body } = await rawRequest(`${real.url}${scenario.path}`, scenario);
    answers.push({
      request: recordedRequestKey(scenario.method, scenario.path, scenario.acceptEncoding),
      status,
      headers,
      bodyBase64: body.toString("base64"),
    });
  }
  return answers;
}

function rawRequest(
  url: string,
  scenario: Scenario,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: scenario.method, headers: requestHeaders(scenario) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (
              value === undefined ||
              ["date", "connection", "keep-alive", "transfer-encoding"].includes(name)
            )
              continue;
            headers[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("error", reject);
    request.end(scenario.body);
  });
}

const formatCpu = (micros: number | undefined) => (micros === undefined ? "n/a" : micros.toFixed(0));

function formatRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ");
}

async function main(): Promise<void> {
  // Measure what `npm start` runs.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
  });
  const dir = await mkdtemp(join(tmpdir(), "hw-bench-"));
  const children: ChildServer[] = [];
  const rows: string[][] = [];
  try {
    const real = await startChild([join("dist", "src", "server.js")], {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      SQLITE_FILE: join(dir, "bench.sqlite"),
      LOG_LEVEL: "silent",
      // The benchmark is one client hammering POST /advice: the highest per-client limit
      // (a run sends well under a million in a minute).
      RATE_LIMIT_POSTS_PER_MINUTE: "1000000",
    });
    children.push(real);
    const recordedFile = join(dir, "recorded.json");
    await writeFile(recordedFile, JSON.stringify(await record(real)));
    const bare = await startChild(
      ["--import", "tsx", join("bench", "bare-server.ts"), recordedFile],
      process.env,
    );
    children.push(bare);
    const busyBare = await startChild(
      [
        "--import",
        "tsx",
        join("bench", "bare-server.ts"),
        recordedFile,
        String(CALIBRATION_WORK_MICROSECONDS),
      ],
      process.env,
    );
    children.push(busyBare);

    const calibration: Scenario = {
      ...(SCENARIOS[1] as Scenario),
      name: `bare + ${CALIBRATION_WORK_MICROSECONDS} µs work, pipa`,
      targetRatio: 0.5,
    };
    for (const [scenario, server] of [
      ...SCENARIOS.map((scenario) => [scenario, real] as const),
      [calibration, busyBare] as const,
    ]) {
      const [app, baseline] = await compare(server, bare, scenario);
      const perSecond = (m: Measured) => m.requests / m.seconds;
      const cpuPerRequest = (m: Measured) =>
        m.cpuMs === undefined || m.requests === 0 ? undefined : (m.cpuMs * 1000) / m.requests;
      const ratio = perSecond(baseline) > 0 ? perSecond(app) / perSecond(baseline) : 0;
      rows.push([
        scenario.name,
        perSecond(app).toFixed(0),
        String(app.p50),
        String(app.p99),
        perSecond(baseline).toFixed(0),
        String(baseline.p99),
        formatCpu(cpuPerRequest(app)),
        formatCpu(cpuPerRequest(baseline)),
        `${(ratio * 100).toFixed(0)}%`,
        `≥ ${(scenario.targetRatio * 100).toFixed(0)}%, p99 < ${TARGET_P99_MS}`,
        ratio >= scenario.targetRatio && app.p99 < TARGET_P99_MS ? "yes" : "no",
        String(app.failures),
      ]);
    }
  } finally {
    await Promise.all(children.map(stopChild));
    await rm(dir, { recursive: true, force: true });
  }

  const header = [
    "scenario",
    "req/s",
    "p50 ms",
    "p99 ms",
    "bare req/s",
    "bare p99",
    "CPU µs/req",
    "bare CPU",
    "vs bare",
    "target",
    "met",
    "errors",
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  console.log(
    `HTTP benchmark: ${CONNECTIONS} connections, loopback; per scenario and server ${WARMUP_SECONDS} s warm-up, then ${ROUNDS} rounds of ${ROUND_SECONDS} s taking turns; targets: GETs ≥ 50% of bare, POST advice ≥ 40%, p99 < ${TARGET_P99_MS} ms`,
  );
  console.log(formatRow(header, widths));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(formatRow(row, widths));
  console.log(
    "p50/p99: the highest of the rounds. CPU µs/req: the server process, all threads; each server is a child process, the load generator runs here.",
  );
  console.log(
    `The last row is the bare server doing ${CALIBRATION_WORK_MICROSECONDS} µs of busy work per request: what any server that costs that much more reaches here.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
