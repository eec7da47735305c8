import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { adviceResponseSchema } from "../../src/engine/index.js";
import { adviseOn, syntheticCatalog, validRequest } from "./arbitraries.js";
import { type OracleRequest, oracleAdvice, oracleMatches } from "./oracle.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

/** Every property below, checked on one catalogue and one request. */
function checkAdvice(catalog: Catalog, request: OracleRequest): void {
  const advice = adviseOn(catalog, request);
  const expected = oracleAdvice(catalog, request);

  // The response has exactly the contract's shape.
  expect(adviceResponseSchema.safeParse(advice).success).toBe(true);

  // Harmful practices are never recommended, and every one is warned about.
  const harmful = new Set(catalog.harmfulPractices.map((h) => h.id));
  for (const item of [...advice.recommended, ...advice.onceMet]) expect(harmful.has(item.id)).toBe(false);
  expect(advice.warnings.map((w) => w.id)).toEqual(catalog.harmfulPractices.map((h) => h.id));

  // recommended ∪ onceMet ∪ notSuitable is every intervention exactly once.
  const listed = [...advice.recommended, ...advice.onceMet, ...advice.notSuitable].map((i) => i.id);
  expect([...listed].sort()).toEqual(catalog.interventions.map((i) => i.id).sort());

  // Any `no` empties `recommended`; what would fit waits in onceMet.
  const ranked = advice.status === "recommendations" ? advice.recommended : advice.onceMet;
  expect(advice.status).toBe(expected.status);
  if (expected.unmet.length > 0) expect(advice.recommended).toEqual([]);
  else expect(advice.onceMet).toEqual([]);
  expect(advice.unmetPreconditions).toEqual(expected.unmet);
  expect(advice.unverifiedPreconditions).toEqual(expected.unverified);

  // Same ids in the same order as the independent reading of the rules.
  expect(ranked.map((r) => r.id)).toEqual(expected.ranked);

  // Every recommendation rests on an indication whose kind, age and situations fit,
  // and gives one reason per matching indication.
  for (const item of ranked) {
    const intervention = catalog.interventionById.get(item.id);
    const matching = intervention?.indications.filter((i) => oracleMatches(i, request)) ?? [];
    expect(matching.length).toBeGreaterThan(0);
    expect(item.reasons).toHaveLength(matching.length);
    expect(item.specific).toBe(item.matchedSituations.length > 0);
  }
  // Every intervention that does not fit says why, once per indication.
  for (const item of advice.notSuitable) {
    const intervention = catalog.interventionById.get(item.id);
    expect(item.reasons).toHaveLength(intervention?.indications.length ?? -1);
  }

  // Deterministic: the same request gives the same advice.
  expect(adviseOn(catalog, request)).toEqual(advice);
}

describe("advice properties against an independent oracle", () => {
  it("holds on the shipped catalogue for random valid requests", () => {
    fc.assert(
      fc.property(validRequest(real), (request) => checkAdvice(real, request)),
      { numRuns: 500 },
    );
  });

  it("holds on random catalogues (ties in name, rank and specificity included)", () => {
    fc.assert(
      fc.property(
        syntheticCatalog(real).chain((catalog) => fc.tuple(fc.constant(catalog), validRequest(catalog))),
        ([catalog, request]) => checkAdvice(catalog, request),
      ),
      { numRuns: 300 },
    );
  });

  it("answers in the requested language with the same ids", () => {
    fc.assert(
      fc.property(validRequest(real), (request) => {
        const nl = adviseOn(real, { ...request, lang: "nl" });
        const en = adviseOn(real, { ...request, lang: "en" });
        expect(en.recommended.map((r) => r.id)).toEqual(nl.recommended.map((r) => r.id));
        expect(en.notSuitable.map((r) => r.id)).toEqual(nl.notSuitable.map((r) => r.id));
        const nlTexts = nl.notSuitable.flatMap((n) => n.reasons.map((r) => r.text));
        const enTexts = en.notSuitable.flatMap((n) => n.reasons.map((r) => r.text));
        if (nlTexts.length > 0) expect(enTexts).not.toEqual(nlTexts);
      }),
      { numRuns: 200 },
    );
  });
});
