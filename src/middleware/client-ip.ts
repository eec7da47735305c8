import type { Context } from "hono";
import { requestHeader } from "./default-headers.js";

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the socket's peer, or, behind a trusted proxy, the first
 * address in X-Forwarded-For. In-process requests (tests) have no socket: "local".
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = requestHeader(c, "x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}
