import type { MiddlewareHandler } from "hono";
import { HttpAppError, sendProblem } from "../../http/problem.js";
import { createRateLimiter } from "../rate-limit/index.js";

export interface FeedbackCapOptions {
  /** Feedback writes per minute from all clients together. */
  readonly perMinute: number;
  /** Stored feedback rows at which new feedback is refused. */
  readonly maxStored: number;
  /** How many feedback rows the store holds. */
  readonly countStored: () => Promise<number>;
  /** The clock, replaceable in tests. */
  readonly now?: () => number;
}

// The stored count is read again at most this often; between reads the writes let
// through are added, so the count errs high, never low (other instances aside).
const COUNT_TTL_MS = 5_000;

/**
 * Limits on feedback as a whole, beside the per-client rate limit: many addresses
 * (a botnet, an IPv6 block) together stay under `perMinute` (429), and the table stops
 * growing at `maxStored` (503: it needs someone to clear old feedback, not a retry).
 * app.ts mounts it on the feedback POSTs of the API and the form.
 */
export function feedbackCap(options: FeedbackCapOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const everyone = createRateLimiter({ perMinute: options.perMinute, now });
  let known: { count: number; readAt: number } | undefined;

  const storedCount = async (): Promise<number | undefined> => {
    const at = now();
    if (known && at - known.readAt < COUNT_TTL_MS) return known.count;
    try {
      known = { count: await options.countStored(), readAt: at };
      return known.count;
    } catch {
      // Cannot count: let the write try; if the database is down it answers 503 itself.
      return undefined;
    }
  };

  return async (c, next) => {
    const count = await storedCount();
    if (count !== undefined && count >= options.maxStored) {
      return sendProblem(
        c,
        new HttpAppError("unavailable", "No more feedback can be stored right now; please try again later."),
      );
    }
    const retryAfter = everyone.take("all");
    if (retryAfter !== undefined) {
      return sendProblem(
        c,
        new HttpAppError(
          "rate-limited",
          `Too much feedback from everyone at once; try again in ${retryAfter} s.`,
          { "Retry-After": String(retryAfter) },
        ),
      );
    }
    if (known) known.count += 1;
    await next();
  };
}
