import type { Context } from "hono";
import { csrfTokenFor, sameSecret } from "../../../curation/tokens.js";
import { comesFromThisSite } from "../reageer/csrf.js";

/** The hidden field every /beheer form carries its token in. */
export const BEHEER_CSRF_FIELD = "csrf";

/**
 * Whether a POST carries the session's CSRF token (decision 091) and, when the browser
 * names its origin, comes from this site. The token is derived from the session id, so
 * only a page of this session can know it.
 */
export function isValidSessionCsrf(c: Context, sessionToken: string, fieldValue: unknown): boolean {
  if (!comesFromThisSite(c)) return false;
  return typeof fieldValue === "string" && sameSecret(fieldValue, csrfTokenFor(sessionToken));
}
