import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { HttpAppError, sendProblem } from "../../http/problem.js";

/**
 * Refuses a request body above `maxBytes` with 413 problem+json, with hono/body-limit:
 * by its Content-Length at once, or, sent chunked, as soon as the bytes read pass it.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) =>
    sendProblem(
      c,
      new HttpAppError("payload-too-large", `The request body is larger than ${maxBytes} bytes.`),
    );
  const limitWhileReading = honoBodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    // A declared length decides at once, as hono/body-limit decides it, read from the
    // request's headers alone: hono/body-limit asks the request for its body stream
    // first, which makes the Node adapter build a whole web Request (decision 073).
    const length = c.req.header("Content-Length");
    if (length !== undefined && c.req.header("Transfer-Encoding") === undefined) {
      if (Number.parseInt(length || "0", 10) > maxBytes) return tooLarge(c);
      return next();
    }
    return limitWhileReading(c, next);
  };
}
