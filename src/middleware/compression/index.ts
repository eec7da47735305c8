import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const VARIES_ON_ACCEPT_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;
const ACCEPTS_COMPRESSION = /\b(?:gzip|deflate)\b/i;

/**
 * Compresses an answer once, with hono/compress (gzip or deflate, for a client that asks,
 * of a compressible type from 1 KB), and names Accept-Encoding in Vary on every answer,
 * compressed or not, so a shared cache keeps the two forms apart. hono/compress names it
 * only on answers it could compress; an answer that varies on Origin (CORS) keeps that.
 * A client that accepts neither encoding does not pass hono/compress: it would remake
 * every such answer to add Vary, which costs the Node adapter its fast path (decision 073).
 */
export function compression(): MiddlewareHandler {
  const compressWhenAsked = compress();
  return async (c, next) => {
    if (ACCEPTS_COMPRESSION.test(c.req.header("Accept-Encoding") ?? "")) await compressWhenAsked(c, next);
    else await next();
    const vary = c.res.headers.get("Vary");
    if (vary === null) c.res.headers.set("Vary", "Accept-Encoding");
    else if (vary !== "*" && !VARIES_ON_ACCEPT_ENCODING.test(vary)) {
      c.res.headers.set("Vary", `${vary}, Accept-Encoding`);
    }
  };
}
