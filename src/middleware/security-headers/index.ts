import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The one Content-Security-Policy of every answer, pages and API alike: everything from
 * our own origin, nothing inline (no 'unsafe-inline'), no third parties.
 */
export const CONTENT_SECURITY_POLICY = [
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

/** Every answer's security headers, errors included, listed once for tests and docs. */
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
 * The browser features no page uses, each denied to every origin. interest-cohort is not
 * in Hono's list of features (FLoC is gone); it stays so the header stays as it was.
 */
const DENIED_FEATURES = Object.fromEntries(
  ["camera", "microphone", "geolocation", "payment", "usb", "interestCohort"].map((feature) => [feature, []]),
) as NonNullable<Parameters<typeof secureHeaders>[0]>["permissionsPolicy"];

/**
 * Sets SECURITY_HEADERS on every answer with hono/secure-headers (which builds the
 * header values once, here), and none of its other defaults. HSTS only behind TLS:
 * forwarded-https adds it when the request came over HTTPS.
 */
export function securityHeaders(): MiddlewareHandler {
  const self = ["'self'"];
  const none = ["'none'"];
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: self,
      scriptSrc: self,
      styleSrc: self,
      imgSrc: self,
      fontSrc: self,
      connectSrc: self,
      formAction: self,
      frameAncestors: none,
      baseUri: none,
      objectSrc: none,
    },
    permissionsPolicy: DENIED_FEATURES,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: SECURITY_HEADERS["Cross-Origin-Resource-Policy"],
    crossOriginOpenerPolicy: SECURITY_HEADERS["Cross-Origin-Opener-Policy"],
    originAgentCluster: false,
    referrerPolicy: SECURITY_HEADERS["Referrer-Policy"],
    strictTransportSecurity: false,
    xContentTypeOptions: SECURITY_HEADERS["X-Content-Type-Options"],
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: SECURITY_HEADERS["X-Frame-Options"],
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    removePoweredBy: false,
  });
}
