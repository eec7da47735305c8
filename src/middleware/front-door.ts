import type { MiddlewareHandler } from "hono";
import { acceptsCompression, compressAnswers, VARY_ACCEPT_ENCODING } from "./compression.js";
import { addMissingHeaders, presetHeaders } from "./default-headers.js";
import { type Logger, logRequest } from "./logger.js";
import { assignRequestId } from "./request-id.js";
import { SECURITY_HEADER_ENTRIES } from "./security-headers.js";

/**
 * What every request passes first, as one middleware: its request id, the security
 * headers, X-Request-Id and Vary on the answer (errors included), gzip for clients that
 * accept it, and one log line once it is answered.
 *
 * One layer instead of four: each layer costs every request an async step of Hono's
 * middleware chain (decision 059, second addendum).
 */
export function frontDoor(logger: Logger): MiddlewareHandler {
  const compressor = compressAnswers();
  return async (c, next) => {
    const startedAt = performance.now();
    const id = assignRequestId(c);
    const compressing = acceptsCompression(c);
    // compressAnswers sets Vary itself.
    const headers = compressing
      ? [...SECURITY_HEADER_ENTRIES, ["X-Request-Id", id] as const]
      : [...SECURITY_HEADER_ENTRIES, ["X-Request-Id", id] as const, VARY_ACCEPT_ENCODING];
    const preset = presetHeaders(c, headers);
    await (compressing ? compressor(c, next) : next());
    if (!preset) addMissingHeaders(c, headers);
    logRequest(logger, c, startedAt);
  };
}
