import { type IncomingMessage, ServerResponse } from "node:http";
import type { Context } from "hono";

/**
 * The Node response an answer will be written to: @hono/node-server passes it as
 * `c.env.outgoing`. Undefined in-process (`app.request` in tests) and elsewhere.
 */
export function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  return outgoing instanceof ServerResponse ? outgoing : undefined;
}

/**
 * Gives the answer to come these headers, except those it sets itself.
 *
 * On Node they are set on the Node response now, before the answer is made (true). Node
 * merges the answer's own headers over them when it writes the head, so the answer's
 * win, and no undici `Headers` is made for them: building and sorting those cost
 * ≈ 10–20 µs of every request (decision 059). Elsewhere (false) the caller adds them
 * with addMissingHeaders once the answer exists: the same result.
 */
export function presetHeaders(c: Context, headers: readonly (readonly [string, string])[]): boolean {
  const outgoing = nodeResponse(c);
  if (!outgoing) return false;
  for (const [name, value] of headers) outgoing.setHeader(name, value);
  return true;
}

/** Adds to the answer those of `headers` it does not have (see presetHeaders). */
export function addMissingHeaders(c: Context, headers: readonly (readonly [string, string])[]): void {
  const answer = c.res.headers;
  for (const [name, value] of headers) {
    if (!answer.has(name)) answer.set(name, value);
  }
}

/** A request header, read from Node's parsed headers when there are any (no undici `Headers`). */
export function requestHeader(c: Context, name: string): string | undefined {
  const outgoing = nodeResponse(c);
  return outgoing ? nodeHeader(outgoing.req, name.toLowerCase()) : c.req.header(name);
}

/**
 * A header of a Node request as one text, by its lower-case name. Node's types allow an
 * array; it makes one only for Set-Cookie.
 */
export function nodeHeader(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
