import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The client's address: the socket's peer (as @hono/node-server's getConnInfo gives it),
 * or, behind a trusted proxy, the first address in X-Forwarded-For. A request without a
 * socket (in-process, app.request in tests) is "local".
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("X-Forwarded-For")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return hasConnection(c.env) ? (getConnInfo(c).remote.address ?? "local") : "local";
}

/** Whether the adapter passed the connection the request came on (getConnInfo reads it). */
function hasConnection(env: unknown): boolean {
  return typeof env === "object" && env !== null && "incoming" in env;
}
