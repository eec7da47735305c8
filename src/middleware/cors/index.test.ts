import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { apiCors } from "./index.js";

describe("apiCors", () => {
  const app = new Hono();
  app.use(apiCors(["https://partner.example"]));
  app.get("/situations", (c) => c.json([]));

  it("allows only the configured origins, without credentials", async () => {
    const allowed = await app.request("/situations", { headers: { Origin: "https://partner.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect(allowed.headers.get("access-control-expose-headers")).toBe("X-Request-Id,ETag,Retry-After");
    const other = await app.request("/situations", { headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight itself", async () => {
    const preflight = await app.request("/advice", {
      method: "OPTIONS",
      headers: { Origin: "https://partner.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,HEAD,POST");
    expect(preflight.headers.get("access-control-max-age")).toBe("600");
  });
});
