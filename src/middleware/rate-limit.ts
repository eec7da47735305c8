import type { Context } from "hono";
import { HttpAppError, sendProblem } from "../api/problem.js";
import { clientIp } from "./client-ip.js";

export interface RateLimitOptions {
  /** Requests one client may make per minute; also the burst size. */
  readonly perMinute: number;
  readonly trustProxy: boolean;
  /** The clock, replaceable in tests. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Above this many clients, full buckets are forgotten so memory stays bounded.
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * An in-memory token bucket per client address. Counts one request from `c`'s client
 * and answers undefined, or, when that client has run out, 429 problem+json with
 * Retry-After (whole seconds until the next token). The caller decides which requests
 * count (body-checks.ts: POSTs).
 */
export function rateLimit(options: RateLimitOptions): (c: Context) => Response | undefined {
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

  return (c) => {
    const at = now();
    const key = clientIp(c, options.trustProxy);
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= MAX_TRACKED_CLIENTS) forgetFullBuckets(at);
      bucket = { tokens: capacity, updatedAt: at };
      buckets.set(key, bucket);
    }
    refill(bucket, at);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      return sendProblem(
        c,
        new HttpAppError("rate-limited", `Too many requests; try again in ${retryAfter} s.`, {
          "Retry-After": String(retryAfter),
        }),
      );
    }
    bucket.tokens -= 1;
    return undefined;
  };
}
