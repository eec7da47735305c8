import type { Context, MiddlewareHandler } from "hono";

/**
 * Any cache may keep the answer. A browser revalidates it (ETag, 304) before every use; a
 * shared cache (the reverse proxy, a CDN) may serve it for one second without asking, so a
 * popular page costs the instances one cheap 304 a second per proxy, and a publish shows
 * within two; while every instance is down, the proxy may serve its last copy for a day.
 * (docs/decisions/086; `no-cache` made nginx keep nothing.)
 */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-if-error=86400";
/**
 * No cache at all may keep the answer, not even the browser's: its URL holds what a person
 * entered about one child (an age, a situation), so a copy must not outlive the visit (docs/decisions/085).
 */
export const CASE_DATA_CACHE_CONTROL = "private, no-store";

export interface RevisionEtagOptions {
  /** The catalog revision the answers are made from. */
  readonly revision: () => number;
  /** The application's version: a new release changes answers of the same revision. */
  readonly version: string;
  /** Whether this request's URL holds case data, so no cache may keep its answer (by default: no). */
  readonly holdsCaseData?: (c: Context) => boolean;
}

/**
 * ETag, conditional GET and Cache-Control for answers that depend only on the URL and
 * the catalog revision (docs/decisions/051, 074). The tag is the revision's; a request
 * whose If-None-Match holds it is answered 304 when the answer would be a 200, so an
 * unknown path stays a 404 whatever tag is sent. An answer that says no-store itself
 * (a keuzehulp result) gets neither tag nor Cache-Control; an answer whose URL holds
 * case data gets no tag and `private, no-store`.
 */
export function revisionEtag(options: RevisionEtagOptions): MiddlewareHandler {
  const holdsCaseData = options.holdsCaseData ?? (() => false);
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (holdsCaseData(c)) {
      await next();
      // Without a tag there is nothing to revalidate: the answer is made afresh every time.
      // Any status: an error page for a case (a 400) holds the case too.
      c.res.headers.set("Cache-Control", CASE_DATA_CACHE_CONTROL);
      return;
    }
    const tag = `W/"${options.version}-r${options.revision()}"`;
    await next();
    const own = c.res.headers.get("Cache-Control");
    if (c.res.status !== 200 || (own !== null && /no-store/i.test(own))) return;
    const cacheControl = own ?? SHARED_CACHE_CONTROL;
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
