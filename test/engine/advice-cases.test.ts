import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";
import { ADVICE_EXAMPLES } from "../fixtures/advice-examples.js";
import { TEST_NOW } from "./arbitraries.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe("worked advice examples", () => {
  const all = ADVICE_EXAMPLES;

  it("has examples of both valid and invalid requests", () => {
    expect(all.filter((c) => c.invalid).length).toBeGreaterThan(0);
    expect(all.filter((c) => !c.invalid).length).toBeGreaterThan(5);
  });

  for (const example of all) {
    it(example.name, () => {
      const parsed = parseAdviceRequest(example.request, catalog);
      if (example.invalid) {
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        const said = parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
        expect(said).toContain(example.mentions);
        return;
      }
      if (!parsed.ok) throw new Error(`expected a valid request: ${JSON.stringify(parsed.issues)}`);
      const advice = evaluateAdvice(parsed.request, catalog, { now: TEST_NOW });
      const recommended = advice.recommended.map((r) => r.id);

      for (const id of example.mustRecommend ?? []) expect(recommended).toContain(id);
      for (const id of example.mustNotRecommend ?? []) {
        expect(recommended).not.toContain(id);
        // "Not recommended" means not suitable, unless it only waits for the preconditions.
        if (advice.status === "recommendations") expect(advice.notSuitable.map((n) => n.id)).toContain(id);
      }
      for (const [higher, lower] of example.ranksAbove ?? []) {
        expect(recommended.indexOf(higher)).toBeGreaterThanOrEqual(0);
        expect(recommended.indexOf(higher)).toBeLessThan(recommended.indexOf(lower));
      }
      if (example.status) expect(advice.status).toBe(example.status);
      if (example.unmetPreconditions) expect(advice.unmetPreconditions).toEqual(example.unmetPreconditions);
      if (example.mustRecommend?.length === 0) expect(advice.recommended).toEqual([]);
      for (const id of example.onceMetIncludes ?? []) expect(advice.onceMet.map((r) => r.id)).toContain(id);
    });
  }
});
