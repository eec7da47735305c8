import { gunzipSync, inflateSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { compression } from "./index.js";

/** Text that compresses, of `size` bytes. */
function body(size: number): string {
  return "Hechtingswijzer kiest erkende interventies. ".repeat(Math.ceil(size / 44)).slice(0, size);
}

function appAnswering(headers: Record<string, string> = {}, size = 5_000): Hono {
  const app = new Hono();
  app.use(compression());
  app.get("/answer", (c) => c.body(body(size), 200, { "Content-Type": "application/json", ...headers }));
  app.get("/empty", (c) => c.body(null, 304));
  return app;
}

describe("compression", () => {
  it("compresses a compressible answer once, with the encoding the client prefers", async () => {
    const app = appAnswering();
    const gzip = await app.request("/answer", { headers: { "Accept-Encoding": "gzip, deflate" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(body(5_000));
    const deflate = await app.request("/answer", { headers: { "Accept-Encoding": "gzip;q=0.5, deflate" } });
    expect(deflate.headers.get("content-encoding")).toBe("deflate");
    expect(inflateSync(Buffer.from(await deflate.arrayBuffer())).toString()).toBe(body(5_000));
  });

  it("leaves alone what is small, not asked for, or encoded already", async () => {
    // Small by its declared length (Hono sets none of its own, as hono/compress knows).
    const small = await appAnswering({ "Content-Length": "500" }, 500).request("/answer", {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(small.headers.get("content-encoding")).toBeNull();
    const notAsked = await appAnswering().request("/answer", { headers: { "Accept-Encoding": "identity" } });
    expect(notAsked.headers.get("content-encoding")).toBeNull();
    expect(await notAsked.text()).toBe(body(5_000));
    const encoded = await appAnswering({ "Content-Encoding": "br" }).request("/answer", {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(encoded.headers.get("content-encoding")).toBe("br");
  });

  it("names Accept-Encoding in Vary on every answer, keeping what it varies on already", async () => {
    for (const [path, acceptEncoding] of [
      ["/answer", "gzip"],
      ["/answer", "identity"],
      ["/empty", "gzip"],
    ] as const) {
      const response = await appAnswering().request(path, { headers: { "Accept-Encoding": acceptEncoding } });
      expect(response.headers.get("vary"), `${path} ${acceptEncoding}`).toBe("Accept-Encoding");
    }
    const withOrigin = await appAnswering({ Vary: "Origin" }, 500).request("/answer");
    expect(withOrigin.headers.get("vary")).toBe("Origin, Accept-Encoding");
    const named = await appAnswering({ Vary: "accept-encoding" }).request("/answer");
    expect(named.headers.get("vary")).toBe("accept-encoding");
    const everything = await appAnswering({ Vary: "*" }).request("/answer");
    expect(everything.headers.get("vary")).toBe("*");
  });
});
