import type { Context, MiddlewareHandler } from "hono";
import { forwardedClient } from "../rate-limit/client-address.js";

/** One year: what the MDN HTTP Observatory asks for; no includeSubDomains (not our domain's call). */
export const HSTS = "max-age=31536000";

/**
 * Whether the browser reached us over HTTPS: the request came over TLS itself, or a
 * trusted proxy (TRUST_PROXY hops) that terminated TLS says so in X-Forwarded-Proto,
 * read at the same hop as the client address. Untrusted, the header is the client's word.
 */
export function isHttps(c: Context, trustedHops: number): boolean {
  if (c.req.url.startsWith("https:")) return true;
  if (trustedHops === 0) return false;
  return forwardedClient(c.req.header("X-Forwarded-Proto"), trustedHops)?.toLowerCase() === "https";
}

/**
 * Behind TLS: Strict-Transport-Security on every answer and Secure on every cookie the
 * answer sets (the CSRF cookie of /reageer), so neither leaks to plain HTTP later.
 * A public origin (PUBLIC_URL) with https means the site is only meant to be reached
 * over TLS, whatever the proxy forwards. Over plain HTTP (development, tests) cookies
 * must stay usable, so both are left out.
 */
export function forwardedHttps(trustedHops: number, publicUrl?: string): MiddlewareHandler {
  const publicHttps = publicUrl?.startsWith("https:") ?? false;
  return async (c, next) => {
    await next();
    if (!publicHttps && !isHttps(c, trustedHops)) return;
    c.res.headers.set("Strict-Transport-Security", HSTS);
    const cookies = c.res.headers.getSetCookie();
    if (cookies.length === 0) return;
    c.res.headers.delete("Set-Cookie");
    for (const cookie of cookies) {
      c.res.headers.append("Set-Cookie", /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
    }
  };
}
