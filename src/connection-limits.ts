import type { Server } from "node:http";

/**
 * How long and how many connections the Node server keeps (issue 13: a connection that
 * sent nothing stayed open for good, and ~21,000 of them used up the file descriptors).
 * Node's own defaults keep a silent connection until the kernel gives up.
 * Constants, not settings: they bound abuse, a normal client or proxy never meets them,
 * and a reverse proxy in front keeps its own (docs/decisions/083).
 */
export interface ConnectionLimits {
  /** All request headers must have arrived within this time (slow-loris, silent connections). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this time. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  readonly keepAliveTimeoutMs: number;
  /** Requests one keep-alive connection may carry before the server closes it. */
  readonly maxRequestsPerSocket: number;
  /** Connections open at once; more are refused at once, so /healthz keeps a descriptor. */
  readonly maxConnections: number;
  /** How often Node checks the headers and request timeouts (its default, 30 s, is coarser than them). */
  readonly connectionsCheckingIntervalMs: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  // nginx's client_header_timeout is 60 s; a request's headers fit in one packet.
  headersTimeoutMs: 10_000,
  // A body at the default body limit (64 KB) takes well under a second on any line; a client
  // that trickles it in byte by byte holds a connection no longer than this.
  requestTimeoutMs: 30_000,
  // Longer than nothing (a browser loads a page and its assets on one connection), shorter
  // than an idle attacker would like; proxies keep their upstream connections below this.
  keepAliveTimeoutMs: 5_000,
  maxRequestsPerSocket: 1_000,
  // Far below the usual 65,536 file descriptors of a service, far above what two cores answer.
  maxConnections: 10_000,
  connectionsCheckingIntervalMs: 1_000,
};

/** The options createServer takes for these limits (the checking interval only works there). */
export function serverOptionsFor(limits: ConnectionLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
  };
}

/** The limits that are properties of a created server. */
export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.maxConnections = limits.maxConnections;
}
