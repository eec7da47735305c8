import type { MiddlewareHandler } from "hono";

/**
 * The pages' Content Security Policy: everything from our own origin, nothing
 * inline (no 'unsafe-inline'), no third parties. The app's own security-header
 * middleware may set a stricter policy on top; this keeps the pages safe on their own.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/** Sets the CSP and a few safe defaults on page responses when no one has set them yet. */
export function pageSecurityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const set = (name: string, value: string) => {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    };
    set("Content-Security-Policy", PAGE_CSP);
    set("X-Content-Type-Options", "nosniff");
    set("Referrer-Policy", "no-referrer");
  };
}
