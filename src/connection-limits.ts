import type { Server } from "node:http";

/**
 * How long and how many connections the Node server keeps (issue 13: a connection that
 * sent nothing stayed open for good, and enough of them used up the file descriptors).
 * Node's own defaults keep a silent connection until the kernel gives up.
 * Constants, not settings: they bound abuse, a normal client or proxy never meets them,
 * and a reverse proxy in front keeps its own. The values and why: decision 083.
 */
export interface ConnectionLimits {
  /** All request headers must have arrived within this time (slow-loris, silent connections). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this time. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  readonly keepAliveTimeoutMs: number;
  /** Requests one keep-alive connection may carry before the server closes it; 0: no limit. */
  readonly maxRequestsPerSocket: number;
  /** Connections open at once; more are closed at once, so /healthz keeps a descriptor. */
  readonly maxConnections: number;
  /** How often Node checks the headers and request timeouts (its default is coarser than they are). */
  readonly connectionsCheckingIntervalMs: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // A proxy in front keeps its idle upstream connections for less than this (decision 083).
  keepAliveTimeoutMs: 5_000,
  // No limit: closing a busy keep-alive connection races the client's next request,
  // which then fails (decision 083); idle ones are closed by the keep-alive timeout.
  maxRequestsPerSocket: 0,
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
    // Node answers an HTTP/1.1 request without Host with a bare 400 of its own; server.ts
    // answers it instead, with the problem+json every other malformed request gets.
    requireHostHeader: false,
  };
}

/** The limits that are properties of a created server. */
export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.maxConnections = limits.maxConnections;
}
