import type { IncomingMessage } from "node:http";
import type { Context } from "hono";
import { nodeHeader, requestHeader } from "./default-headers.js";

interface NodeBindings {
  incoming?: IncomingMessage;
}

/**
 * The client's address: the socket's peer, or, behind a trusted proxy, the first
 * address in X-Forwarded-For. In-process requests (tests) have no socket: "local".
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? requestHeader(c, "x-forwarded-for") : undefined;
  return clientAddress(forwarded, (c.env as NodeBindings | undefined)?.incoming, trustProxy);
}

/** The same for a Node request (the advice lane, advice-lane.ts). */
export function nodeClientIp(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? nodeHeader(request, "x-forwarded-for") : undefined;
  return clientAddress(forwarded, request, trustProxy);
}

function clientAddress(
  forwardedFor: string | undefined,
  incoming: IncomingMessage | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = forwardedFor?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return incoming?.socket?.remoteAddress ?? "local";
}
