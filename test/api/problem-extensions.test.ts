import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { HttpAppError, sendProblem } from "../../src/http/problem.js";

describe("problem extension members (RFC 9457 §3.2)", () => {
  it("come after the standard members and never replace one", async () => {
    const app = new Hono();
    app.get("/", (c) =>
      sendProblem(
        c,
        new HttpAppError("conflict", "Changed meanwhile.", {}, [], undefined, {
          status: 200,
          detail: "overwritten",
          draft: { id: "d1", version: 2 },
        }),
      ),
    );
    const response = await app.request("/");
    expect(response.status).toBe(409);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 409,
      detail: "Changed meanwhile.",
      draft: { id: "d1", version: 2 },
    });
    expect(Object.keys(body)[0]).toBe("type");
  });
});
