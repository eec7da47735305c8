import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "./body-limit.js";
import { rateLimit } from "./rate-limit.js";
import { refuseNonJson } from "./require-json.js";

export interface BodyChecksOptions {
  /** POSTs one client may make per minute. */
  readonly ratePostsPerMinute: number;
  readonly trustProxy: boolean;
  readonly bodyLimitBytes: number;
}

/** Methods counted by the rate limit: reads are cheap and cached. */
const RATE_LIMITED_METHODS = new Set(["POST"]);
/** Methods whose API requests must say their body is JSON. */
const JSON_BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * The checks of a request that may carry a body, in this order, as one middleware: the
 * rate limit (POST), JSON only (API requests under /api/v1), the body limit. Mounted
 * for the methods with a body (body-limit.ts), so a GET passes none of them.
 */
export function bodyChecks(options: BodyChecksOptions): MiddlewareHandler {
  const refuseOverLimit = rateLimit({
    perMinute: options.ratePostsPerMinute,
    trustProxy: options.trustProxy,
  });
  const limitBody = bodyLimit(options.bodyLimitBytes);
  return (c, next) => {
    const method = c.req.method;
    const refused =
      (RATE_LIMITED_METHODS.has(method) ? refuseOverLimit(c) : undefined) ??
      (JSON_BODY_METHODS.has(method) && isApiPath(c.req.path) ? refuseNonJson(c) : undefined);
    return refused ? Promise.resolve(refused) : limitBody(c, next);
  };
}

/** /api/v1 and every path below it, as Hono's route "/api/v1/*" matches them. */
function isApiPath(path: string): boolean {
  return path === "/api/v1" || path.startsWith("/api/v1/");
}
