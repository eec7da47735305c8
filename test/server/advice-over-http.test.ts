import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";
import { startTestServer, type TestServer } from "../e2e/support/server.js";

const ADVICE = JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] });
const JSON_BODY = { "Content-Type": "application/json" };

/** Sends `head` (and `body`) as they are over a socket; the whole answer, as text, once the server ends it. */
function rawExchange(url: string, head: string, body = ""): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(`${head}\r\n\r\n${body}`));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString()));
    socket.on("error", reject);
  });
}

/**
 * POST /api/v1/advice over a real socket, as npm start serves it: through the one
 * pipeline, like every other route.
 */
describe("advice over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: "4096" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers each of 600 concurrent requests with its own advice", async () => {
    const needs = ["prevention", "treatment", "either"] as const;
    const situations = [[], ["foster-care"], ["adoption"], ["foster-care", "adoption"]];
    const requests = Array.from({ length: 600 }, (_, i) => ({
      child: { ageYears: i % 19 },
      need: needs[i % 3],
      situations: situations[i % 4],
    }));
    // The content the server imported on its first start.
    const catalog = await loadCatalog();
    const answers = await Promise.all(
      requests.map(async (request, i) => {
        const response = await fetch(`${server.url}/api/v1/advice`, {
          method: "POST",
          headers: { ...JSON_BODY, "Accept-Encoding": i % 5 === 0 ? "gzip" : "identity" },
          body: JSON.stringify(request),
        });
        return { status: response.status, body: await response.text() };
      }),
    );
    answers.forEach(({ status, body }, i) => {
      const parsed = parseAdviceRequest(requests[i], catalog);
      if (!parsed.ok) throw new Error(`request ${i} is not valid`);
      expect(status, `request ${i}`).toBe(200);
      expect(body, `request ${i}`).toBe(JSON.stringify(evaluateAdvice(parsed.request, catalog)));
    });
  });

  it("refuses a body that does not say it is JSON, or is too large, with problem+json", async () => {
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/v1/advice`, { method: "POST", headers, body });
    const notJson = await post(ADVICE, { "Content-Type": "text/plain" });
    expect(notJson.status).toBe(415);
    expect(notJson.headers.get("content-type")).toBe("application/problem+json");
    expect(notJson.headers.get("accept-post")).toBe("application/json");
    const tooLarge = await post(" ".repeat(5000) + ADVICE, JSON_BODY);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("content-type")).toBe("application/problem+json");
    const invalid = await post("{", JSON_BODY);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
  });

  it("refuses a chunked body once it passes the limit, and reads a chunked one below it", async () => {
    const chunked = (bodyText: string) =>
      rawExchange(
        server.url,
        "POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close",
        `${Buffer.byteLength(bodyText).toString(16)}\r\n${bodyText}\r\n0\r\n\r\n`,
      );
    expect(await chunked(ADVICE)).toMatch(/^HTTP\/1\.1 200/);
    expect(await chunked(" ".repeat(5000) + ADVICE)).toMatch(/^HTTP\/1\.1 413/);
  });

  it("answers whatever Host the request names, or none (HTTP/1.0), and one it cannot use with 400", async () => {
    const length = Buffer.byteLength(ADVICE);
    const plain = `Content-Type: application/json\r\nContent-Length: ${length}`;
    const answered = [
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:3000\r\n${plain}\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:80\r\n${plain}\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost\r\n${plain}\r\nX-Request-Id: a\r\nX-Request-Id: b\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.0\r\n${plain}`,
    ];
    for (const head of answered) {
      const answer = await rawExchange(server.url, head, ADVICE);
      expect(answer, head).toMatch(/^HTTP\/1\.[01] 200/);
      expect(answer, head).toMatch(/\r\ncache-control: no-store\r\n/i);
      expect(answer, head).toMatch(/\r\ncontent-security-policy: /i);
    }
    // The Node adapter refuses a Host it cannot build a URL from.
    const refused = await rawExchange(
      server.url,
      `POST /api/v1/advice HTTP/1.1\r\nHost: a@b\r\n${plain}\r\nConnection: close`,
      ADVICE,
    );
    expect(refused).toMatch(/^HTTP\/1\.1 400/);
  });

  it("survives a client that goes away before its body is in, and goes on answering", async () => {
    const { port } = new URL(server.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          'POST /api/v1/advice HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"chi',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on("close", () => resolve());
      socket.on("error", reject);
    });
    const after = await fetch(`${server.url}/api/v1/advice`, {
      method: "POST",
      headers: JSON_BODY,
      body: ADVICE,
    });
    expect(after.status).toBe(200);
  });
});

describe("advice over HTTP and the rate limit", () => {
  it("counts each POST once, whatever its answer", async () => {
    const server = await startTestServer({ RATE_LIMIT_POSTS_PER_MINUTE: "2" });
    try {
      const post = (body: string) =>
        fetch(`${server.url}/api/v1/advice`, { method: "POST", headers: JSON_BODY, body });
      const answered = await post(ADVICE);
      const invalid = await post('{"need":"prevention"}');
      const refused = await post(ADVICE);
      expect([answered.status, invalid.status, refused.status]).toEqual([200, 400, 429]);
      expect(refused.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      await server.close();
    }
  });
});
