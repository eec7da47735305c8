import type { MiddlewareHandler } from "hono";
import { withDefaultHeaders } from "./default-headers.js";

/**
 * Content-Security-Policy without 'unsafe-inline' and without any third-party
 * origin: pages load only their own styles, scripts and images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

/** Every answer's security headers, in one place so tests and docs can list them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
};

/**
 * Sets the security headers on every answer, errors included. A header a route set
 * itself is kept: the pages bring their own (equally strict) policy.
 */
export function securityHeaders(): MiddlewareHandler {
  const entries = Object.entries(SECURITY_HEADERS);
  return (c, next) => withDefaultHeaders(c, next, entries);
}
