import { hash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/utils/compress";

export interface ResponseCacheOptions {
  /** The catalog revision: answers of an older revision are never served. */
  readonly revision: () => number;
  /** How many answers are kept (least recently used go first). */
  readonly maxEntries?: number;
  /** Larger answers are not kept. */
  readonly maxBodyBytes?: number;
}

/** A kept answer: its bytes, the same gzipped when worth it, and its own headers. */
interface CachedAnswer {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly gzipped: Uint8Array<ArrayBuffer> | undefined;
  readonly headers: Readonly<Record<string, string>>;
}

/** Below this size compression gains less than its headers cost (as hono/compress decides). */
const COMPRESS_FROM_BYTES = 1024;
const ACCEPTS_GZIP = /\bgzip\b/i;

/** Headers that belong to the answer itself; the rest (request id, security headers …) belong to one request. */
const KEPT_HEADERS = ["content-type", "content-disposition", "cache-control"];

/**
 * The one cache of answers, for the API's catalogue GETs and the catalogue pages: keeps
 * the bytes of a successful GET answer per (revision, path and query), so a repeated
 * search or page is not computed again. app.ts mounts it only where an answer depends
 * on nothing but the URL and the revision. An answer marked no-store (a keuzehulp
 * result, a form with a CSRF token) or setting a cookie is never kept. Keys are hashes:
 * the cache holds no query text (docs/decisions/051). A kept answer is gzipped once, when
 * kept, and served so to every client that accepts gzip; the compression middleware
 * leaves an answer that is encoded already alone (docs/decisions/074).
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 500;
  const maxBodyBytes = options.maxBodyBytes ?? 512 * 1024;
  const answers = new Map<string, CachedAnswer>();
  let cachedRevision = -1;

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const revision = options.revision();
    if (revision !== cachedRevision) {
      answers.clear();
      cachedRevision = revision;
    }
    const key = hash("sha256", pathAndQuery(c.req.url), "base64url");
    const hit = answers.get(key);
    if (hit) {
      // Most recently used goes to the end of the Map's order.
      answers.delete(key);
      answers.set(key, hit);
      if (hit.gzipped && ACCEPTS_GZIP.test(c.req.header("Accept-Encoding") ?? "")) {
        return c.body(hit.gzipped, 200, { ...hit.headers, "Content-Encoding": "gzip" });
      }
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
    answers.set(key, { body, gzipped: gzippedWhenWorthIt(body, headers["content-type"]), headers });
    if (answers.size > maxEntries) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
  };
}

/** The gzip bytes of a compressible answer of at least 1 KB; undefined otherwise. */
function gzippedWhenWorthIt(body: Uint8Array, contentType: string | undefined) {
  if (body.byteLength < COMPRESS_FROM_BYTES || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(contentType ?? "")) {
    return undefined;
  }
  return new Uint8Array(gzipSync(body));
}

/** The path and query of an absolute URL, without the fragment: what the answer depends on. */
function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const target = start === -1 ? "/" : url.slice(start);
  const fragment = target.indexOf("#");
  return fragment === -1 ? target : target.slice(0, fragment);
}
