import { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createResponseValidator } from "./support/openapi-validator.js";

/** A tiny API whose answers can be made to break its own document. */
function documentedApp(answer: () => { status: number; body: unknown }) {
  const app = new OpenAPIHono();
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/thing",
    responses: {
      200: {
        description: "ok",
        content: { "application/json": { schema: z.object({ id: z.string(), count: z.int() }) } },
      },
    },
  });
  app.get("/api/v1/thing", (c) => {
    const { status, body } = answer();
    return c.json(body, status as 200);
  });
  const document = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url: "/api/v1" }],
  });
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: { type: "object" } },
  };
  app.get("/api/v1/openapi.json", (c) => c.json(document));
  return app;
}

describe("the response validator used by the API tests", () => {
  it("accepts an answer that matches the document", async () => {
    const validator = await createResponseValidator(
      documentedApp(() => ({ status: 200, body: { id: "a", count: 1 } })),
    );
    await expect(validator.request("/api/v1/thing")).resolves.toBeInstanceOf(Response);
  });

  it("rejects an answer whose body does not match its schema", async () => {
    const validator = await createResponseValidator(documentedApp(() => ({ status: 200, body: { id: 3 } })));
    await expect(validator.request("/api/v1/thing")).rejects.toThrow(/count|id/);
  });

  it("rejects a status the document does not list for the route", async () => {
    const validator = await createResponseValidator(
      documentedApp(() => ({ status: 418, body: { id: "a", count: 1 } })),
    );
    await expect(validator.request("/api/v1/thing")).rejects.toThrow(/418/);
  });
});
