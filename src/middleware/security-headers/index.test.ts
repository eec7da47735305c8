import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, securityHeaders } from "./index.js";

describe("securityHeaders", () => {
  const app = new Hono();
  app.use(securityHeaders());
  app.get("/page", (c) => c.html("<p>page</p>"));
  app.get("/own-policy", (c) => c.text("x", 200, { "Content-Security-Policy": "default-src *" }));
  app.get("/own", () => new Response("own", { status: 404 }));

  it("gives every answer exactly the listed headers and no other security header", async () => {
    for (const path of ["/page", "/own", "/missing"]) {
      const response = await app.request(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      }
      for (const absent of ["strict-transport-security", "origin-agent-cluster", "x-xss-protection"]) {
        expect(response.headers.get(absent), `${path} ${absent}`).toBeNull();
      }
    }
  });

  it("has one policy: the one listed, from our own origin only, nothing inline", async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    const response = await app.request("/own-policy");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  });
});
