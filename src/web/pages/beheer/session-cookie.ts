import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from "../../../curation/policy.js";

/**
 * The paths the cookie is sent to: the Dutch and English /beheer pages and the admin API.
 * A cookie has one path, so it is set once per path; the public site never receives it
 * (decision 090).
 */
export const SESSION_COOKIE_PATHS = ["/beheer", "/en/beheer", "/api/v1/admin"] as const;

/** The session id from the request's cookie, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Sets the session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site
 * sends it along), Secure over HTTPS (middleware/forwarded-https adds it behind a TLS proxy
 * too), no longer than the session's absolute end.
 */
export function setSessionCookie(c: Context, token: string): void {
  for (const path of SESSION_COOKIE_PATHS) {
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      path,
      secure: new URL(c.req.url).protocol === "https:",
      maxAge: SESSION_ABSOLUTE_MS / 1000,
    });
  }
}

/** Removes the session cookie from every path it was set on. */
export function clearSessionCookie(c: Context): void {
  for (const path of SESSION_COOKIE_PATHS) {
    deleteCookie(c, SESSION_COOKIE, {
      path,
      httpOnly: true,
      sameSite: "Strict",
      secure: new URL(c.req.url).protocol === "https:",
    });
  }
}
