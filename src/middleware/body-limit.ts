import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import { HttpAppError, sendProblem } from "../api/problem.js";
import { requestHeader } from "./default-headers.js";

/** The methods whose requests may carry a body; app.ts mounts bodyLimit() for these only. */
export const METHODS_WITH_BODY: readonly string[] = ["POST", "PUT", "PATCH", "DELETE"];
const WITH_BODY = new Set(METHODS_WITH_BODY);

/** Rejects a request body above `maxBytes` with 413 problem+json, before it is read whole. */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) =>
    sendProblem(
      c,
      new HttpAppError("payload-too-large", `The request body is larger than ${maxBytes} bytes.`),
    );
  const limit = honoBodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    // Asking a GET for its body makes the Node adapter build a full Request: skip that work.
    if (!WITH_BODY.has(c.req.method)) return next();
    // A declared length (and no chunked framing) decides at once, as hono/body-limit does,
    // without touching c.req.raw.body: that would also make the adapter build a full
    // Request and stream the body, where the handler's c.req.text() reads it directly.
    const length = requestHeader(c, "content-length");
    if (length !== undefined && requestHeader(c, "transfer-encoding") === undefined) {
      return Number.parseInt(length || "0", 10) > maxBytes ? Promise.resolve(tooLarge(c)) : next();
    }
    return limit(c, next);
  };
}
