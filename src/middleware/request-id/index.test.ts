import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { requestIdOf } from "../../http/request-id.js";
import { requestId } from "./index.js";

function app(): Hono {
  const hono = new Hono();
  hono.use(requestId());
  hono.get("/json", (c) => c.json({ id: requestIdOf(c) }));
  // An answer the handler makes itself, as the mounted pages' app does.
  hono.get("/own", () => new Response("own"));
  hono.get("/fails", () => {
    throw new Error("broken");
  });
  hono.onError((_error, c) => c.json({ id: requestIdOf(c) }, 500));
  return hono;
}

describe("requestId", () => {
  it("keeps an acceptable id from the caller and sends it back", async () => {
    for (const id of ["trace-42", "a.b_c", "x".repeat(64)]) {
      const response = await app().request("/json", { headers: { "X-Request-Id": id } });
      expect(response.headers.get("x-request-id")).toBe(id);
      expect(await response.json()).toEqual({ id });
    }
  });

  it("replaces an id that is not short and plain with a new one", async () => {
    for (const id of ["bad id <script>", "x".repeat(65), ""]) {
      const response = await app().request("/json", { headers: { "X-Request-Id": id } });
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("sends the id on an answer a handler made itself and on an error", async () => {
    const own = await app().request("/own", { headers: { "X-Request-Id": "own-1" } });
    expect(own.headers.get("x-request-id")).toBe("own-1");
    const failed = await app().request("/fails", { headers: { "X-Request-Id": "err-1" } });
    expect(failed.headers.get("x-request-id")).toBe("err-1");
    expect(await failed.json()).toEqual({ id: "err-1" });
  });
});
