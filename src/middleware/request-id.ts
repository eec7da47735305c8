import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { requestHeader } from "./default-headers.js";

// A caller's own id is kept only when it is short and plain, so that logs stay clean.
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives the request its id: the caller's X-Request-Id when it is acceptable, else a new
 * one. The front door (front-door.ts) echoes it on the answer, so a problem report can
 * name it.
 */
export function assignRequestId(c: Context): string {
  const id = requestIdFrom(requestHeader(c, "x-request-id"));
  c.set("requestId" as never, id as never);
  return id;
}

/** The caller's X-Request-Id when it is acceptable, else a new id. */
export function requestIdFrom(given: string | undefined): string {
  return given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

/** The request's id, or undefined before the front door gave it one. */
export function requestIdOf(c: Context): string | undefined {
  const value: unknown = c.get("requestId" as never);
  return typeof value === "string" ? value : undefined;
}
