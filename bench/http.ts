/**
 * HTTP benchmark: the real server (SQLite) against a bare node:http server that
 * answers the same bytes from memory, in the same run, on loopback only.
 * Run: npx tsx bench/http.ts   (prints a table; no pass/fail)
 * Targets: at least 50% of the bare server's requests/s, and p99 under 25 ms.
 */

import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testConfig } from "../src/config.js";
import { startServer } from "../src/server.js";

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
  workers?: number;
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; the few fields used here are typed above.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Scenario {
  readonly name: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly body?: string;
}

const SCENARIOS: readonly Scenario[] = [
  { name: "search q=pleegkind", method: "GET", path: "/api/v1/interventions?q=pleegkind" },
  { name: "intervention pipa", method: "GET", path: "/api/v1/interventions/pipa" },
  {
    name: "advice: foster child of 3",
    method: "POST",
    path: "/api/v1/advice",
    body: JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] }),
  },
];

interface Recorded {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** The bare server: for each scenario's path, the bytes the real server answered. */
async function startBareServer(
  recorded: ReadonlyMap<string, Recorded>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const answer = recorded.get(`${request.method} ${request.url}`);
    // Read (and drop) the body as the real server does.
    request.resume();
    request.on("end", () => {
      if (!answer) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

// Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100 on every mainstream distribution).
const MS_PER_TICK = 10;

/**
 * CPU milliseconds used so far by this process's main thread, where both servers run
 * (the load generator has a worker thread of its own, so it is not counted). Linux
 * only: undefined elsewhere, and the CPU columns then say "n/a".
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, so split after its ")").
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}

/** Runs one load and measures the main thread's CPU per answered request, in µs. */
async function measured(load: () => Promise<AutocannonResult>): Promise<{
  result: AutocannonResult;
  cpuMicrosPerRequest: number | undefined;
}> {
  const before = mainThreadCpuMs();
  const result = await load();
  const after = mainThreadCpuMs();
  const cpuMicrosPerRequest =
    before === undefined || after === undefined || result.requests.total === 0
      ? undefined
      : ((after - before) * 1000) / result.requests.total;
  return { result, cpuMicrosPerRequest };
}

const formatCpu = (micros: number | undefined) => (micros === undefined ? "n/a" : micros.toFixed(0));

function formatRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ");
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "hw-bench-"));
  const real = await startServer({
    config: testConfig({
      port: 0,
      host: "127.0.0.1",
      sqliteFile: join(dir, "bench.sqlite"),
      // The benchmark is one client hammering POST /advice: lift the per-client limit.
      ratePostsPerMinute: 100_000_000,
    }),
  });
  const recorded = new Map<string, Recorded>();
  for (const scenario of SCENARIOS) {
    const response = await fetch(`${real.url}${scenario.path}`, {
      method: scenario.method,
      headers: scenario.body ? { "Content-Type": "application/json" } : {},
      ...(scenario.body ? { body: scenario.body } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!["date", "connection", "keep-alive", "transfer-encoding"].includes(name)) headers[name] = value;
    });
    recorded.set(`${scenario.method} ${scenario.path}`, {
      status: response.status,
      headers,
      body: Buffer.from(await response.arrayBuffer()),
    });
  }
  const bare = await startBareServer(recorded);

  const rows: string[][] = [];
  try {
    for (const scenario of SCENARIOS) {
      const run = (base: string) =>
        autocannon({
          url: `${base}${scenario.path}`,
          connections: CONNECTIONS,
          duration: DURATION_SECONDS,
          // The load generator gets a thread of its own, so it does not share the servers' event loop.
          workers: 1,
          method: scenario.method,
          ...(scenario.body ? { body: scenario.body, headers: { "content-type": "application/json" } } : {}),
        });
      const { result: app, cpuMicrosPerRequest: appCpu } = await measured(() => run(real.url));
      const { result: baseline, cpuMicrosPerRequest: bareCpu } = await measured(() => run(bare.url));
      const ratio = baseline.requests.average > 0 ? app.requests.average / baseline.requests.average : 0;
      rows.push([
        scenario.name,
        app.requests.average.toFixed(0),
        String(app.latency.p50),
        String(app.latency.p99),
        baseline.requests.average.toFixed(0),
        String(baseline.latency.p99),
        formatCpu(appCpu),
        formatCpu(bareCpu),
        `${(ratio * 100).toFixed(0)}%`,
        ratio >= 0.5 && app.latency.p99 < 25 ? "yes" : "no",
        String(app.errors + app.non2xx),
      ]);
    }
  } finally {
    await new Promise<void>((resolve) => bare.server.close(() => resolve()));
    await real.close();
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
    "errors",
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  console.log(
    `HTTP benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, loopback; target ≥ 50% of bare and p99 < 25 ms`,
  );
  console.log(formatRow(header, widths));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(formatRow(row, widths));
  console.log("CPU µs/req: the servers' thread (both run in this process; the load generator has its own).");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
