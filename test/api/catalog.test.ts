import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

const HARMFUL_IDS = ["dwang", "therapeutisch-vasthouden", "holding", "rebirthing"];

for (const dialect of DIALECTS) {
  describe(`catalogue endpoints (${dialect.name})`, () => {
    let t: TestApp;
    let api: ResponseValidator;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      api = await createResponseValidator(t.app);
    });
    afterAll(async () => {
      await t.close();
    });

    it("GET /interventions/{id} answers the intervention with its indications and sources", async () => {
      const response = await api.request("/api/v1/interventions/pipa");
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        id: string;
        name: string;
        indications: { source?: unknown }[];
      };
      expect(body.id).toBe("pipa");
      expect(body.name).toBe("PIPA");
      expect(body.indications.length).toBeGreaterThan(0);
      expect(body.indications.every((indication) => indication.source !== undefined)).toBe(true);
    });

    it("GET /interventions/{id} answers every intervention in the catalogue", async () => {
      for (const intervention of t.holder.current().interventions) {
        const response = await api.request(`/api/v1/interventions/${intervention.id}`);
        expect(response.status, intervention.id).toBe(200);
      }
    });

    it("GET /interventions/{id} gives each indication's age per end with its basis, and in words", async () => {
      // DDP: the treatment list says "tot 18 jaar"; the lower end (7) comes from the list's heading.
      const ddp = (await (await api.request("/api/v1/interventions/ddp")).json()) as {
        indications: { age: Record<string, unknown> }[];
      };
      expect(ddp.indications[0]?.age).toMatchObject({
        basis: "stated",
        from: 7,
        to: 17,
        text: "tot 18 jaar",
        ends: { from: { basis: "context", years: 7 }, to: { basis: "stated", years: 17 } },
        words: "7 tot en met 17 jaar",
        basisWords: "bovengrens vermeld, ondergrens uit de lijst",
      });
      const english = (await (await api.request("/api/v1/interventions/ddp?lang=en")).json()) as typeof ddp;
      expect(english.indications[0]?.age).toMatchObject({
        words: "7 to 17 years",
        basisWords: "upper end stated, lower end from the list",
      });
    });

    it("GET /interventions/{id} says an age that starts in pregnancy in words, without a made-up end", async () => {
      const voorzorg = (await (await api.request("/api/v1/interventions/voorzorg")).json()) as {
        indications: { age: { ends: Record<string, unknown>; words: string } }[];
      };
      const ages = voorzorg.indications.map((indication) => indication.age);
      expect(ages).toContainEqual(
        expect.objectContaining({
          ends: { from: { basis: "stated", inPregnancy: true }, to: { basis: "not-stated" } },
          words: "vanaf de zwangerschap",
          basisWords: "ondergrens vermeld zonder week, bovengrens niet vermeld",
        }),
      );
      expect(ages.map((age) => age.words)).toContain("vanaf 28 weken zwangerschap tot ongeveer 7 jaar");
    });

    it("no age display field uses the old shorthand (0–±6, 7+, zwangerschapsweek 28–)", async () => {
      for (const intervention of t.holder.current().interventions) {
        const body = (await (await api.request(`/api/v1/interventions/${intervention.id}`)).json()) as {
          indications: { age: { words: string; basisWords: string | null } }[];
        };
        for (const { age } of body.indications) {
          expect(`${age.words} ${age.basisWords ?? ""}`, intervention.id).not.toMatch(
            /\d\s*[–-]\s*±?\d|\d\+|zwangerschapsweek/,
          );
        }
      }
    });

    it("an unknown lang is a 400 naming the field", async () => {
      const response = await api.request("/api/v1/interventions/ddp?lang=fr");
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors.map((error) => error.path)).toEqual(["lang"]);
    });

    it("an unknown id is a 404 problem", async () => {
      const response = await api.request("/api/v1/interventions/no-such-thing");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = (await response.json()) as { status: number; detail: string; errors: unknown[] };
      expect(problem.status).toBe(404);
      expect(problem.detail).toContain("no-such-thing");
      expect(problem.errors).toEqual([]);
    });

    it("a harmful practice's id is not an intervention: 404 pointing to /harmful-practices/{id}", async () => {
      for (const id of HARMFUL_IDS) {
        const response = await api.request(`/api/v1/interventions/${id}`);
        expect(response.status).toBe(404);
        const problem = (await response.json()) as { see?: string };
        expect(problem.see).toBe(`/api/v1/harmful-practices/${id}`);
        const pointed = await api.request(problem.see ?? "");
        expect(pointed.status).toBe(200);
        expect(((await pointed.json()) as { id: string }).id).toBe(id);
      }
    });

    it("GET /harmful-practices lists the four practices that are never recommended", async () => {
      const response = await api.request("/api/v1/harmful-practices");
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: { id: string; reason: { nl: string } }[] };
      expect(body.items.map((item) => item.id).sort()).toEqual([...HARMFUL_IDS].sort());
      expect(body.items.every((item) => item.reason.nl.length > 0)).toBe(true);
      expect((await api.request("/api/v1/harmful-practices/pipa")).status).toBe(404);
    });

    it("GET /situations lists every situation code of DOMAIN.md with a Dutch label", async () => {
      const response = await api.request("/api/v1/situations");
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        revision: number;
        items: { code: string; label: { nl: string } }[];
      };
      expect(body.revision).toBe(t.holder.current().revision);
      expect(body.items.map((item) => item.code)).toEqual(
        expect.arrayContaining([
          "foster-care",
          "adoption",
          "maternal-depression",
          "domestic-violence-shelter",
        ]),
      );
      expect(body.items).toHaveLength(10);
    });

    it("GET /preconditions lists both preconditions with their request keys", async () => {
      const response = await api.request("/api/v1/preconditions");
      const body = (await response.json()) as { items: { id: string; requestKey: string }[] };
      expect(body.items.map((item) => [item.id, item.requestKey])).toEqual(
        expect.arrayContaining([
          ["emotionally-available-caregiver", "emotionallyAvailableCaregiver"],
          ["safe-stable-place", "safeStablePlace"],
        ]),
      );
    });

    it("ETag and If-None-Match: a repeated catalogue GET is answered 304 without a body", async () => {
      for (const path of [
        "/api/v1/interventions/pipa",
        "/api/v1/situations",
        "/api/v1/interventions?q=pleegzorg",
      ]) {
        const first = await api.request(path);
        const tag = first.headers.get("etag");
        expect(tag, path).toMatch(/^W\/".+-r\d+"$/);
        const again = await t.app.request(path, { headers: { "If-None-Match": tag ?? "" } });
        expect(again.status, path).toBe(304);
        expect(await again.text()).toBe("");
        const other = await t.app.request(path, { headers: { "If-None-Match": 'W/"something-else"' } });
        expect(other.status).toBe(200);
      }
      // A tag never turns an unknown path into a 304.
      const tag = (await t.app.request("/api/v1/situations")).headers.get("etag") ?? "";
      const unknown = await t.app.request("/api/v1/interventions/unknown", {
        headers: { "If-None-Match": tag },
      });
      expect(unknown.status).toBe(404);
    });

    it("HEAD answers the headers of GET without a body", async () => {
      const response = await api.request("/api/v1/interventions/pipa", { method: "HEAD" });
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toMatch(/^W\//);
      expect(await response.text()).toBe("");
    });

    it("wrong methods are 405 with an Allow header", async () => {
      const cases: [string, string, string][] = [
        ["DELETE", "/api/v1/interventions/pipa", "GET, HEAD"],
        ["POST", "/api/v1/situations", "GET, HEAD"],
        ["GET", "/api/v1/advice", "POST"],
        ["PUT", "/api/v1/feedback", "POST"],
      ];
      for (const [method, path, allow] of cases) {
        const response = await api.request(path, {
          method,
          headers: { "Content-Type": "application/json" },
          ...(method === "GET" ? {} : { body: "{}" }),
        });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get("allow")).toBe(allow);
      }
    });

    it("an unknown API path is a 404 problem, not a page", async () => {
      const response = await api.request("/api/v1/nothing-here");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      // A trailing slash is another path, not another method.
      const slash = await api.request("/api/v1/situations/");
      expect(slash.status).toBe(404);
      const outside = await t.app.request("/api/v2/interventions");
      expect(outside.status).toBe(404);
      expect(outside.headers.get("content-type")).toBe("application/problem+json");
    });
  });
}
