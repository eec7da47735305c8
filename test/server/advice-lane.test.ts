import { createServer, type RequestListener } from "node:http";
import { connect } from "node:net";
import { getRequestListener } from "@hono/node-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAdviceLane } from "../../src/api/advice-lane.js";
import { testConfig } from "../../src/config.js";
import { createRateLimiter, type RateLimiter } from "../../src/middleware/rate-limit.js";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";
import { startTestServer } from "../e2e/support/server.js";
import { validRequest } from "../engine/arbitraries.js";

// The lane does not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The app as a Node listener, counting the requests the lane hands it. */
function countedApp(t: TestApp): { listener: RequestListener; calls: () => number } {
  const app = getRequestListener(t.app.fetch);
  let calls = 0;
  return {
    listener: (request, response) => {
      calls++;
      return app(request, response);
    },
    calls: () => calls,
  };
}

function laneOver(listener: RequestListener, t: TestApp, postLimiter: RateLimiter): RequestListener {
  return withAdviceLane(listener, { holder: t.holder, config: testConfig(), logger: t.logger, postLimiter });
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Sends an advice POST; fetch adds gzip to Accept-Encoding unless the caller sets it. */
async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers, body });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

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
 * A raw answer without its Date, with a request id made by the server as a placeholder,
 * and its header lines sorted: their order carries no meaning in HTTP, and Node puts a
 * Content-Length it works out itself (the app's) after the others.
 */
function rawComparable(answer: string): string {
  const id = /^X-Request-Id: ([0-9a-f-]{36})\r$/im.exec(answer)?.[1];
  const dated = answer.replace(/^Date: .*\r$/im, "Date: <date>\r");
  const [head = "", ...body] = (id === undefined ? dated : dated.replaceAll(id, "<request id>")).split(
    "\r\n\r\n",
  );
  const [statusLine, ...fields] = head.split("\r\n");
  return [statusLine, ...fields.sort(), "", body.join("\r\n\r\n")].join("\r\n");
}

/**
 * An answer without what differs between any two: the time, and an id made for the
 * request (a problem names it in its body too).
 */
function comparable({ status, headers, body }: Answer, requestIdGiven: boolean) {
  const { date, "x-request-id": requestId, ...rest } = headers;
  // Compressed, a problem that names a new id may come out a byte longer or shorter.
  if (rest["content-encoding"] !== undefined && !requestIdGiven) delete rest["content-length"];
  if (requestIdGiven || requestId === undefined)
    return { status, headers: { ...rest, "x-request-id": requestId }, body };
  return { status, headers: rest, body: body.replaceAll(requestId, "<request id>") };
}

const ADVICE = JSON.stringify({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] });
const PLAIN = { "Content-Type": "application/json", "Accept-Encoding": "identity" };

describe("advice lane", () => {
  let t: TestApp;
  let app: ReturnType<typeof countedApp>;
  let reference: Listening;
  let laned: Listening;
  beforeAll(async () => {
    const postLimiter = createRateLimiter({ perMinute: 1_000_000 });
    t = await createTestApp(dialect, { postLimiter });
    app = countedApp(t);
    reference = await listen(getRequestListener(t.app.fetch));
    laned = await listen(laneOver(app.listener, t, postLimiter));
  });
  afterAll(async () => {
    await reference?.close();
    await laned?.close();
    await t?.close();
  });

  it("answers a plain advice itself, with the app's status, headers and bytes", async () => {
    const before = app.calls();
    const [fromLane, fromApp] = await Promise.all([
      post(`${laned.url}/api/v1/advice`, ADVICE, PLAIN),
      post(`${reference.url}/api/v1/advice`, ADVICE, PLAIN),
    ]);
    expect(app.calls() - before, "requests handed to the app").toBe(0);
    expect(fromLane.status).toBe(200);
    expect(comparable(fromLane, false)).toEqual(comparable(fromApp, false));
    expect(fromLane.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("compresses for a client that asks, as the front door does, and still answers itself", async () => {
    for (const acceptEncoding of ["gzip", "deflate", "gzip;q=0.5, deflate"]) {
      const before = app.calls();
      const sent = { ...PLAIN, "Accept-Encoding": acceptEncoding, "X-Request-Id": "compressed-1" };
      const [fromLane, fromApp] = await Promise.all([
        post(`${laned.url}/api/v1/advice`, ADVICE, sent),
        post(`${reference.url}/api/v1/advice`, ADVICE, sent),
      ]);
      expect(app.calls() - before, acceptEncoding).toBe(0);
      expect(fromLane.headers["content-encoding"]).toBe(
        acceptEncoding.endsWith("deflate") ? "deflate" : "gzip",
      );
      // Every header, the compressed length included, and the unpacked body.
      expect(comparable(fromLane, true)).toEqual(comparable(fromApp, true));
    }
  });

  it("hands the app what it does not answer itself: a body that is not valid, another path", async () => {
    const cases: [string, string, Record<string, string>][] = [
      ["/api/v1/advice", '{"child":{}}', PLAIN],
      ["/api/v1/advice", "{", PLAIN],
      ["/api/v1/advice", ADVICE, { ...PLAIN, "Content-Type": "text/plain" }],
      ["/api/v1/advice?lang=en", ADVICE, PLAIN],
    ];
    for (const [path, body, headers] of cases) {
      const before = app.calls();
      const fromLane = await post(`${laned.url}${path}`, body, headers);
      expect(app.calls() - before, `${path} ${body} ${JSON.stringify(headers)}`).toBe(1);
      const fromApp = await post(`${reference.url}${path}`, body, headers);
      expect(comparable(fromLane, false)).toEqual(comparable(fromApp, false));
    }
  });

  it("answers every request as the app alone does (property)", async () => {
    const catalog = t.holder.current();
    const body = fc.oneof(
      { weight: 4, arbitrary: validRequest(catalog).map((request) => JSON.stringify(request)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
      { weight: 1, arbitrary: validRequest(catalog).map((request) => `\uFEFF${JSON.stringify(request)}`) },
    );
    const headers = fc.record({
      contentType: fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "application/problem+json",
        "text/plain",
      ),
      acceptEncoding: fc.oneof(
        { weight: 3, arbitrary: fc.constant("identity") },
        fc.constantFrom("gzip", "deflate", "*", "br", "gzip;q=0, identity"),
      ),
      requestId: fc.option(fc.constantFrom("caller-id-1", "not acceptable!"), { nil: undefined }),
    });
    const path = fc.oneof(
      { weight: 2, arbitrary: fc.constant("/api/v1/advice") },
      fc.constantFrom("/api/v1/advice?lang=en", "/api/v1/advice/"),
    );
    const runs = 150;
    const handedOnBefore = app.calls();
    await fc.assert(
      fc.asyncProperty(body, headers, path, async (text, { contentType, acceptEncoding, requestId }, at) => {
        const sent = {
          "Content-Type": contentType,
          "Accept-Encoding": acceptEncoding,
          ...(requestId && { "X-Request-Id": requestId }),
        };
        const [fromLane, fromApp] = await Promise.all([
          post(`${laned.url}${at}`, text, sent),
          post(`${reference.url}${at}`, text, sent),
        ]);
        const idKept = requestId === "caller-id-1";
        expect(comparable(fromLane, idKept)).toEqual(comparable(fromApp, idKept));
      }),
      { numRuns: runs },
    );
    // The lane answered some itself (about one in seven), else this compared the app with itself.
    expect(app.calls() - handedOnBefore).toBeLessThan(runs);
  });

  it("answers byte for byte as the app alone does, head included, over a raw socket", async () => {
    const length = Buffer.byteLength(ADVICE);
    const plain = `Content-Type: application/json\r\nContent-Length: ${length}`;
    const heads = [
      // Taken by the lane.
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:3000\r\n${plain}\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:3000\r\n${plain}\r\nX-Request-Id: a\r\nX-Request-Id: b\r\nConnection: close`,
      // Hosts the Node adapter checks itself (a bare 400 for the first), and none at all.
      `POST /api/v1/advice HTTP/1.1\r\nHost: a@b\r\n${plain}\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:80\r\n${plain}\r\nConnection: close`,
      `POST /api/v1/advice HTTP/1.0\r\n${plain}`,
    ];
    for (const head of heads) {
      const fromLane = await rawExchange(laned.url, head, ADVICE);
      const fromApp = await rawExchange(reference.url, head, ADVICE);
      expect(rawComparable(fromLane), head).toBe(rawComparable(fromApp));
    }
    // A chunked body goes to the app, which reads it as it arrives.
    const chunked = `POST /api/v1/advice HTTP/1.1\r\nHost: localhost:3000\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close`;
    const body = `${length.toString(16)}\r\n${ADVICE}\r\n0\r\n\r\n`;
    const [fromLane, fromApp] = [
      await rawExchange(laned.url, chunked, body),
      await rawExchange(reference.url, chunked, body),
    ];
    expect(fromLane).toMatch(/^HTTP\/1\.1 200/);
    expect(rawComparable(fromLane)).toBe(rawComparable(fromApp));
  });

  it("logs the answer it gives as the app does, without the request's body", async () => {
    await post(`${laned.url}/api/v1/advice`, ADVICE, { ...PLAIN, "X-Request-Id": "lane-log-1" });
    const lines = t.rawLogs.filter((line) => line.includes("lane-log-1"));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      path: "/api/v1/advice",
      status: 200,
      requestId: "lane-log-1",
    });
    expect(lines[0]).not.toMatch(/foster-care|ageYears/);
  });

  it("survives a client that goes away before its body is in, and goes on answering", async () => {
    const { port } = new URL(laned.url);
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
    const after = await post(`${laned.url}/api/v1/advice`, ADVICE, PLAIN);
    expect(after.status).toBe(200);
  });

  it("stays closed when CORS origins are configured: CORS headers are the app's", () => {
    const listener: RequestListener = () => {};
    const deps = {
      holder: t.holder,
      config: testConfig({ corsOrigins: ["https://partner.example"] }),
      logger: t.logger,
      postLimiter: createRateLimiter({ perMinute: 10 }),
    };
    expect(withAdviceLane(listener, deps)).toBe(listener);
  });
});

describe("advice lane and the rate limit", () => {
  let t: TestApp;
  let laned: Listening;
  beforeAll(async () => {
    // Two POSTs a minute, shared by the lane and the app.
    const postLimiter = createRateLimiter({ perMinute: 2 });
    t = await createTestApp(dialect, { postLimiter });
    laned = await listen(laneOver(getRequestListener(t.app.fetch), t, postLimiter));
  });
  afterAll(async () => {
    await laned?.close();
    await t?.close();
  });

  it("counts each request once, whether the lane or the app answers it", async () => {
    // The second is counted by the lane and answered by the app: counted twice, it would be refused.
    const answered = await post(`${laned.url}/api/v1/advice`, ADVICE, PLAIN);
    const invalid = await post(`${laned.url}/api/v1/advice`, '{"need":"prevention"}', PLAIN);
    const refused = await post(`${laned.url}/api/v1/advice`, ADVICE, PLAIN);
    expect([answered.status, invalid.status, refused.status]).toEqual([200, 400, 429]);
    expect(refused.headers["content-type"]).toBe("application/problem+json");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  });
});

describe("advice lane in the server", () => {
  it("shares the app's rate limit: npm start's server counts each POST once", async () => {
    const server = await startTestServer({ RATE_LIMIT_POSTS_PER_MINUTE: "2" });
    try {
      const url = `${server.url}/api/v1/advice`;
      const statuses = [
        (await post(url, ADVICE, PLAIN)).status,
        (await post(url, '{"need":"prevention"}', PLAIN)).status,
        (await post(url, ADVICE, PLAIN)).status,
      ];
      expect(statuses).toEqual([200, 400, 429]);
    } finally {
      await server.close();
    }
  });
});
