import type { MiddlewareHandler } from "hono";
import { cors as honoCors } from "hono/cors";

/**
 * CORS for the API. Off (no CORS headers at all) unless origins are configured;
 * then only those origins may call it from a browser, without credentials.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler {
  if (origins.length === 0) return async (_c, next) => next();
  const allowed = new Set(origins);
  return honoCors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST"],
    allowHeaders: ["Content-Type", "X-Request-Id"],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After"],
    maxAge: 600,
  });
}
