import type { MiddlewareHandler } from "hono";
import { HttpAppError, sendProblem } from "../api/problem.js";
import { requestHeader } from "./default-headers.js";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Answers 415 problem+json to a request with a body that does not say it is JSON. */
export function requireJson(methods: readonly string[] = ["POST", "PUT", "PATCH"]): MiddlewareHandler {
  const withBody = new Set(methods);
  return async (c, next) => {
    if (!withBody.has(c.req.method)) return next();
    const type = requestHeader(c, "content-type") ?? "";
    if (!JSON_MEDIA_TYPE.test(type)) {
      return sendProblem(
        c,
        new HttpAppError("unsupported-media-type", "Send the request body as application/json.", {
          "Accept-Post": "application/json",
        }),
      );
    }
    return next();
  };
}
