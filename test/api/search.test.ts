import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

interface SearchBody {
  items: { id: string; situations: string[]; kinds: string[] }[];
  total: number;
  page: number;
  pageSize: number;
  facets: { need: { prevention: number; treatment: number } };
  warnings: { id: string }[];
  unmatchedTerms: string[];
  notice?: { text: string; suggestion: string; href: string };
}

const HARMFUL_IDS = new Set(["dwang", "therapeutisch-vasthouden", "holding", "rebirthing"]);

for (const dialect of DIALECTS) {
  describe(`GET /api/v1/interventions (${dialect.name})`, () => {
    let t: TestApp;
    let api: ResponseValidator;
    const search = async (query: string) => {
      const response = await api.request(`/api/v1/interventions${query}`);
      return { response, body: (await response.json()) as SearchBody };
    };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      api = await createResponseValidator(t.app);
    });
    afterAll(async () => {
      await t.close();
    });

    it("without a query lists every intervention, never a harmful practice", async () => {
      const { response, body } = await search("?pageSize=100");
      expect(response.status).toBe(200);
      expect(body.total).toBe(t.holder.current().interventions.length);
      expect(body.items.some((item) => HARMFUL_IDS.has(item.id))).toBe(false);
    });

    it("finds the interventions for foster care among the first results", async () => {
      const { body } = await search("?q=pleegzorg");
      const top5 = body.items.slice(0, 5).map((item) => item.id);
      const expected = ["pipa", "ddp", "sherborne-samenspel", "basic-trust", "vipp-sd"];
      expect(top5.filter((id) => expected.includes(id)).length).toBeGreaterThanOrEqual(3);
    });

    it("each item gives its indications' ages as data beside the words, and every recognition level", async () => {
      const { body } = await search("?pageSize=100");
      const items = body.items as unknown as {
        id: string;
        ages: string;
        indications: { age: { ends: { from: { basis: string }; to: { basis: string } }; words: string } }[];
        recognitionLevels: string[];
      }[];
      const ddp = items.find((item) => item.id === "ddp");
      expect(ddp?.indications[0]?.age.ends).toEqual({
        from: { basis: "context", years: 7 },
        to: { basis: "stated", years: 17 },
      });
      // PCIT's sources give two levels: the list says so, not only the latest.
      expect(items.find((item) => item.id === "pcit")?.recognitionLevels).toEqual([
        "effectief-goede-aanwijzingen",
        "effectief-eerste-aanwijzingen",
      ]);
      for (const item of items) {
        expect(item.ages, item.id).not.toMatch(/\d\s*[–-]\s*±?\d|\d\+|zwangerschapsweek|, niet vermeld/);
        // One "; "-separated label per distinct age, each the words of an indication.
        const words = new Set(item.indications.map((indication) => indication.age.words));
        for (const label of item.ages.split("; ")) {
          expect(
            [...words].some((w) => label.startsWith(w)),
            `${item.id}: ${label}`,
          ).toBe(true);
        }
      }
    });

    it("a query naming a harmful practice answers warnings and no such item", async () => {
      const { body } = await search(`?q=${encodeURIComponent("holding therapie")}`);
      expect(body.warnings.map((warning) => warning.id)).toContain("holding");
      expect(body.items.some((item) => HARMFUL_IDS.has(item.id))).toBe(false);
    });

    it("names the words that found nothing and points to the keuzehulp, in the asked language", async () => {
      const partly = await search(`?q=${encodeURIComponent("theraplay xylofoonles")}`);
      expect(partly.response.status).toBe(200);
      expect(partly.body.items.map((item) => item.id)).toContain("theraplay");
      expect(partly.body.unmatchedTerms).toEqual(["xylofoonles"]);
      expect(partly.body.notice?.text).toContain("“xylofoonles”");
      expect(partly.body.notice?.href).toBe("/keuzehulp");

      const nothing = await search("?q=xylofoonles&lang=en");
      expect(nothing.body.total).toBe(0);
      expect(nothing.body.notice?.text).toBe("No interventions found for “xylofoonles”.");
      expect(nothing.body.notice?.href).toBe("/en/keuzehulp");

      const all = await search("?q=pleegzorg");
      expect(all.body.unmatchedTerms).toEqual([]);
      expect(all.body.notice).toBeUndefined();
    });

    it("documents unmatchedTerms and the notice in the OpenAPI schema of the result", async () => {
      const document = (await (await t.app.request("/api/v1/openapi.json")).json()) as {
        components: {
          schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
        };
      };
      const result = document.components.schemas.SearchResult;
      expect(Object.keys(result?.properties ?? {})).toEqual(
        expect.arrayContaining(["unmatchedTerms", "notice"]),
      );
      expect(result?.required).toContain("unmatchedTerms");
      expect(result?.required).not.toContain("notice");
    });

    it("filters by need, age and repeated situation", async () => {
      const { body } = await search(
        "?need=treatment&age=12&situation=foster-care&situation=adoption&pageSize=100",
      );
      expect(body.total).toBeGreaterThan(0);
      for (const item of body.items) {
        expect(item.kinds).toContain("treatment");
        expect(item.situations.some((code) => code === "foster-care" || code === "adoption")).toBe(true);
      }
      expect(body.items.map((item) => item.id)).not.toContain("pipa");
    });

    it("paginates: pages do not overlap and together hold every match", async () => {
      const all = (await search("?pageSize=100")).body;
      const first = (await search("?pageSize=5&page=1")).body;
      const second = (await search("?pageSize=5&page=2")).body;
      expect(first.items).toHaveLength(5);
      expect(first.total).toBe(all.total);
      expect(second.page).toBe(2);
      const firstIds = new Set(first.items.map((item) => item.id));
      expect(second.items.some((item) => firstIds.has(item.id))).toBe(false);
      expect([...first.items, ...second.items].map((item) => item.id)).toEqual(
        all.items.slice(0, 10).map((item) => item.id),
      );
    });

    it("invalid parameters are a 400 problem naming each field", async () => {
      const cases: [string, string][] = [
        ["?age=abc", "age"],
        ["?age=19", "age"],
        ["?need=cure", "need"],
        ["?pageSize=1000", "pageSize"],
        ["?situation=foster-care&situation=orphanage", "situation[1]"],
        ["?inDatabank=perhaps", "inDatabank"],
        ["?recognition=best", "recognition"],
      ];
      for (const [query, path] of cases) {
        const response = await api.request(`/api/v1/interventions${query}`);
        expect(response.status, query).toBe(400);
        const problem = (await response.json()) as { errors: { path: string; message: string }[] };
        expect(
          problem.errors.map((error) => error.path),
          query,
        ).toContain(path);
      }
    });

    it("never logs the query string (a search can describe a child)", async () => {
      await search("?q=kind%203%20jaar%20pleeggezin&age=3");
      const line = t.rawLogs.find((raw) => raw.includes('"path":"/api/v1/interventions"'));
      expect(line).toBeDefined();
      expect(t.rawLogs.some((raw) => raw.includes("pleeggezin") || raw.includes("age=3"))).toBe(false);
    });
  });
}
