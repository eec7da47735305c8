import type { Context, MiddlewareHandler } from "hono";

/** Any cache, a reverse proxy or CDN included, may keep the answer but must revalidate it (ETag, 304) before using it. */
export const SHARED_CACHE_CONTROL = "public, no-cache";
/** Only the person's own browser may keep the answer (its URL holds what they entered), revalidating it. */
export const PRIVATE_CACHE_CONTROL = "private, no-cache";

export interface RevisionEtagOptions {
  /** The catalog revision the answers are made from. */
  readonly revision: () => number;
  /** The application's version: a new release changes answers of the same revision. */
  readonly version: string;
  /** Whether a shared cache may keep this request's answer (by default: yes). */
  readonly shareable?: (c: Context) => boolean;
}

/**
 * ETag, conditional GET and Cache-Control for answers that depend only on the URL and
 * the catalog revision (docs/decisions/051, 074). The tag is the revision's; a request
 * whose If-None-Match holds it is answered 304 when the answer would be a 200, so an
 * unknown path stays a 404 whatever tag is sent. An answer that says no-store itself
 * (a keuzehulp result) gets neither tag nor Cache-Control.
 */
export function revisionEtag(options: RevisionEtagOptions): MiddlewareHandler {
  const shareable = options.shareable ?? (() => true);
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const tag = `W/"${options.version}-r${options.revision()}"`;
    await next();
    const own = c.res.headers.get("Cache-Control");
    if (c.res.status !== 200 || (own !== null && /no-store/i.test(own))) return;
    const cacheControl = own ?? (shareable(c) ? SHARED_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
    if (ifNoneMatchHits(c.req.header("If-None-Match"), tag)) {
      c.res = new Response(null, { status: 304, headers: { ETag: tag, "Cache-Control": cacheControl } });
      return;
    }
    c.res.headers.set("ETag", tag);
    c.res.headers.set("Cache-Control", cacheControl);
  };
}

function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const bare = tag.replace(/^W\//, "");
  return header.split(",").some((part) => {
    const candidate = part.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === bare;
  });
}
