import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { requireJson } from "./index.js";

describe("requireJson", () => {
  const app = new Hono();
  app.use(requireJson());
  app.post("/advice", (c) => c.json({ ok: true }));
  const post = (contentType?: string): RequestInit => {
    const headers: Record<string, string> = {};
    if (contentType !== undefined) headers["Content-Type"] = contentType;
    return { method: "POST", body: "{}", headers };
  };

  it("lets JSON through: application/json and application/…+json, with parameters", async () => {
    for (const type of [
      "application/json",
      "application/json; charset=utf-8",
      "application/problem+json",
      "APPLICATION/JSON",
    ]) {
      expect((await app.request("/advice", post(type))).status, type).toBe(200);
    }
  });

  it("refuses anything else with 415 problem+json and Accept-Post", async () => {
    for (const type of [undefined, "text/plain", "application/jsonx", "multipart/form-data"]) {
      const refused = await app.request("/advice", post(type));
      expect(refused.status, String(type)).toBe(415);
      expect(refused.headers.get("content-type")).toBe("application/problem+json");
      expect(refused.headers.get("accept-post")).toBe("application/json");
    }
  });
});
