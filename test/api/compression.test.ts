import { gunzipSync, inflateSync } from "node:zlib";
import fc from "fast-check";
import { Hono, type MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { describe, expect, it } from "vitest";
import { compressAnswers, compressedNow } from "../../src/middleware/compression.js";

/** An app answering whatever the test asks for, through one compression middleware. */
function appWith(compression: MiddlewareHandler): Hono {
  const app = new Hono();
  app.use(compression);
  app.on(["GET", "HEAD"], "/answer", (c) => {
    const size = Number(c.req.query("size"));
    const headers: Record<string, string> = { "Content-Type": c.req.query("type") ?? "" };
    for (const name of ["Cache-Control", "Vary", "ETag", "Content-Encoding"]) {
      const value = c.req.query(name);
      if (value !== undefined) headers[name] = value;
    }
    const text = body(size);
    // Hono sets no Content-Length of its own; a route that does lets small answers pass uncompressed.
    if (c.req.query("declareLength") === "true") headers["Content-Length"] = String(text.length);
    return c.body(text, Number(c.req.query("status")) as 200, headers);
  });
  return app;
}

/** Text that compresses, of `size` bytes, the same every time. */
function body(size: number): string {
  return "Hechtingswijzer kiest erkende interventies. ".repeat(Math.ceil(size / 44)).slice(0, size);
}

function decoded(bytes: Buffer, encoding: string | null): string {
  if (encoding === "gzip") return gunzipSync(bytes).toString();
  if (encoding === "deflate") return inflateSync(bytes).toString();
  return bytes.toString();
}

describe("compressAnswers", () => {
  const ours = appWith(compressAnswers());
  const hono = appWith(compress());

  it("decides as hono/compress did, and the answer unpacks to the same bytes (property)", async () => {
    const answer = fc.record({
      type: fc.constantFrom("application/json", "text/html; charset=UTF-8", "image/png", "text/event-stream"),
      // 70,000 bytes: compressed on a zlib thread, not on the main one.
      size: fc.constantFrom(0, 1023, 1024, 5_000, 70_000),
      status: fc.constantFrom(200, 206, 404),
      declareLength: fc.boolean(),
      "Cache-Control": fc.option(fc.constantFrom("no-transform", "public, no-cache"), { nil: undefined }),
      Vary: fc.option(fc.constantFrom("Origin", "accept-encoding", "*"), { nil: undefined }),
      ETag: fc.option(fc.constantFrom('"r1"', 'W/"r1"'), { nil: undefined }),
      // An answer a route encoded itself is left alone.
      "Content-Encoding": fc.oneof(
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant("br") },
      ),
    });
    const acceptEncoding = fc.option(
      fc.constantFrom(
        "gzip",
        "deflate",
        "GZIP",
        "deflate, gzip",
        "gzip;q=0.5, deflate",
        "gzip;q=0",
        "*",
        "*;q=0.3, deflate;q=0.2",
        "br",
        "identity",
        "gzip;q=0, *",
        "*;q=0.9, deflate;q=0.5",
        "GZIP;Q=0.5",
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(
        answer,
        acceptEncoding,
        fc.constantFrom("GET", "HEAD"),
        async (asked, accept, method) => {
          const query = new URLSearchParams(
            Object.entries(asked).flatMap(([name, value]) =>
              value === undefined ? [] : [[name, String(value)]],
            ),
          );
          const headers: Record<string, string> = accept === undefined ? {} : { "Accept-Encoding": accept };
          const init = { method, headers };
          const [mine, theirs] = await Promise.all([
            ours.request(`/answer?${query}`, init),
            hono.request(`/answer?${query}`, init),
          ]);
          expect(mine.status).toBe(theirs.status);
          // Every header; only the length may differ (hono/compress streams without one).
          const headersOf = (response: Response) =>
            [...response.headers].filter(([name]) => name !== "content-length");
          expect(headersOf(mine)).toEqual(headersOf(theirs));
          const encoding = mine.headers.get("content-encoding");
          const [myBody, theirBody] = [
            Buffer.from(await mine.arrayBuffer()),
            Buffer.from(await theirs.arrayBuffer()),
          ];
          expect(decoded(myBody, encoding)).toBe(decoded(theirBody, encoding));
          if (encoding === "gzip" || encoding === "deflate") {
            expect(mine.headers.get("content-length")).toBe(String(myBody.length));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("compresses on the main thread only up to 64 KB (compressedNow, used by the advice lane)", () => {
    const small = Buffer.from(body(5_000));
    expect(gunzipSync(compressedNow(small, "gzip") as Buffer).equals(small)).toBe(true);
    expect(inflateSync(compressedNow(small, "deflate") as Buffer).equals(small)).toBe(true);
    expect(compressedNow(Buffer.from(body(64 * 1024 + 1)), "gzip")).toBeUndefined();
  });
});
