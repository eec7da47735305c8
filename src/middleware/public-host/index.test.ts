import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { publicHost } from "./index.js";

describe("publicHost", () => {
  const app = new Hono();
  app.use(publicHost("https://hechtingswijzer.example"));
  app.get("*", (c) => c.text("ok"));

  it("lets a request for the public host through, in any letter case", async () => {
    for (const host of ["hechtingswijzer.example", "Hechtingswijzer.EXAMPLE"]) {
      expect((await app.request("/privacy", { headers: { Host: host } })).status, host).toBe(200);
    }
  });

  it("refuses another host, or another port, with 400 problem+json naming the Host header", async () => {
    for (const host of ["attacker.example", "hechtingswijzer.example:8080", "10.0.0.5"]) {
      const refused = await app.request("/privacy", { headers: { Host: host } });
      expect(refused.status, host).toBe(400);
      expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const body = (await refused.json()) as { errors: { path: string }[] };
      expect(body.errors[0]?.path).toBe("Host");
    }
  });

  it("answers the health checks for any host", async () => {
    for (const path of ["/healthz", "/readyz"]) {
      expect((await app.request(path, { headers: { Host: "10.0.0.5:3000" } })).status, path).toBe(200);
    }
  });
});
