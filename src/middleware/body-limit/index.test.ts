import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { bodyLimit } from "./index.js";

describe("bodyLimit", () => {
  const app = new Hono();
  app.use(bodyLimit(10));
  app.post("/advice", async (c) => c.json({ read: (await c.req.text()).length }));

  it("lets a body up to the limit through", async () => {
    const response = await app.request("/advice", { method: "POST", body: "0123456789" });
    expect(await response.json()).toEqual({ read: 10 });
  });

  it("refuses a larger one with 413 problem+json, by its length or as it streams in", async () => {
    const declared = await app.request("/advice", { method: "POST", body: "01234567890" });
    const streamed = await app.request("/advice", {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("012345"));
          controller.enqueue(new TextEncoder().encode("678901"));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    for (const refused of [declared, streamed]) {
      expect(refused.status).toBe(413);
      expect(refused.headers.get("content-type")).toBe("application/problem+json");
      expect(((await refused.json()) as { detail: string }).detail).toBe(
        "The request body is larger than 10 bytes.",
      );
    }
  });
});
