import type { MiddlewareHandler } from "hono";

interface CachedPage {
  readonly status: number;
  readonly body: string;
  readonly headers: readonly [string, string][];
}

/**
 * Caches rendered pages per (catalog revision, URL); the language is part of the
 * URL. Only successful responses without `Cache-Control: no-store` are kept, so
 * keuzehulp results and forms with a CSRF token are never cached (their handlers
 * mark them no-store). A new revision makes every old entry unreachable, and the
 * oldest entries go first when the cache is full.
 */
export function pageCache(getRevision: () => number, maxEntries = 500): MiddlewareHandler {
  const cache = new Map<string, CachedPage>();
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const url = new URL(c.req.url);
    const key = `${getRevision()}|${url.pathname}${url.search}`;
    const hit = cache.get(key);
    if (hit) {
      // Refresh its place: a Map iterates in insertion order, so this makes it the newest.
      cache.delete(key);
      cache.set(key, hit);
      return new Response(hit.body, {
        status: hit.status,
        headers: [...hit.headers, ["X-Page-Cache", "hit"]],
      });
    }
    await next();
    const res = c.res;
    const cacheControl = res.headers.get("Cache-Control") ?? "";
    if (res.status !== 200 || cacheControl.includes("no-store") || res.headers.has("Set-Cookie")) return;
    if (!(res.headers.get("Content-Type") ?? "").startsWith("text/html")) return;
    const body = await res.clone().text();
    cache.set(key, { status: res.status, body, headers: [...res.headers.entries()] });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };
}
