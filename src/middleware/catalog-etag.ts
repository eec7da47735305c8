import type { MiddlewareHandler } from "hono";
import { nodeResponse, requestHeader } from "./default-headers.js";

/** Caches may keep catalogue answers but must ask again (cheaply, via ETag) before using them. */
export const CATALOG_CACHE_CONTROL = "public, no-cache";

/**
 * ETag and conditional GET for answers that depend only on the URL and the
 * catalog revision (docs/decisions/051). The tag is the revision's; a request whose
 * If-None-Match holds it is answered 304 when the answer would be a 200, so an
 * unknown path stays a 404 whatever tag is sent. The answer itself usually comes
 * from the response cache, so checking it costs little.
 */
export function catalogEtag(revision: () => number, version: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const tag = `W/"${version}-r${revision()}"`;
    // On Node the two headers go onto the Node response, which the answer's own headers
    // override when written; no undici Headers is made for them (decision 059).
    const outgoing = nodeResponse(c);
    outgoing?.setHeader("Cache-Control", CATALOG_CACHE_CONTROL);
    await next();
    if (c.res.status !== 200) {
      outgoing?.removeHeader("Cache-Control");
      return;
    }
    if (ifNoneMatchHits(requestHeader(c, "if-none-match"), tag)) {
      c.res = new Response(null, {
        status: 304,
        headers: { ETag: tag, "Cache-Control": CATALOG_CACHE_CONTROL },
      });
      return;
    }
    if (outgoing) {
      outgoing.setHeader("ETag", tag);
      return;
    }
    c.res.headers.set("ETag", tag);
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", CATALOG_CACHE_CONTROL);
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
