import type { MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { HttpAppError, sendProblem } from "../../http/problem.js";

/**
 * Refuses a request body above `maxBytes` with 413 problem+json, with hono/body-limit:
 * by its Content-Length at once, or, sent chunked, as soon as the bytes read pass it.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      sendProblem(
        c,
        new HttpAppError("payload-too-large", `The request body is larger than ${maxBytes} bytes.`),
      ),
  });
}
