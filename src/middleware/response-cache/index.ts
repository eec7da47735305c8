import { hash } from "node:crypto";
import type { MiddlewareHandler } from "hono";

export interface ResponseCacheOptions {
  /** The catalog revision: answers of an older revision are never served. */
  readonly revision: () => number;
  /** How many answers are kept (least recently used go first). */
  readonly maxEntries?: number;
  /** Larger answers are not kept. */
  readonly maxBodyBytes?: number;
}

interface Entry {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly headers: Readonly<Record<string, string>>;
}

/** Headers that belong to the answer itself; the rest (request id, security headers …) belong to one request. */
const KEPT_HEADERS = ["content-type", "content-disposition"];

/**
 * The one cache of answers, for the API's catalogue GETs and the catalogue pages: keeps
 * the bytes of a successful GET answer per (revision, path and query), so a repeated
 * search or page is not computed again. app.ts mounts it only where an answer depends
 * on nothing but the URL and the revision. An answer marked no-store (a keuzehulp
 * result, a form with a CSRF token) or setting a cookie is never kept. Keys are hashes:
 * the cache holds no query text (docs/decisions/051).
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 500;
  const maxBodyBytes = options.maxBodyBytes ?? 512 * 1024;
  const entries = new Map<string, Entry>();
  let cachedRevision = -1;

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const revision = options.revision();
    if (revision !== cachedRevision) {
      entries.clear();
      cachedRevision = revision;
    }
    const key = hash("sha256", pathAndQuery(c.req.url), "base64url");
    const hit = entries.get(key);
    if (hit) {
      // Most recently used goes to the end of the Map's order.
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, 200, hit.headers);
    }
    await next();
    const answer = c.res;
    if (answer.status !== 200 || !answer.body || options.revision() !== revision) return;
    if (/no-store/i.test(answer.headers.get("Cache-Control") ?? "") || answer.headers.has("Set-Cookie"))
      return;
    const body = new Uint8Array(await answer.clone().arrayBuffer());
    if (body.byteLength > maxBodyBytes) return;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    entries.set(key, { body, headers });
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };
}

/** The path and query of an absolute URL, without the fragment: what the answer depends on. */
function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const target = start === -1 ? "/" : url.slice(start);
  const fragment = target.indexOf("#");
  return fragment === -1 ? target : target.slice(0, fragment);
}
