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

/**
 * Every answer's security headers, errors included, in one place so tests and docs can
 * list them. A header a route sets itself is kept: the pages bring their own (equally
 * strict) policy.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "X-Frame-Options": "DENY",
};

/** The same, as entries: set on every answer by the front door (front-door.ts). */
export const SECURITY_HEADER_ENTRIES: readonly (readonly [string, string])[] =
  Object.entries(SECURITY_HEADERS);
