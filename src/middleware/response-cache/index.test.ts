import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { responseCache } from "./index.js";

function countingApp(revision: { value: number }, maxEntries = 3) {
  const calls: string[] = [];
  const app = new Hono();
  app.use(responseCache({ revision: () => revision.value, maxEntries }));
  app.get("/items", (c) => {
    calls.push(c.req.url);
    return c.json({ q: c.req.query("q") ?? null, revision: revision.value });
  });
  app.get("/missing", (c) => {
    calls.push(c.req.url);
    return c.json({ error: true }, 404);
  });
  return { app, calls };
}

describe("response cache for catalogue GETs", () => {
  it("answers a repeated URL from memory with the same bytes", async () => {
    const { app, calls } = countingApp({ value: 1 });
    const first = await (await app.request("/items?q=pleegzorg")).text();
    const second = await app.request("/items?q=pleegzorg");
    expect(await second.text()).toBe(first);
    expect(second.headers.get("content-type")).toContain("application/json");
    expect(calls).toHaveLength(1);
    await app.request("/items?q=adoptie");
    expect(calls).toHaveLength(2);
  });

  it("never serves an answer of an older revision", async () => {
    const revision = { value: 1 };
    const { app, calls } = countingApp(revision);
    await app.request("/items?q=x");
    revision.value = 2;
    const fresh = (await (await app.request("/items?q=x")).json()) as { revision: number };
    expect(fresh.revision).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it("keeps only successful answers, and only the most recently used ones", async () => {
    const { app, calls } = countingApp({ value: 1 }, 2);
    await app.request("/missing");
    await app.request("/missing");
    expect(calls).toHaveLength(2);
    await app.request("/items?q=a");
    await app.request("/items?q=b");
    await app.request("/items?q=a"); // a is now the most recent
    await app.request("/items?q=c"); // evicts b
    const before = calls.length;
    await app.request("/items?q=a");
    expect(calls.length).toBe(before);
    await app.request("/items?q=b");
    expect(calls.length).toBe(before + 1);
  });
});

describe("response cache: what it never keeps", () => {
  it("keeps no answer marked no-store or setting a cookie, and no header of one request", async () => {
    let calls = 0;
    const app = new Hono();
    app.use(responseCache({ revision: () => 1 }));
    app.get("/private", (c) => {
      calls++;
      return c.html("<p>result</p>", 200, { "Cache-Control": "no-store" });
    });
    app.get("/cookie", (c) => {
      calls++;
      return c.html("<p>form</p>", 200, { "Set-Cookie": "csrf=1" });
    });
    app.get("/page", (c) => {
      calls++;
      return c.html("<p>page</p>", 200, { "X-Request-Id": `id-${calls}` });
    });
    for (const path of ["/private", "/private", "/cookie", "/cookie"]) await app.request(path);
    expect(calls).toBe(4);
    await app.request("/page");
    const hit = await app.request("/page");
    expect(calls).toBe(5);
    expect(hit.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(hit.headers.get("x-request-id")).toBeNull();
  });
});

describe("response cache: compressed once", () => {
  function pageApp() {
    let calls = 0;
    const app = new Hono();
    app.use(responseCache({ revision: () => 1 }));
    app.get("/page", (c) => {
      calls++;
      return c.html(`<p>${"Hechtingswijzer ".repeat(200)}</p>`, 200, {
        "Cache-Control": "public, max-age=60",
      });
    });
    app.get("/small", (c) => c.html("<p>klein</p>"));
    return { app, calls: () => calls };
  }
  const gzip = { "Accept-Encoding": "gzip, deflate, br" };

  it("serves a kept answer gzipped to a client that accepts gzip, the same bytes every time", async () => {
    const { app, calls } = pageApp();
    const plain = await (await app.request("/page")).text();
    const first = await app.request("/page", { headers: gzip });
    const second = await app.request("/page", { headers: gzip });
    expect(calls()).toBe(1);
    expect(first.headers.get("content-encoding")).toBe("gzip");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(gunzipSync(firstBytes).toString("utf8")).toBe(plain);
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
  });

  it("keeps answers plain for a client without gzip, and small answers plain for all", async () => {
    const { app } = pageApp();
    await app.request("/page");
    const plain = await app.request("/page", { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    await app.request("/small");
    const small = await app.request("/small", { headers: gzip });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.text()).toBe("<p>klein</p>");
  });
});
