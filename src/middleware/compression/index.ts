import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const VARIES_ON_ACCEPT_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/**
 * Compresses an answer once, with hono/compress (gzip or deflate, for a client that asks,
 * of a compressible type from 1 KB), and names Accept-Encoding in Vary on every answer,
 * compressed or not, so a shared cache keeps the two forms apart. hono/compress names it
 * only on answers it could compress; an answer that varies on Origin (CORS) keeps that.
 */
export function compression(): MiddlewareHandler {
  const compressWhenAsked = compress();
  return async (c, next) => {
    await compressWhenAsked(c, next);
    const vary = c.res.headers.get("Vary");
    if (vary === null) c.res.headers.set("Vary", "Accept-Encoding");
    else if (vary !== "*" && !VARIES_ON_ACCEPT_ENCODING.test(vary)) {
      c.res.headers.set("Vary", `${vary}, Accept-Encoding`);
    }
  };
}
