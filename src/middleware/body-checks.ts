import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "./body-limit.js";
import { clientIp } from "./client-ip.js";
import { type RateLimiter, tooManyRequests, wasCounted } from "./rate-limit.js";
import { refuseNonJson } from "./require-json.js";

export interface BodyChecksOptions {
  /** Counts POSTs per client; shared with the advice lane (advice-lane.ts). */
  readonly postLimiter: RateLimiter;
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
  const limitBody = bodyLimit(options.bodyLimitBytes);
  const refuseOverLimit = (c: Parameters<MiddlewareHandler>[0]) => {
    // The advice lane counted it already, before it handed it on.
    if (wasCounted((c.env as { incoming?: IncomingMessage } | undefined)?.incoming)) return undefined;
    const retryAfter = options.postLimiter.take(clientIp(c, options.trustProxy));
    return retryAfter === undefined ? undefined : tooManyRequests(c, retryAfter);
  };
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
