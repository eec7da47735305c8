import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { describe, expect, it } from "vitest";
import { forwardedHttps } from "./index.js";

function appBehind(trustedHops: number, publicUrl?: string) {
  const app = new Hono();
  app.use(forwardedHttps(trustedHops, publicUrl));
  app.get("/form", (c) => {
    setCookie(c, "hw_csrf", "token", { httpOnly: true, sameSite: "Strict", path: "/" });
    setCookie(c, "other", "x", { path: "/" });
    return c.text("ok");
  });
  return app;
}
const https = { "X-Forwarded-Proto": "https" };

describe("forwardedHttps", () => {
  it("behind a trusted TLS proxy sends HSTS and marks every cookie Secure", async () => {
    const res = await appBehind(1).request("/form", { headers: https });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure$/);
    expect(cookies[0]).toMatch(/^hw_csrf=token; Path=\/; HttpOnly; SameSite=Strict/);
  });

  it("over plain HTTP, or when the proxy is not trusted, adds neither", async () => {
    for (const [hops, headers] of [
      [1, {}],
      [1, { "X-Forwarded-Proto": "http" }],
      [0, https],
    ] as const) {
      const res = await appBehind(hops).request("/form", { headers });
      expect(res.headers.get("strict-transport-security")).toBeNull();
      for (const cookie of res.headers.getSetCookie()) expect(cookie).not.toMatch(/Secure/i);
    }
  });

  it("on a request that came over TLS itself", async () => {
    const res = await appBehind(0).request("https://localhost/form");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });

  it("with an https public origin, whatever the proxy forwards", async () => {
    const res = await appBehind(0, "https://hechtingswijzer.example").request("/form");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
    for (const cookie of res.headers.getSetCookie()) expect(cookie).toMatch(/; Secure$/);
    const plain = await appBehind(0, "http://localhost:3000").request("/form");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });
});
