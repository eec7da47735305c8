import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { requestHeader, withDefaultHeaders } from "./default-headers.js";

/** Variables set by this middleware on the Hono context. */
export interface RequestIdVariables {
  requestId: string;
}

// A caller's own id is kept only when it is short and plain, so that logs stay clean.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id (X-Request-Id), taken from the caller when it is
 * acceptable, and echoes it on the answer so a problem report can name it.
 */
export function requestId(): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return (c, next) => {
    const given = requestHeader(c, "x-request-id");
    const id = given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
    c.set("requestId", id);
    return withDefaultHeaders(c, next, [["X-Request-Id", id]]);
  };
}

/** The request's id, or undefined outside the requestId() middleware. */
export function requestIdOf(c: Context): string | undefined {
  const value: unknown = c.get("requestId" as never);
  return typeof value === "string" ? value : undefined;
}
