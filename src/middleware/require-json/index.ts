import type { MiddlewareHandler } from "hono";
import { HttpAppError, sendProblem } from "../../http/problem.js";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Refuses with 415 problem+json a request whose body does not say it is JSON
 * (application/json or application/…+json). app.ts mounts it for the API's methods with
 * a body.
 */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    if (!JSON_MEDIA_TYPE.test(c.req.header("Content-Type") ?? "")) {
      return sendProblem(
        c,
        new HttpAppError("unsupported-media-type", "Send the request body as application/json.", {
          "Accept-Post": "application/json",
        }),
      );
    }
    await next();
  };
}
