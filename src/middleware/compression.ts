import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const ACCEPTS_COMPRESSION = /\b(gzip|deflate)\b/i;

/**
 * gzip/deflate for clients that accept it (hono/compress). For other clients the
 * compressor is not run at all: it would add Vary through a path that makes the
 * Node adapter copy every answer into a stream. Vary: Accept-Encoding is still set,
 * so shared caches keep the two forms apart.
 */
export function compression(): MiddlewareHandler {
  const compressor = compress();
  return async (c, next) => {
    if (ACCEPTS_COMPRESSION.test(c.req.header("accept-encoding") ?? "")) return compressor(c, next);
    await next();
    const vary = c.res.headers.get("vary");
    if (!vary) c.res.headers.set("Vary", "Accept-Encoding");
    else if (vary !== "*" && !/\baccept-encoding\b/i.test(vary))
      c.res.headers.set("Vary", `${vary}, Accept-Encoding`);
  };
}
