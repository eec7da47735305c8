import { promisify } from "node:util";
import { deflate, deflateSync, gzip, gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { parseAccept } from "hono/utils/accept";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/utils/compress";
import { requestHeader } from "./default-headers.js";

const ACCEPTS_COMPRESSION = /\b(gzip|deflate)\b/i;

/**
 * Whether the client accepts gzip or deflate. The front door (front-door.ts) runs
 * compressAnswers, which sets Vary itself, only for those clients: for others it would add
 * Vary through a path that makes the Node adapter copy every answer into a stream.
 */
export function acceptsCompression(c: Context): boolean {
  return acceptsCompressionIn(requestHeader(c, "accept-encoding"));
}

/** The same, from an Accept-Encoding header's value. */
export function acceptsCompressionIn(acceptEncoding: string | undefined): boolean {
  return ACCEPTS_COMPRESSION.test(acceptEncoding ?? "");
}

/**
 * What the answers vary on: gzip or not. No route sets a Vary of its own; CORS adds
 * Origin and names Accept-Encoding with it (cors.ts).
 */
export const VARY_ACCEPT_ENCODING: readonly [string, string] = ["Vary", "Accept-Encoding"];

/** Answers smaller than this are sent as they are (as hono/compress does). */
const THRESHOLD_BYTES = 1024;
/**
 * Up to this size an answer is compressed on the main thread: handing it to libuv's
 * thread pool and back costs more (≈ 150 against 60 µs for the 13 KB advice). Larger ones
 * (the ≈ 80 KB stylesheet, the OpenAPI document) go to the pool, so one request does
 * not hold up the others for long.
 */
const SYNC_UP_TO_BYTES = 64 * 1024;
const ENCODERS = {
  gzip: { sync: gzipSync, async: promisify(gzip) },
  deflate: { sync: deflateSync, async: promisify(deflate) },
} as const;
export type Encoding = keyof typeof ENCODERS;
/** In this order when the client takes both equally: gzip first. */
const ENCODINGS: readonly Encoding[] = ["gzip", "deflate"];
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
/** A Vary that already names Accept-Encoding. */
export const VARIES_ON_ACCEPT_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/**
 * Compresses an answer for a client that accepts gzip or deflate: the same decisions
 * and headers as hono/compress (which it replaces), but the whole answer is compressed
 * at once by node:zlib (in libuv's thread pool only when it is large).
 *
 * hono/compress pipes the answer through a CompressionStream. For the 13 KB advice
 * that cost ≈ 500 µs of CPU per request, against ≈ 60 µs for zlib in one go
 * (decision 068). Our answers are whole strings or bytes; no route streams. So reading
 * one whole first costs nothing in latency. The compressed answer says its length.
 */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const length = res.headers.get("Content-Length");
    if (
      res.status === 206 ||
      res.headers.has("Content-Encoding") ||
      res.headers.has("Transfer-Encoding") ||
      c.req.method === "HEAD" ||
      (length && Number(length) < THRESHOLD_BYTES) ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(res.headers.get("Content-Type") ?? "") ||
      NO_TRANSFORM.test(res.headers.get("Cache-Control") ?? "")
    ) {
      return;
    }
    const vary = res.headers.get("Vary");
    if (vary !== "*" && !(vary && VARIES_ON_ACCEPT_ENCODING.test(vary))) {
      c.header("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    }
    // From Node's parsed headers: c.req.header() would build an undici Headers (decision 059).
    const encoding = chosenEncoding(requestHeader(c, "accept-encoding"));
    // c.header() above may have replaced c.res: read the answer as it is now.
    if (!encoding || !c.res.body) return;
    const plain = new Uint8Array(await c.res.arrayBuffer());
    const compressed = compressedNow(plain, encoding) ?? (await ENCODERS[encoding].async(plain));
    c.res = new Response(compressed, c.res);
    c.res.headers.set("Content-Length", String(compressed.byteLength));
    c.res.headers.set("Content-Encoding", encoding);
    const etag = c.res.headers.get("ETag");
    if (etag && !etag.startsWith("W/")) c.res.headers.set("ETag", `W/${etag}`);
  };
}

/**
 * The encoding the front door compresses a compressible answer with, for a client that
 * sent this Accept-Encoding, if any (the advice lane, advice-lane.ts, asks).
 */
export function frontDoorEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  return acceptsCompressionIn(acceptEncoding) ? chosenEncoding(acceptEncoding) : undefined;
}

/** `bytes` compressed as compressAnswers does, or undefined when they are too many for the main thread. */
export function compressedNow(bytes: Uint8Array, encoding: Encoding): Buffer<ArrayBuffer> | undefined {
  return bytes.byteLength <= SYNC_UP_TO_BYTES ? ENCODERS[encoding].sync(bytes) : undefined;
}

/** The encoding with the highest q the client gives (q=1 wins at once), as hono/compress picks it. */
function chosenEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const accepts = parseAccept(header);
  const wildcardQ = accepts.find((accept) => accept.type === "*")?.q;
  let best: { encoding: Encoding; q: number } | undefined;
  for (const encoding of ENCODINGS) {
    const q = accepts.find((accept) => accept.type.toLowerCase() === encoding)?.q ?? wildcardQ ?? 0;
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}
