import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/domain/types.js";
import { ids, search, shippedCatalog } from "./helpers.js";

/** The interventions whose own texts (names, descriptions, facts, risk groups) contain the given word. */
async function interventionsMentioning(word: string): Promise<Set<string>> {
  const catalog: Catalog = await shippedCatalog();
  const pattern = new RegExp(`\\b${word}`, "i");
  const found = new Set<string>();
  for (const intervention of catalog.interventions) {
    const situations = intervention.indications.flatMap((i) => i.situations);
    const texts = [
      intervention.name,
      intervention.summary.professionals.nl,
      intervention.summary.policymakers.nl,
      ...intervention.facts.map((f) => f.text.nl),
      ...situations.flatMap((code) => {
        const situation = catalog.situationByCode.get(code);
        return situation ? [situation.label.nl, ...situation.synonyms.nl] : [];
      }),
    ];
    if (texts.some((t) => pattern.test(t))) found.add(intervention.id);
  }
  return found;
}

describe("typo matching never joins two real words (docs/decisions/069)", () => {
  it.each([
    ["verstandelijke beperking", "beperking"],
    ["meervoudige beperking", "beperking"],
    ["beperking", "beperking"],
  ])(
    "%s lists only interventions about a beperking, not one that mentions a 'bewerking'",
    async (q, word) => {
      const about = await interventionsMentioning(word);
      const found = ids(await search({ q, pageSize: 100 }));
      expect(found.length).toBeGreaterThan(0);
      for (const id of found) expect(about, `${q} → ${id}`).toContain(id);
    },
  );

  it("reads no risk group into a real word that is a typo away from a risk group's word", async () => {
    // bewerking / beperking, regressie / depressie, agressie is its own word (a risk group's synonym).
    expect((await search({ q: "bewerking" })).understood.situations).toEqual([]);
    expect((await search({ q: "regressie" })).understood.situations).toEqual([]);
    expect((await search({ q: "regression therapy" })).understood.situations).toEqual([]);
  });
});

describe("typos in the words professionals type are still forgiven", () => {
  it.each([
    ["depresie", "depressie"],
    ["depressei", "depressie"],
    ["pleegkinderne", "pleegkinderen"],
    ["adoptei", "adoptie"],
    ["gehechheid", "gehechtheid"],
    ["hechtingsproblem", "hechtingsprobleem"],
    ["tienermoedr", "tienermoeder"],
    ["verstandelike beperking", "verstandelijke beperking"],
    ["huiselijk gewled", "huiselijk geweld"],
    ["gedragsprobelmen", "gedragsproblemen"],
    ["vrouwenopvnag", "vrouwenopvang"],
    ["zwangerchap", "zwangerschap"],
  ])("%s finds what %s finds", async (typo, word) => {
    const wanted = ids(await search({ q: word, pageSize: 100 }));
    const found = ids(await search({ q: typo, pageSize: 100 }));
    expect(wanted.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(wanted));
  });
});
