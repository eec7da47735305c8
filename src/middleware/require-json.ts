import type { Context } from "hono";
import { HttpAppError, sendProblem } from "../api/problem.js";
import { requestHeader } from "./default-headers.js";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * 415 problem+json for a request whose body does not say it is JSON; undefined for one
 * that does. The caller decides which requests must send JSON (body-checks.ts).
 */
export function refuseNonJson(c: Context): Response | undefined {
  if (isJsonMediaType(requestHeader(c, "content-type"))) return undefined;
  return sendProblem(
    c,
    new HttpAppError("unsupported-media-type", "Send the request body as application/json.", {
      "Accept-Post": "application/json",
    }),
  );
}

/** Whether a Content-Type says the body is JSON (application/json or application/…+json). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  return JSON_MEDIA_TYPE.test(contentType ?? "");
}
