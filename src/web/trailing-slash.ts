import type { Context } from "hono";

/** How long a browser or proxy may keep a plain "page without the slash" redirect: a day. */
const PLAIN_REDIRECT_MAX_AGE = 24 * 60 * 60;

/**
 * The one address of a path asked for with slashes after it ("/keuzehulp/" → "/keuzehulp"),
 * or undefined when there is nothing to trim or the trimmed path would not stay on this site:
 * a browser reads "//evil.example" (and "/\evil.example") as another host.
 */
export function withoutTrailingSlash(pathname: string): string | undefined {
  if (!pathname.endsWith("/")) return undefined;
  const trimmed = pathname.replace(/\/+$/, "");
  return /^\/(?![/\\])/.test(trimmed) ? trimmed : undefined;
}

/**
 * A GET or HEAD for a page with a trailing slash, answered with a 301 to the page without it,
 * the query kept; undefined for every other request. No page path ends in a slash ("/" aside),
 * so the redirect never hides a page. A query may describe a child (a keuzehulp request): such a
 * redirect is kept by no cache (docs/decisions/085); a plain one may be kept for a day.
 */
export function trailingSlashRedirect(c: Context): Response | undefined {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") return undefined;
  const url = new URL(c.req.url);
  const path = withoutTrailingSlash(url.pathname);
  if (path === undefined) return undefined;
  const cacheControl = url.search === "" ? `public, max-age=${PLAIN_REDIRECT_MAX_AGE}` : "private, no-store";
  c.header("Cache-Control", cacheControl);
  return c.redirect(path + url.search, 301);
}
