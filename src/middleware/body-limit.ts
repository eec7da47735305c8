import type { MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { HttpAppError, sendProblem } from "../api/problem.js";

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Rejects a request body above `maxBytes` with 413 problem+json, before it is read whole. */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const limit = honoBodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      sendProblem(
        c,
        new HttpAppError("payload-too-large", `The request body is larger than ${maxBytes} bytes.`),
      ),
  });
  // Asking a GET for its body makes the Node adapter build a full Request: skip that work.
  return (c, next) => (METHODS_WITH_BODY.has(c.req.method) ? limit(c, next) : next());
}
