import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { REQUEST_ID_VARIABLE } from "../../http/request-id.js";

// A caller's own id is kept only when it is short and plain, so that logs stay clean.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request its id: the caller's X-Request-Id when it is acceptable, else a new
 * one. It is kept for the log line and a problem's `requestId`, and sent back as
 * X-Request-Id on every answer, errors included, so a report can name it.
 */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header("X-Request-Id");
    const id = given !== undefined && ACCEPTABLE_ID.test(given) ? given : randomUUID();
    c.set(REQUEST_ID_VARIABLE as never, id as never);
    await next();
    // Set on the answer once it exists: a header prepared before would be lost on an
    // answer a handler makes itself (the pages' app, mounted below).
    c.res.headers.set("X-Request-Id", id);
  };
}
