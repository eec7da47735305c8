import type { MiddlewareHandler } from "hono";
import { isClientAbort } from "../../http/client-abort.js";
import { requestIdOf } from "../../http/request-id.js";
import type { Logger } from "../../lib/logger.js";

/**
 * Logs one line per answered request: method, path without its query string, status,
 * duration and request id. Bodies and query strings are never logged (privacy: an advice
 * request or a search can describe a child). hono/logger writes the whole URL, query
 * included, as text: not usable here.
 */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const startedAt = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
      requestId: requestIdOf(c),
    };
    // c.error is what the app's onError answered; a client that hung up is no server error.
    if (c.error && isClientAbort(c.error, c.req.raw)) logger.info("client aborted", fields);
    else if (status >= 500) logger.error("request", fields);
    else logger.info("request", fields);
  };
}
