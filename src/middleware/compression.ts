import type { Context } from "hono";
import { requestHeader } from "./default-headers.js";

const ACCEPTS_COMPRESSION = /\b(gzip|deflate)\b/i;

/**
 * Whether the client accepts gzip or deflate. The front door (front-door.ts) runs
 * hono/compress, which sets Vary itself, only for those clients: for others it would add
 * Vary through a path that makes the Node adapter copy every answer into a stream.
 */
export function acceptsCompression(c: Context): boolean {
  return acceptsCompressionIn(requestHeader(c, "accept-encoding"));
}

/** The same, from an Accept-Encoding header's value. */
export function acceptsCompressionIn(acceptEncoding: string | undefined): boolean {
  return ACCEPTS_COMPRESSION.test(acceptEncoding ?? "");
}

/** What the answers vary on: gzip or not (no route sets a Vary of its own). */
export const VARY_ACCEPT_ENCODING: readonly [string, string] = ["Vary", "Accept-Encoding"];
