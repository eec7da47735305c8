import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { ADVICE_EXAMPLES } from "../fixtures/advice-examples.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, postJson, type TestApp } from "./support/test-app.js";

// The worked examples of the shared brief, copied into the project's fixtures.
const CASES = ADVICE_EXAMPLES;

interface AdviceBody {
  status: string;
  recommended: { id: string }[];
  onceMet: { id: string }[];
  warnings: { id: string }[];
}

for (const dialect of DIALECTS) {
  describe(`POST /api/v1/advice (${dialect.name})`, () => {
    let t: TestApp;
    let api: ResponseValidator;
    const advise = (body: unknown, headers?: Record<string, string>) =>
      api.request("/api/v1/advice", postJson(body, headers));
    beforeAll(async () => {
      t = await createTestApp(dialect, { config: { bodyLimitBytes: 4096 } });
      api = await createResponseValidator(t.app);
    });
    afterAll(async () => {
      await t.close();
    });

    for (const example of CASES.filter((c) => !c.invalid)) {
      it(`example: ${example.name}`, async () => {
        const response = await advise(example.request);
        expect(response.status).toBe(200);
        const body = (await response.json()) as AdviceBody;
        const ids = body.recommended.map((item) => item.id);
        for (const id of example.mustRecommend ?? []) expect(ids).toContain(id);
        for (const id of example.mustNotRecommend ?? []) expect(ids).not.toContain(id);
        for (const [above, below] of example.ranksAbove ?? []) {
          expect(ids.indexOf(above)).toBeLessThan(ids.indexOf(below));
        }
      });
    }

    for (const example of CASES.filter((c) => c.invalid)) {
      it(`invalid example: ${example.name} → 400 naming ${example.mentions}`, async () => {
        const response = await advise(example.request);
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        const problem = (await response.json()) as { errors: { path: string; message: string }[] };
        const named = problem.errors.map((error) => `${error.path} ${error.message}`).join(" | ");
        expect(named).toContain(example.mentions);
      });
    }

    it("answers with Cache-Control: no-store and carries every warning", async () => {
      const response = await advise({
        child: { ageYears: 3 },
        need: "prevention",
        situations: ["foster-care"],
      });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("etag")).toBeNull();
      const body = (await response.json()) as AdviceBody;
      expect(body.warnings.map((warning) => warning.id).sort()).toEqual(
        ["dwang", "holding", "rebirthing", "therapeutisch-vasthouden"].sort(),
      );
    });

    it("a precondition answered no gives no recommendations, only what would follow once met", async () => {
      const response = await advise({
        child: { ageYears: 3 },
        need: "prevention",
        situations: ["foster-care"],
        preconditions: { emotionallyAvailableCaregiver: "no", safeStablePlace: "yes" },
      });
      const body = (await response.json()) as AdviceBody;
      expect(body.status).toBe("preconditions-not-met");
      expect(body.recommended).toEqual([]);
      expect(body.onceMet.map((item) => item.id)).toContain("pipa");
    });

    it("field errors name the field: child.ageYears, situations[0], need", async () => {
      const cases: [unknown, string][] = [
        [{ child: { ageYears: "three" }, need: "prevention" }, "child.ageYears"],
        [{ child: { ageYears: 3 }, need: "prevention", situations: [7] }, "situations[0]"],
        [{ child: { ageYears: 3 } }, "need"],
        [{ child: { ageYears: 3, ageMonths: 40 }, need: "either" }, "child"],
        [[], ""],
      ];
      for (const [body, path] of cases) {
        const response = await advise(body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        const problem = (await response.json()) as { errors: { path: string }[] };
        expect(problem.errors.map((error) => error.path)).toContain(path);
      }
    });

    it("a body that is not JSON is a 400 about the whole body", async () => {
      const response = await advise("{not json");
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors).toEqual([{ path: "", message: expect.stringContaining("JSON") }]);
    });

    it("a body that does not say it is JSON is 415", async () => {
      for (const type of ["text/plain", "application/x-www-form-urlencoded", ""]) {
        const response = await api.request("/api/v1/advice", {
          method: "POST",
          headers: type ? { "Content-Type": type } : {},
          body: JSON.stringify({ child: { ageYears: 3 }, need: "prevention" }),
        });
        expect(response.status, type).toBe(415);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
      const withCharset = await advise(
        { child: { ageYears: 3 }, need: "prevention" },
        { "Content-Type": "application/json; charset=utf-8" },
      );
      expect(withCharset.status).toBe(200);
    });

    it("a body above the limit is 413", async () => {
      const response = await advise({
        child: { ageYears: 3 },
        need: "prevention",
        situations: Array.from({ length: 1000 }, () => "foster-care"),
      });
      expect(response.status).toBe(413);
    });

    it("never logs the advice request or its answer", async () => {
      const marker = "domestic-violence-shelter";
      await advise({ child: { ageMonths: 7 }, need: "either", situations: [marker] });
      const line = t.logs.find((log) => log.path === "/api/v1/advice" && log.status === 200);
      expect(line).toMatchObject({ method: "POST", path: "/api/v1/advice", status: 200 });
      expect(t.rawLogs.some((raw) => raw.includes(marker) || raw.includes("ageMonths"))).toBe(false);
    });
  });
}
