import { hash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { nodeResponse } from "./default-headers.js";

export interface ResponseCacheOptions {
  /** The catalog revision: answers of an older revision are never served. */
  readonly revision: () => number;
  /** How many answers are kept (least recently used go first). */
  readonly maxEntries?: number;
  /** Larger answers are not kept. */
  readonly maxBodyBytes?: number;
}

interface Entry {
  // Bytes in a Uint8Array: the Node adapter sends those without copying them into a stream.
  readonly body: Uint8Array<ArrayBuffer>;
  // A plain object: the Node adapter writes that as it is, without an undici Headers (decision 059).
  readonly headers: Readonly<Record<string, string>>;
}

/** Headers of an answer that belong to the answer itself (not to one request). */
const KEPT_HEADERS = ["content-type", "content-disposition"];

/**
 * The path and query the answer depends on (the host does not): on Node as the request
 * line gave it, without building the request's full URL; elsewhere from that URL.
 */
function requestTarget(c: Context): string {
  const target = nodeResponse(c)?.req.url;
  return target !== undefined ? withoutFragment(target) : pathAndQuery(c.req.url);
}

function withoutFragment(target: string): string {
  const fragment = target.indexOf("#");
  return fragment === -1 ? target : target.slice(0, fragment);
}

/**
 * The path and query of an absolute URL, without the fragment. Plain string work: no URL
 * object per request.
 */
function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return withoutFragment(start === -1 ? "/" : url.slice(start));
}

/**
 * Keeps the bytes of successful catalogue GET answers per (revision, URL), so a
 * repeated search is not computed again. Only for answers that depend on nothing
 * but the URL and the revision. Keys are hashes: the cache holds no query text
 * (docs/decisions/051).
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
    // One-shot hash: a third of the time of createHash().update().digest().
    const key = hash("sha256", requestTarget(c), "base64url");
    const hit = entries.get(key);
    if (hit) {
      // Most recently used goes to the end of the Map's order.
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: 200, headers: { ...hit.headers } });
    }
    await next();
    if (c.res.status !== 200 || !c.res.body || options.revision() !== revision) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > maxBodyBytes) return;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = c.res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    entries.set(key, { body, headers });
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };
}
