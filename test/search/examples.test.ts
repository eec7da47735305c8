import { describe, expect, it } from "vitest";
import examples from "../fixtures/search-queries.json" with { type: "json" };
import { ids, search, shippedCatalog } from "./helpers.js";

type Example = { q: string; top?: string; within?: [number, string[], number]; warns?: boolean };
const cases = (examples as { cases: Example[] }).cases;

describe("the shared search examples (test/fixtures/search-queries.json)", () => {
  it.each(cases)("$q", async (example) => {
    const catalog = await shippedCatalog();
    const result = await search({ q: example.q });
    const found = ids(result);
    if (example.top !== undefined) expect(found[0]).toBe(example.top);
    if (example.within !== undefined) {
      const [k, wanted, n] = example.within;
      const hits = found.slice(0, k).filter((id) => wanted.includes(id));
      expect(hits.length, `first ${k}: ${found.slice(0, k).join(", ")}`).toBeGreaterThanOrEqual(n);
    }
    if (example.warns) expect(result.warnings.length).toBeGreaterThan(0);
    const harmful = new Set(catalog.harmfulPractices.map((p) => p.id));
    expect(found.filter((id) => harmful.has(id))).toEqual([]);
  });

  it("has at least one expectation in every case", () => {
    for (const example of cases) {
      expect(example.top !== undefined || example.within !== undefined || example.warns === true).toBe(true);
    }
  });
});
