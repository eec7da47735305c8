/**
 * Re-runs the abuse cases of issue 13 against the build (dist/src/server.js) and prints
 * what the server did: silent connections, a hostile Host header, uploads cut off half-way,
 * a forged X-Forwarded-For, and a feedback flood. Figures, not a test (the tests are in
 * test/server and test/deploy); run with `npx tsx bench/abuse.ts` after `npm run build`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../src/paths.js";

interface Server {
  readonly port: number;
  readonly child: ChildProcess;
  /** Every log line so far, parsed. */
  readonly log: { level: string; msg: string }[];
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const dir = await mkdtemp(join(tmpdir(), "hw-abuse-"));
  const child = spawn(process.execPath, ["dist/src/server.js"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      SQLITE_FILE: join(dir, "db.sqlite"),
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.once("exit", () => void rm(dir, { recursive: true, force: true }));
  const log: Server["log"] = [];
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    lines.on("line", (line) => {
      const entry = JSON.parse(line) as { level: string; msg: string; url?: string };
      log.push(entry);
      if (entry.msg === "listening" && entry.url) resolve(Number(new URL(entry.url).port));
    });
  });
  return { port, child, log };
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

const post = (port: number, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const FEEDBACK = { about: "/", message: "Een bericht." };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

async function silentConnections(): Promise<string> {
  const server = await startServer({});
  const sockets: Socket[] = [];
  const lifetimes: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const openedAt = performance.now();
    const socket = connect(server.port, "127.0.0.1");
    socket.on("error", () => {});
    socket.once("close", () => lifetimes.push(performance.now() - openedAt));
    sockets.push(socket);
  }
  await sleep(1_000);
  const started = performance.now();
  const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  const healthMs = performance.now() - started;
  // The headers timeout is 10 s, checked every second (decision 083).
  for (let waited = 0; lifetimes.length < sockets.length && waited < 60_000; waited += 500) await sleep(500);
  const longest = Math.max(...lifetimes) / 1000;
  const stillOpen = sockets.length - lifetimes.length;
  for (const socket of sockets) socket.destroy();
  await stopServer(server);
  return `2,000 silent connections: /healthz ${health.status} in ${healthMs.toFixed(1)} ms meanwhile; each closed by the server at most ${longest.toFixed(1)} s after it was opened; ${stillOpen} open after 60 s`;
}

async function hostileHost(): Promise<string> {
  const plain = await startServer({});
  const hostile = await rawGet(plain.port, "/privacy", "attacker.example");
  const after = await (await fetch(`http://127.0.0.1:${plain.port}/privacy`)).text();
  await stopServer(plain);
  const withPublicUrl = await startServer({ PUBLIC_URL: "https://hechtingswijzer.example" });
  const refused = await rawGet(withPublicUrl.port, "/privacy", "attacker.example");
  await stopServer(withPublicUrl);
  return (
    `Host: attacker.example: without PUBLIC_URL ${hostile.status}, its name ${hostile.body.split("attacker.example").length - 1} times in the answer ` +
    `and ${after.split("attacker.example").length - 1} times in the next visitor's; with PUBLIC_URL ${refused.status}`
  );
}

/** A GET with a Host of the caller's choice (fetch does not allow one). */
function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
    );
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      resolve({ status: Number(text.split(" ")[1]), body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
  });
}

async function abortedUploads(): Promise<string> {
  // All from one address: a limit that lets every upload through to the body reading.
  const server = await startServer({ RATE_LIMIT_POSTS_PER_MINUTE: "1000000" });
  await Promise.all(
    Array.from(
      { length: 500 },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(server.port, "127.0.0.1", () => {
            socket.write(
              'POST /api/v1/advice HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"chi',
            );
            setTimeout(() => socket.destroy(), 50);
          });
          socket.on("error", () => {});
          socket.once("close", () => resolve());
        }),
    ),
  );
  await sleep(500);
  await stopServer(server);
  const errors = count(server.log, (entry) => entry.level === "error");
  const aborted = count(server.log, (entry) => entry.msg === "client aborted");
  const requests = count(server.log, (entry) => entry.msg === "request");
  return `500 uploads cut off half-way: ${errors} error lines, ${aborted} "client aborted" info lines, ${requests} other request lines`;
}

async function forgedForwardedFor(): Promise<string> {
  const server = await startServer({ TRUST_PROXY: "1", RATE_LIMIT_POSTS_PER_MINUTE: "60" });
  const statuses: number[] = [];
  for (let i = 0; i < 200; i++) {
    // The client wrote the left entry; the proxy appended the address it saw.
    const response = await post(server.port, "/api/v1/feedback", FEEDBACK, {
      "X-Forwarded-For": `10.${i >> 8}.${i & 255}.1, 198.51.100.7`,
    });
    statuses.push(response.status);
  }
  await stopServer(server);
  return `200 feedback POSTs with a forged X-Forwarded-For (TRUST_PROXY=1, limit 60/min): ${count(statuses, (s) => s === 201)} accepted, ${count(statuses, (s) => s === 429)} refused with 429`;
}

async function feedbackFlood(): Promise<string> {
  const perMinute = await startServer({ TRUST_PROXY: "1", RATE_LIMIT_POSTS_PER_MINUTE: "1000000" });
  const first = await flood(perMinute.port, 2_000);
  await stopServer(perMinute);
  const stored = await startServer({
    TRUST_PROXY: "1",
    RATE_LIMIT_POSTS_PER_MINUTE: "1000000",
    FEEDBACK_PER_MINUTE: "1000000",
    FEEDBACK_MAX_STORED: "1000",
  });
  const second = await flood(stored.port, 1_500);
  await stopServer(stored);
  return (
    `2,000 feedback POSTs from 2,000 addresses in ${first.seconds} s (FEEDBACK_PER_MINUTE=300): ${first.accepted} accepted, ${first.tooMany} 429; ` +
    `1,500 with FEEDBACK_MAX_STORED=1000: ${second.accepted} accepted, ${second.full} 503`
  );
}

async function flood(port: number, total: number) {
  const started = performance.now();
  const statuses: number[] = [];
  for (let i = 0; i < total; i += 50) {
    const batch = Array.from({ length: Math.min(50, total - i) }, (_, j) =>
      post(port, "/api/v1/feedback", FEEDBACK, {
        "X-Forwarded-For": `198.51.${(i + j) >> 8}.${(i + j) & 255}`,
      }),
    );
    for (const response of await Promise.all(batch)) statuses.push(response.status);
  }
  return {
    seconds: ((performance.now() - started) / 1000).toFixed(1),
    accepted: count(statuses, (s) => s === 201),
    tooMany: count(statuses, (s) => s === 429),
    full: count(statuses, (s) => s === 503),
  };
}

for (const scenario of [silentConnections, hostileHost, abortedUploads, forgedForwardedFor, feedbackFlood]) {
  console.log(`- ${await scenario()}`);
}
