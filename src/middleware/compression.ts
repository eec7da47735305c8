import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { requestHeader, withDefaultHeaders } from "./default-headers.js";

const ACCEPTS_COMPRESSION = /\b(gzip|deflate)\b/i;

/** What the answers vary on: gzip or not (no route sets a Vary of its own). */
const VARY: readonly (readonly [string, string])[] = [["Vary", "Accept-Encoding"]];

/**
 * gzip/deflate for clients that accept it (hono/compress, which sets Vary itself). For
 * other clients the compressor is not run at all: it would add Vary through a path that
 * makes the Node adapter copy every answer into a stream. Vary: Accept-Encoding is still
 * set, so shared caches keep the two forms apart.
 */
export function compression(): MiddlewareHandler {
  const compressor = compress();
  return (c, next) =>
    ACCEPTS_COMPRESSION.test(requestHeader(c, "accept-encoding") ?? "")
      ? compressor(c, next)
      : withDefaultHeaders(c, next, VARY);
}
