import { isIPv4, isIPv6 } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The client's address as the limiter counts it (addressBucket): behind `trustedHops`
 * proxies the address that many entries from the right of X-Forwarded-For, else the
 * socket's peer (as @hono/node-server's getConnInfo gives it). A request without a
 * socket (in-process, app.request in tests) is "local".
 */
export function clientAddress(c: Context, trustedHops: number): string {
  if (trustedHops > 0) {
    const forwarded = forwardedClient(c.req.header("X-Forwarded-For"), trustedHops);
    if (forwarded) return addressBucket(forwarded);
  }
  return addressBucket(hasConnection(c.env) ? (getConnInfo(c).remote.address ?? "local") : "local");
}

/**
 * The address `trustedHops` entries from the right of an X-Forwarded-For value. Each
 * proxy appends the peer it saw, so the rightmost entries are written by proxies we run
 * and the leftmost by whoever sent the request: only the right end can be believed.
 * With fewer entries than hops the leftmost is taken (all of them came through a proxy).
 */
export function forwardedClient(header: string | undefined, trustedHops: number): string | undefined {
  const entries = (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - trustedHops)];
}

/**
 * The key one client's requests are counted under. An IPv6 subscriber usually gets a whole
 * /64, so an address per request is free: the /64 is the client. An IPv4-mapped IPv6
 * address (::ffff:192.0.2.1, a dual-stack socket) is its IPv4 address.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, lowercase, leading zeros dropped. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const middle = Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...middle, ...right].map((group) => (Number.parseInt(group, 16) || 0).toString(16));
}

/** Whether the adapter passed the connection the request came on (getConnInfo reads it). */
function hasConnection(env: unknown): boolean {
  return typeof env === "object" && env !== null && "incoming" in env;
}
