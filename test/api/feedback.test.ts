import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/store.js";
import { AppError } from "../../src/domain/app-error.js";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, postJson, type TestApp } from "./support/test-app.js";

/** A store whose writes fail as they do when the database is down. */
function failingWrites(store: Store): Store {
  return Object.assign(Object.create(store) as Store, {
    addFeedback: async () => {
      throw new AppError("unavailable", "database down");
    },
  });
}

for (const dialect of DIALECTS) {
  describe(`POST /api/v1/feedback (${dialect.name})`, () => {
    let t: TestApp;
    let api: ResponseValidator;
    const send = (body: unknown) => api.request("/api/v1/feedback", postJson(body));
    beforeAll(async () => {
      t = await createTestApp(dialect);
      api = await createResponseValidator(t.app);
    });
    afterAll(async () => {
      await t.close();
    });

    it("answers 201 with an id only once the feedback is stored", async () => {
      const feedback = {
        about: "/interventies/pipa",
        message: "De leeftijdsgrens is duidelijk uitgelegd.",
        name: "Sanne",
        email: "sanne@example.nl",
        role: "professional",
      };
      const response = await send(feedback);
      expect(response.status).toBe(201);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const { id } = (await response.json()) as { id: string };
      const stored = await t.store.getFeedback(id);
      expect(stored).toMatchObject(feedback);
    });

    it("accepts an intervention id as what the feedback is about", async () => {
      const response = await send({ about: "ddp", message: "Graag meer over DDP." });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      expect((await t.store.getFeedback(id))?.about).toBe("ddp");
    });

    it("invalid feedback is a 400 naming each field, and nothing is stored", async () => {
      const cases: [unknown, string[]][] = [
        [{ about: "/", message: "" }, ["message"]],
        [{ about: "/", message: "x".repeat(5001) }, ["message"]],
        [{ about: "/", message: "ok", email: "not-an-address" }, ["email"]],
        [{ about: "no such intervention", message: "ok" }, ["about"]],
        [{ about: "unknown-intervention", message: "ok" }, ["about"]],
        [{ message: "ok" }, ["about"]],
        [{ about: "/", message: "ok", childName: "Jan" }, [""]],
        [{ about: 3, message: 4 }, ["about", "message"]],
        // What the form refuses, the API refuses too (domain/feedback.ts checks both).
        [{ about: "//evil.example", message: "ok" }, ["about"]],
        [{ about: "/../../etc/passwd", message: "ok" }, ["about"]],
        [{ about: "/interventies/no-such-one", message: "ok" }, ["about"]],
        [{ about: "/", message: "ok", role: "koning" }, ["role"]],
        [{ about: "/", message: "ok\u0000\u001b[31m" }, ["message"]],
        [{ about: "/", message: "ok", name: "An\u0007" }, ["name"]],
      ];
      for (const [body, paths] of cases) {
        const response = await send(body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        const problem = (await response.json()) as { errors: { path: string }[] };
        for (const path of paths) expect(problem.errors.map((error) => error.path)).toContain(path);
      }
    });

    it("answers 503 problem+json when the database cannot store it", async () => {
      const down = await createTestApp(dialect, { wrapStore: failingWrites });
      try {
        const validator = await createResponseValidator(down.app);
        const response = await validator.request(
          "/api/v1/feedback",
          postJson({ about: "/", message: "hallo" }),
        );
        expect(response.status).toBe(503);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      } finally {
        await down.close();
      }
    });

    it("limits POSTs per client: 429 with Retry-After, while GETs go on", async () => {
      const limited = await createTestApp(dialect, { config: { ratePostsPerMinute: 3 } });
      try {
        const validator = await createResponseValidator(limited.app);
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const response = await validator.request(
            "/api/v1/feedback",
            postJson({ about: "/", message: `bericht ${i}` }),
          );
          statuses.push(response.status);
          if (response.status === 429) {
            expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
          }
        }
        expect(statuses).toEqual([201, 201, 201, 429, 429]);
        expect((await validator.request("/api/v1/situations")).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it("behind a proxy a spoofed leftmost X-Forwarded-For does not evade the limit", async () => {
      const limited = await createTestApp(dialect, {
        config: { ratePostsPerMinute: 2, trustedProxyHops: 1 },
      });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          const response = await limited.app.request(
            "/api/v1/feedback",
            postJson(
              { about: "/", message: `bericht ${i}` },
              { "X-Forwarded-For": `10.9.9.${i}, 203.0.113.7` },
            ),
          );
          statuses.push(response.status);
        }
        expect(statuses).toEqual([201, 201, 429, 429]);
      } finally {
        await limited.close();
      }
    });

    it("caps feedback from all clients together: 429 problem+json with Retry-After", async () => {
      const capped = await createTestApp(dialect, { config: { feedbackPerMinute: 2, trustedProxyHops: 1 } });
      try {
        const validator = await createResponseValidator(capped.app);
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const response = await validator.request(
            "/api/v1/feedback",
            postJson({ about: "/", message: `bericht ${i}` }, { "X-Forwarded-For": `198.51.100.${i}` }),
          );
          statuses.push(response.status);
          if (response.status === 429) {
            expect(response.headers.get("content-type")).toBe("application/problem+json");
            expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
          }
        }
        expect(statuses).toEqual([201, 201, 429]);
      } finally {
        await capped.close();
      }
    });

    it("refuses feedback with 503 problem+json when the store holds the maximum", async () => {
      const full = await createTestApp(dialect, { config: { feedbackMaxStored: 1 } });
      try {
        const validator = await createResponseValidator(full.app);
        const first = await validator.request("/api/v1/feedback", postJson({ about: "/", message: "een" }));
        expect(first.status).toBe(201);
        const refused = await validator.request(
          "/api/v1/feedback",
          postJson({ about: "/", message: "twee" }),
        );
        expect(refused.status).toBe(503);
        expect(refused.headers.get("content-type")).toBe("application/problem+json");
        expect(await full.store.countFeedback()).toBe(1);
      } finally {
        await full.close();
      }
    });
  });
}
