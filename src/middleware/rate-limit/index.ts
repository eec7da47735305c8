import type { Context, MiddlewareHandler } from "hono";
import { HttpAppError, sendProblem } from "../../http/problem.js";
import { clientAddress } from "./client-address.js";

export interface RateLimitOptions {
  /** Requests one client may make per minute; also the burst size. */
  readonly perMinute: number;
  /** The clock, replaceable in tests. */
  readonly now?: () => number;
}

/** Token buckets by client address (client-address.ts). */
export interface RateLimiter {
  /**
   * Counts one request from `client`: undefined when it may go on, or, when that client
   * has run out, the whole seconds until its next token (and nothing is counted).
   */
  take(client: string): number | undefined;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Above this many clients, full buckets are forgotten so memory stays bounded.
const MAX_TRACKED_CLIENTS = 10_000;

/** An in-memory token bucket per client address. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const capacity = options.perMinute;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  };

  const forgetFullBuckets = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
  };

  return {
    take(client) {
      const at = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= MAX_TRACKED_CLIENTS) forgetFullBuckets(at);
        bucket = { tokens: capacity, updatedAt: at };
        buckets.set(client, bucket);
      }
      refill(bucket, at);
      if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      bucket.tokens -= 1;
      return undefined;
    },
  };
}

/** 429 problem+json with Retry-After, for a client the limiter refused. */
function tooManyRequests(c: Context, retryAfterSeconds: number): Response {
  return sendProblem(
    c,
    new HttpAppError("rate-limited", `Too many requests; try again in ${retryAfterSeconds} s.`, {
      "Retry-After": String(retryAfterSeconds),
    }),
  );
}

/**
 * Counts each request it sees against its client's bucket and refuses one over the
 * limit with 429; behind `trustedHops` proxies the client is read from X-Forwarded-For
 * (client-address.ts). app.ts mounts it for POST only: reads are cheap and cached.
 */
export function rateLimit(limiter: RateLimiter, trustedHops: number): MiddlewareHandler {
  return async (c, next) => {
    const retryAfter = limiter.take(clientAddress(c, trustedHops));
    if (retryAfter !== undefined) return tooManyRequests(c, retryAfter);
    await next();
  };
}
