import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { CatalogHolder } from "../catalog/catalog-holder.js";
import type { AppConfig } from "../config.js";
import { evaluateAdvice, parseAdviceRequest } from "../engine/index.js";
import { giveBack } from "../lib/byte-pools.js";
import { jsonBytes } from "../lib/json-bytes.js";
import { nodeClientIp } from "../middleware/client-ip.js";
import { compressedNow, type Encoding, frontDoorEncoding } from "../middleware/compression.js";
import { nodeHeader } from "../middleware/default-headers.js";
import { type Logger, logAnswered } from "../middleware/logger.js";
import { markCounted, type RateLimiter } from "../middleware/rate-limit.js";
import { requestIdFrom } from "../middleware/request-id.js";
import { isJsonMediaType } from "../middleware/require-json.js";
import { SECURITY_HEADERS } from "../middleware/security-headers.js";
import { ADVICE_HEADERS } from "./advice.routes.js";
import { API_BASE } from "./openapi.js";

export interface AdviceLaneDeps {
  readonly holder: CatalogHolder;
  readonly config: Pick<AppConfig, "corsOrigins" | "bodyLimitBytes" | "trustProxy">;
  readonly logger: Logger;
  /** The app's own POST limiter (AppDeps.postLimiter): one count per request, wherever it is answered. */
  readonly postLimiter: RateLimiter;
}

const ADVICE_PATH = `${API_BASE}/advice`;

/**
 * The headers of the app's 200 advice, in its order: first the front door's security
 * headers (SECURITY_HEADERS) and X-Request-Id, then these: its Vary and the route's own.
 */
const HEADERS_AFTER_ID = Object.freeze({ Vary: "Accept-Encoding", ...ADVICE_HEADERS });

/**
 * Host headers @hono/node-server takes as they are (its `reValidHost`). It refuses some
 * others with a bare 400 before the app sees them: those go to the app.
 */
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * POST /api/v1/advice answered on Node's own request and response, in front of the app,
 * for the request that makes up nearly all of them: a valid advice, sent as JSON with a
 * Content-Length, on a server without CORS. Compressed as the front door would
 * (compression.ts), for a client that asks for it.
 * Every other request goes to the app untouched. One the lane finds it cannot answer
 * with a 200 (a body that is not valid, an engine error) goes there with the body it
 * read as `rawBody`, which @hono/node-server reads when it is there. So each error is
 * the app's own problem+json.
 *
 * Why: on this route the Hono request, context, middleware chain and body promise
 * cost about a third of the server's work per advice (decision 067). The lane answers
 * the same bytes and headers as the app's route; a property test compares the two.
 */
export function withAdviceLane(app: RequestListener, deps: AdviceLaneDeps): RequestListener {
  // CORS headers are the app's (cors.ts): with origins configured the lane stays closed.
  if (deps.config.corsOrigins.length > 0) return app;
  const { bodyLimitBytes, trustProxy } = deps.config;

  return (request, response) => {
    if (
      request.method !== "POST" ||
      request.url !== ADVICE_PATH ||
      !isPlainAdvicePost(request, bodyLimitBytes)
    ) {
      return app(request, response);
    }
    const startedAt = performance.now();
    // A client over its limit is refused by the app, which then counts (and refuses) it.
    if (deps.postLimiter.take(nodeClientIp(request, trustProxy)) !== undefined) return app(request, response);
    const encoding = frontDoorEncoding(nodeHeader(request, "accept-encoding"));
    readBody(request, (body) => {
      // The client left after sending its body: nobody to answer, nothing to log.
      if (response.destroyed) return;
      const bytes = adviceBytes(body, deps.holder);
      const compressed = bytes && encoding ? compressedNow(bytes, encoding) : undefined;
      if (bytes === undefined || (encoding !== undefined && compressed === undefined)) {
        // Not valid, or too large to compress here: the app answers. Counted above, so
        // the app must not count it again.
        if (bytes !== undefined) giveBack(bytes);
        markCounted(request);
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        app(request, response);
        return;
      }
      const requestId = requestIdFrom(nodeHeader(request, "x-request-id"));
      if (compressed === undefined) {
        // Its memory may be used again once it is written out, or the connection is gone.
        response.once("close", () => giveBack(bytes));
        writeAdvice(response, bytes, undefined, requestId);
      } else {
        giveBack(bytes); // what is sent is its compressed copy
        writeAdvice(response, compressed, encoding, requestId);
      }
      logAnswered(deps.logger, "POST", ADVICE_PATH, 200, startedAt, requestId);
    });
  };
}

/** The app's 200 advice: its headers, with Content-Encoding when `body` is compressed. */
function writeAdvice(
  response: ServerResponse,
  body: Uint8Array,
  encoding: Encoding | undefined,
  requestId: string,
): void {
  response
    .writeHead(200, {
      ...SECURITY_HEADERS,
      "X-Request-Id": requestId,
      ...HEADERS_AFTER_ID,
      ...(encoding !== undefined && { "Content-Encoding": encoding }),
      "Content-Length": body.length,
    })
    .end(body);
}

/**
 * JSON with a Content-Length within the limit, not chunked, and a plain Host: the app
 * would let it through its checks.
 */
function isPlainAdvicePost(request: IncomingMessage, bodyLimitBytes: number): boolean {
  const { headers } = request;
  const length = headers["content-length"];
  return (
    length !== undefined &&
    PLAIN_HOST.test(headers.host ?? "") &&
    headers["transfer-encoding"] === undefined &&
    Number.parseInt(length, 10) <= bodyLimitBytes &&
    isJsonMediaType(headers["content-type"])
  );
}

/** The advice's bytes (from the byte pools), or undefined when the app should answer instead. */
function adviceBytes(body: Buffer, holder: CatalogHolder): Uint8Array | undefined {
  try {
    const catalog = holder.current();
    // As the app's route reads it, except a byte order mark, which fails here and is left to the app.
    const parsed = parseAdviceRequest(JSON.parse(body.toString()) as unknown, catalog);
    return parsed.ok ? jsonBytes(evaluateAdvice(parsed.request, catalog)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `done` with the whole body. A request cut off before its end is never done: its
 * client is gone, and Node emits no error for it while nobody listens for one.
 */
function readBody(request: IncomingMessage, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
}
