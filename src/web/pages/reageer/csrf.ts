import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

/** The cookie and form field of the double-submit CSRF token. */
export const CSRF_COOKIE = "hw_csrf";
export const CSRF_FIELD = "csrf";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Returns the visitor's CSRF token, creating and setting it as a cookie when there
 * is none. Double-submit: the same value goes into a hidden field, and a POST must
 * carry both. The cookie is HttpOnly and SameSite=Strict, so another site can
 * neither read it nor send it along; this works without JavaScript.
 */
export function ensureCsrfToken(c: Context): string {
  const existing = getCookie(c, CSRF_COOKIE);
  const token = existing && TOKEN_PATTERN.test(existing) ? existing : randomBytes(32).toString("base64url");
  setCookie(c, CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: 2 * 60 * 60,
  });
  return token;
}

/** Whether a request comes from this site's own pages, when the browser says where it comes from (Origin). */
export function comesFromThisSite(c: Context): boolean {
  const origin = c.req.header("Origin");
  if (!origin || origin === "null") return true;
  const host = c.req.header("Host") ?? new URL(c.req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether a POST carries a matching cookie and field, and (when the browser says) comes from this origin. */
export function isValidCsrf(c: Context, fieldValue: unknown): boolean {
  if (!comesFromThisSite(c)) return false;
  const cookie = getCookie(c, CSRF_COOKIE);
  if (typeof fieldValue !== "string" || !cookie || !TOKEN_PATTERN.test(cookie)) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(fieldValue);
  return a.length === b.length && timingSafeEqual(a, b);
}
