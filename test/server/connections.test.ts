import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../src/lib/logger.js";
import { SECURITY_HEADERS } from "../../src/middleware/security-headers/index.js";
import { startTestServer, type TestServer } from "../e2e/support/server.js";

/**
 * What the server does with connections that misbehave (issue 13, findings 1 and 3):
 * silent ones are closed, malformed HTTP gets a problem+json, a client that hangs up
 * mid-upload is not a server error. Over real sockets, as a prober would do it.
 */
describe("connections over a real socket", () => {
  const HEADERS_TIMEOUT_MS = 400;
  let server: TestServer;
  let port: number;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logger = createLogger("debug", (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
    server = await startTestServer(
      {},
      {
        logger,
        connectionLimits: { headersTimeoutMs: HEADERS_TIMEOUT_MS, connectionsCheckingIntervalMs: 100 },
      },
    );
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
  });

  function open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => resolve(socket));
      socket.once("error", reject);
    });
  }

  /** Writes `bytes` and reads until the server closes the connection. */
  async function exchange(bytes: string): Promise<string> {
    const socket = await open();
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      socket.on("data", (chunk: Buffer) => chunks.push(chunk));
      socket.once("error", reject);
      socket.once("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
      socket.write(bytes);
    });
  }

  function parse(raw: string): { status: number; headers: Record<string, string>; body: string } {
    const [head = "", body = ""] = raw.split("\r\n\r\n");
    const [statusLine = "", ...lines] = head.split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { status: Number(statusLine.split(" ")[1]), headers, body };
  }

  it("closes a connection that sends nothing within the headers timeout", async () => {
    const socket = await open();
    const startedAt = Date.now();
    await new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const openFor = Date.now() - startedAt;
    expect(openFor).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
  });

  it.each([
    ["a bad Content-Length", "POST /api/v1/advice HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400],
    ["an invalid request line", "NONSENSE\r\n\r\n", 400],
    ["an invalid Host", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400],
    ["HTTP/1.1 without a Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", 400],
    ["an over-long URL", `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ["over-long headers", `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(20_000)}\r\n\r\n`, 431],
  ])(
    "answers %s with a problem+json, the security headers and Connection: close",
    async (_, bytes, status) => {
      const answer = parse(await exchange(bytes));
      expect(answer.status).toBe(status);
      expect(answer.headers["content-type"]).toBe("application/problem+json");
      expect(answer.headers.connection).toBe("close");
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(answer.headers[name.toLowerCase()], name).toBe(value);
      }
      const problem = JSON.parse(answer.body) as Record<string, unknown>;
      expect(problem.status).toBe(status);
      expect(problem.type).toMatch(/^\/api\/docs#problem-/);
      expect(typeof problem.title).toBe("string");
      expect(typeof problem.detail).toBe("string");
    },
  );

  it.each([
    ["the API", "/api/v1/advice", "application/json", '{"child":'],
    ["a page form", "/reageer", "application/x-www-form-urlencoded", "message=Hallo"],
  ])(
    "logs a client that hangs up mid-upload to %s as a client abort, not as an error",
    async (_, path, type, part) => {
      logs.length = 0;
      const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const socket = await open();
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: 1000\r\n\r\n${part}`,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        socket.destroy();
        // The server notices the hang-up, and logs it, within a moment.
        const deadline = Date.now() + 2000;
        while (Date.now() < deadline && !logs.some((line) => line.msg === "client aborted")) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(logs.filter((line) => line.level === "error")).toEqual([]);
        expect(logs.filter((line) => line.msg === "client aborted")).toMatchObject([{ level: "info", path }]);
        expect(JSON.stringify(logs)).not.toContain("stack");
        expect(consoleError).not.toHaveBeenCalled();
      } finally {
        consoleError.mockRestore();
      }
    },
  );
});

describe("the connection cap", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({}, { connectionLimits: { maxConnections: 1 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("closes a connection beyond the cap at once and keeps serving the ones it has", async () => {
    const { port } = new URL(server.url);
    const first = connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => first.once("connect", resolve));
    const second = connect(Number(port), "127.0.0.1");
    second.on("error", () => {});
    await new Promise((resolve) => second.once("close", resolve));

    const answer = await new Promise<string>((resolve) => {
      first.once("data", (chunk: Buffer) => resolve(chunk.toString("utf8")));
      first.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    first.destroy();
  });
});
