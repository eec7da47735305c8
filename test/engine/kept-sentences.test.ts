import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { adviseOn, catalogWith, toIntervention } from "./arbitraries.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

const richtlijn = { document: "richtlijn", section: "Conclusies", item: 1 };

function named(name: string) {
  return toIntervention({
    id: "test",
    name,
    indications: [
      { kind: "prevention", situations: [], age: { basis: "stated", from: 0, to: 4 }, source: richtlijn },
      { kind: "treatment", situations: [], age: { basis: "stated", from: 0, to: 4 }, source: richtlijn },
    ],
  });
}

// Decision 076: the sentences about an indication are written once per catalogue and language.
describe("kept sentences", () => {
  const request = { child: { ageYears: 2 }, need: "prevention" };

  it("gives the same frozen reason and age to every advice on the same catalogue", () => {
    const catalog = catalogWith(real, [named("Testinterventie")]);
    const first = adviseOn(catalog, request).recommended.find((r) => r.id === "test");
    const second = adviseOn(catalog, request).recommended.find((r) => r.id === "test");
    expect(second?.reasons[0]).toBe(first?.reasons[0]);
    expect(second?.age).toBe(first?.age);
    expect(Object.isFrozen(first?.reasons[0])).toBe(true);
  });

  it("writes them anew for a new catalogue snapshot", () => {
    const before = adviseOn(catalogWith(real, [named("Oude naam")]), request);
    const after = adviseOn(catalogWith(real, [named("Nieuwe naam")]), request);
    const reason = (advice: typeof before) =>
      advice.recommended.find((r) => r.id === "test")?.reasons[0]?.text;
    expect(reason(before)).toContain("Oude naam");
    expect(reason(after)).toContain("Nieuwe naam");
  });

  it("joins 'why not' per request from the failed parts", () => {
    const catalog = catalogWith(real, [named("Testinterventie")]);
    const tooOld = adviseOn(catalog, { child: { ageYears: 9 }, need: "prevention" });
    const texts = tooOld.notSuitable.find((n) => n.id === "test")?.reasons.map((r) => r.text) ?? [];
    // The preventive indication fails on age only; the treatment one on kind and age.
    expect(texts[0]).not.toContain("gevraagd is");
    expect(texts[1]).toContain("gevraagd is preventie");
    expect(texts[1]).toContain(" en ");
  });
});
