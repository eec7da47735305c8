import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for the API with hono/cors: only the configured origins may call it from a
 * browser, without credentials. app.ts mounts it only when origins are configured, so
 * without them no answer has CORS headers.
 */
export function apiCors(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST"],
    allowHeaders: ["Content-Type", "X-Request-Id"],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After"],
    maxAge: 600,
  });
}
