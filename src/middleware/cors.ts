import type { MiddlewareHandler } from "hono";
import { cors as honoCors } from "hono/cors";
import { VARIES_ON_ACCEPT_ENCODING } from "./compression.js";

/**
 * CORS for the API. Off (no CORS headers at all) unless origins are configured;
 * then only those origins may call it from a browser, without credentials.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler {
  if (origins.length === 0) return async (_c, next) => next();
  const allowed = new Set(origins);
  const cors = honoCors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST"],
    allowHeaders: ["Content-Type", "X-Request-Id"],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After"],
    maxAge: 600,
  });
  return async (c, next) => {
    const preflight = await cors(c, next);
    // A preflight is answered by hono/cors itself, with no body to vary.
    if (preflight) return preflight;
    // hono/cors gives the answer its own "Vary: Origin", which would replace the front
    // door's "Vary: Accept-Encoding" (the answer's headers win): name both.
    const vary = c.res.headers.get("Vary");
    if (vary && vary !== "*" && !VARIES_ON_ACCEPT_ENCODING.test(vary)) {
      c.res.headers.set("Vary", `${vary}, Accept-Encoding`);
    }
  };
}
