import type { Context } from "hono";

/** The context variable the request-id middleware keeps the request's id in. */
export const REQUEST_ID_VARIABLE = "requestId";

/** The request's id, or undefined before the request-id middleware gave it one. */
export function requestIdOf(c: Context): string | undefined {
  const value: unknown = c.get(REQUEST_ID_VARIABLE as never);
  return typeof value === "string" ? value : undefined;
}
