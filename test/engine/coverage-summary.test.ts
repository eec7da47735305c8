import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { computeCoverage } from "../../src/engine/coverage.js";
import { coverageGaps } from "../../src/engine/coverage-gaps.js";
import { coverageSummary, SUMMARY_MAX_SENTENCES } from "../../src/engine/coverage-summary.js";
import { ageRunInWords } from "../../src/engine/coverage-words.js";
import { catalogWith, syntheticCatalog, toIntervention } from "./arbitraries.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

const source = { document: "richtlijn", section: "Conclusies" };

/** A hand-made catalogue: general prevention 0–6 only, shelter children only without an age, treatment 7–12 from a list. */
function smallCatalog(): Catalog {
  return catalogWith(real, [
    toIntervention({
      id: "alfa",
      name: "Alfa",
      indications: [{ kind: "prevention", situations: [], age: { basis: "stated", from: 0, to: 6 }, source }],
    }),
    toIntervention({
      id: "beta",
      name: "Beta",
      indications: [
        {
          kind: "prevention",
          situations: ["domestic-violence-shelter"],
          age: { basis: "not-stated" },
          source,
        },
      ],
    }),
    toIntervention({
      id: "gamma",
      name: "Gamma",
      indications: [
        { kind: "treatment", situations: [], age: { basis: "context", from: 7, to: 12 }, source },
      ],
    }),
  ]);
}

describe("coverageGaps", () => {
  it("joins neighbouring ages on the same basis and names who applies there", () => {
    const gaps = coverageGaps(computeCoverage(smallCatalog()));
    const general = gaps.filter((g) => g.situation === "general");
    expect(general).toEqual([
      {
        situation: "general",
        kind: "prevention",
        from: 7,
        to: 18,
        basis: "none",
        counted: false,
        interventions: [],
      },
      {
        situation: "general",
        kind: "treatment",
        from: 0,
        to: 6,
        basis: "none",
        counted: false,
        interventions: [],
      },
      {
        situation: "general",
        kind: "treatment",
        from: 7,
        to: 12,
        basis: "context",
        counted: false,
        interventions: ["gamma"],
      },
      {
        situation: "general",
        kind: "treatment",
        from: 13,
        to: 18,
        basis: "none",
        counted: false,
        interventions: [],
      },
    ]);
    const shelter = gaps.find((g) => g.situation === "domestic-violence-shelter" && g.kind === "prevention");
    expect(shelter).toMatchObject({ from: 0, to: 18, basis: "not-stated", interventions: ["beta"] });
  });

  it("marks weak runs as counted only when everything counts", () => {
    const all = coverageGaps(computeCoverage(smallCatalog(), { count: "all" }));
    expect(all.find((g) => g.basis === "context")?.counted).toBe(true);
    expect(all.filter((g) => g.basis === "none").every((g) => !g.counted)).toBe(true);
  });
});

describe("ageRunInWords", () => {
  it("writes table ages as a person reads them", () => {
    expect(ageRunInWords(0, 0, "nl")).toBe("eerste levensjaar");
    expect(ageRunInWords(0, 3, "nl")).toBe("0 tot en met 3 jaar");
    expect(ageRunInWords(13, 18, "nl")).toBe("vanaf 13 jaar");
    expect(ageRunInWords(18, 18, "nl")).toBe("18 jaar");
    expect(ageRunInWords(0, 18, "nl")).toBe("alle leeftijden");
    expect(ageRunInWords(0, 18, "en")).toBe("every age");
  });
});

describe("coverageSummary", () => {
  it("names the gaps of a hand-made catalogue, in Dutch and in English", () => {
    const coverage = computeCoverage(smallCatalog());
    const nl = coverageSummary(coverage, smallCatalog(), "nl");
    expect(nl).toContain("Geen algemene preventie vanaf 7 jaar.");
    expect(nl).toContain("Geen algemene behandeling voor kinderen van 0 tot en met 6 jaar en vanaf 13 jaar.");
    expect(nl).toContain(
      "Algemene behandeling voor kinderen van 7 tot en met 12 jaar alleen met een leeftijd die uit de context van een lijst komt.",
    );
    expect(nl).toContain(
      "De leeftijd is nergens vermeld voor: preventie bij ‘kind en moeder in de opvang na huiselijk geweld’.",
    );
    expect(nl.length).toBeLessThanOrEqual(SUMMARY_MAX_SENTENCES);
    const en = coverageSummary(coverage, smallCatalog(), "en");
    expect(en).toContain("No general prevention from 7 years.");
    expect(en).toContain(
      "The age is not stated anywhere for: prevention for ‘child and mother in a shelter after domestic violence’.",
    );
  });

  it("names the shipped catalogue's main gaps: no general prevention from 13, the shelter's age nowhere stated", () => {
    const coverage = computeCoverage(real);
    const nl = coverageSummary(coverage, real, "nl");
    expect(nl[0]).toBe("Geen algemene preventie vanaf 13 jaar.");
    expect(nl).toContain("Geen algemene behandeling voor kinderen van 0 tot en met 3 jaar.");
    expect(nl.find((s) => s.startsWith("De leeftijd is nergens vermeld"))).toContain(
      "preventie en behandeling bij ‘kind en moeder in de opvang na huiselijk geweld’",
    );
    expect(nl.find((s) => s.startsWith("De leeftijd komt geheel of deels uit de context"))).toContain(
      "behandeling bij ‘meervoudige beperkingen’",
    );
    expect(nl.length).toBeLessThanOrEqual(SUMMARY_MAX_SENTENCES);
    expect(coverageSummary(coverage, real, "en")[0]).toBe("No general prevention from 13 years.");
  });

  it("follows what a municipality contracts", () => {
    const onlyPipa = computeCoverage(real, { only: new Set(["pipa"]) });
    expect(coverageSummary(onlyPipa, real, "nl")).toContain(
      "Preventie bij ‘pleegkind / pleegzorg’ en ‘adoptiekind’ alleen voor kinderen van 0 tot en met 4 jaar.",
    );
  });

  it("stays short and writes ages in words on any catalogue", () => {
    fc.assert(
      fc.property(syntheticCatalog(real), fc.constantFrom("nl", "en" as const), (catalog, lang) => {
        const sentences = coverageSummary(computeCoverage(catalog), catalog, lang);
        expect(sentences.length).toBeGreaterThan(0);
        expect(sentences.length).toBeLessThanOrEqual(SUMMARY_MAX_SENTENCES);
        for (const sentence of sentences) expect(sentence).not.toMatch(/\d\s*[–-]\s*±?\d|±/);
      }),
      { numRuns: 40 },
    );
  });

  it("says there are no gaps when every age has a stated cover", () => {
    const full = catalogWith(real, [
      toIntervention({
        id: "alles",
        name: "Alles",
        indications: ["prevention", "treatment"].map((kind) => ({
          kind,
          situations: [],
          age: { basis: "stated", from: 0, to: 18 },
          source,
        })),
      }),
    ]);
    expect(coverageSummary(computeCoverage(full, { includeGeneral: true }), full, "nl")).toEqual([
      "Geen gaten: elke leeftijd in elke situatie heeft een interventie met een vermelde leeftijd.",
    ]);
  });
});
