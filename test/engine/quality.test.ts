import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { isInReview, recognitionAgeInYears } from "../../src/domain/recognition.js";
import type { Catalog, Intervention } from "../../src/domain/types.js";
import { qualityReport, qualityReportSchema } from "../../src/engine/quality.js";
import { catalogWith, TEST_NOW, toIntervention } from "./arbitraries.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

const richtlijn = { document: "richtlijn", section: "Conclusies", list: "Een lijst", item: 1 };
const stated = { basis: "stated", from: 0, to: 6 };
const nji = "https://www.nji.nl/interventies/test";

/** One intervention with a cited, fully stated indication and a cited summary, plus what a case changes. */
function intervention(id: string, extra: Record<string, unknown> = {}): Intervention {
  const base = toIntervention({
    id,
    name: `Test ${id}`,
    indications: [{ kind: "prevention", situations: [], age: stated, source: richtlijn }],
  });
  return { ...base, summary: { ...base.summary, sources: ["richtlijn"] }, ...extra } as Intervention;
}

const recognition = (level: string, date: string, ages?: string) => ({
  level,
  date,
  source: nji,
  ...(ages ? { ages } : {}),
});

const disagreementNote = {
  kind: "disagreement",
  text: { nl: "De bronnen verschillen." },
  sources: ["richtlijn", "nji"],
};

describe("the quality report on a catalogue with one case of each", () => {
  let catalog: Catalog;
  beforeAll(() => {
    const uncitedIndication = intervention("uncited-indication");
    const cases = [
      intervention("clean", { recognitions: [recognition("goed-onderbouwd", "2024-01-01")] }),
      intervention("stale", { recognitions: [recognition("goed-onderbouwd", "2019-03")] }),
      // Exactly five years before the moment: due, as on the public pages.
      intervention("five-years-today", { recognitions: [recognition("goed-onderbouwd", "2021-11-23")] }),
      intervention("five-years-tomorrow", { recognitions: [recognition("goed-onderbouwd", "2021-11-24")] }),
      // An older recognition beside a newer one is history, not staleness.
      intervention("renewed", {
        recognitions: [recognition("goed-onderbouwd", "2024-05-01"), recognition("goed-onderbouwd", "2012")],
      }),
      {
        ...uncitedIndication,
        indications: [{ ...uncitedIndication.indications[0], source: undefined }],
      } as Intervention,
      intervention("uncited-summary", {
        summary: { professionals: { nl: "Tekst." }, policymakers: { nl: "Tekst." } },
      }),
      intervention("own-description", {
        summary: {
          professionals: { nl: "Tekst." },
          policymakers: { nl: "Tekst." },
          ownDescription: { nl: "Eigen beschrijving." },
        },
      }),
      // The content's shape requires an address; a store from elsewhere could still give an empty one.
      intervention("empty-fact-source", { facts: [{ topic: "format", text: { nl: "Feit." }, source: "" }] }),
      intervention("levels-differ", {
        recognitions: [
          recognition("effectief-eerste-aanwijzingen", "2024-01-01"),
          recognition("goed-onderbouwd", "2023-01-01"),
        ],
      }),
      intervention("ages-differ", {
        recognitions: [
          recognition("goed-onderbouwd", "2024-01-01", "2-12 jaar"),
          recognition("goed-onderbouwd", "2023-01-01", "2-17 jaar"),
        ],
      }),
      intervention("differ-with-note", {
        recognitions: [
          recognition("effectief-eerste-aanwijzingen", "2024-01-01"),
          recognition("goed-onderbouwd", "2023-01-01"),
        ],
        notes: [disagreementNote],
      }),
      intervention("age-not-stated", {
        indications: [
          { kind: "treatment", situations: [], age: stated, source: richtlijn },
          { kind: "treatment", situations: [], age: { basis: "not-stated" }, source: richtlijn },
        ],
      }),
      intervention("upper-end-not-stated", {
        indications: [
          { kind: "prevention", situations: [], age: { basis: "stated", from: 4 }, source: richtlijn },
        ],
      }),
    ];
    catalog = catalogWith(real, cases);
  });

  const ids = (list: { items: { intervention: { id: string } }[] }) =>
    list.items.map((item) => item.intervention.id).sort();

  it("lists the interventions whose latest recognition is older than five years, with date and age", () => {
    const report = qualityReport(catalog, TEST_NOW);
    expect(ids(report.staleRecognitions)).toEqual(["five-years-today", "stale"]);
    expect(report.staleRecognitions.count).toBe(2);
    const stale = report.staleRecognitions.items.find((item) => item.intervention.id === "stale");
    expect(stale).toEqual({
      intervention: { id: "stale", name: "Test stale", file: "content/interventions/stale.yaml" },
      level: "goed-onderbouwd",
      date: "2019-03",
      ageYears: 7,
      source: nji,
    });
    // The same rule as the "in herbeoordeling" badge, for every intervention.
    expect(ids(report.staleRecognitions)).toEqual(
      catalog.interventions
        .filter((i) => isInReview(i, TEST_NOW))
        .map((i) => i.id)
        .sort(),
    );
  });

  it("lists statements without a source: an indication, a summary, an empty fact address", () => {
    const report = qualityReport(catalog, TEST_NOW);
    expect(report.uncited.items.map(({ intervention, kind, path }) => [intervention.id, kind, path])).toEqual(
      [
        ["empty-fact-source", "fact", "facts.0"],
        ["uncited-indication", "indication", "indications.0"],
        ["uncited-summary", "summary", "summary.sources"],
      ],
    );
    expect(report.uncited.count).toBe(3);
  });

  it("lists sources that differ in level or ages only where no disagreement note explains it", () => {
    const report = qualityReport(catalog, TEST_NOW);
    expect(report.disagreementsWithoutNote.items).toEqual([
      expect.objectContaining({
        intervention: expect.objectContaining({ id: "ages-differ" }),
        levels: ["goed-onderbouwd"],
        ages: ["2-12 jaar", "2-17 jaar"],
      }),
      expect.objectContaining({
        intervention: expect.objectContaining({ id: "levels-differ" }),
        levels: ["effectief-eerste-aanwijzingen", "goed-onderbouwd"],
        ages: [],
      }),
    ]);
  });

  it("lists indications with no age, or an end of it, that a source states", () => {
    const report = qualityReport(catalog, TEST_NOW);
    expect(
      report.agesNotStated.items.map(({ intervention, path, kind, missing }) => [
        intervention.id,
        path,
        kind,
        missing,
      ]),
    ).toEqual([
      ["age-not-stated", "indications.1", "treatment", "age"],
      ["upper-end-not-stated", "indications.0", "prevention", "to"],
    ]);
  });

  it("matches its documented shape", () => {
    expect(qualityReportSchema.safeParse(qualityReport(catalog, TEST_NOW)).success).toBe(true);
  });
});

describe("the quality report on the shipped content", () => {
  it("lists exactly the interventions the public pages show as in herbeoordeling", () => {
    const report = qualityReport(real, TEST_NOW);
    const inReview = real.interventions.filter((i) => isInReview(i, TEST_NOW)).map((i) => i.id);
    expect(inReview.length).toBeGreaterThan(0);
    expect(report.staleRecognitions.items.map((item) => item.intervention.id)).toEqual(inReview);
    for (const item of report.staleRecognitions.items) {
      expect(item.ageYears, item.intervention.id).toBe(recognitionAgeInYears(item.date, TEST_NOW));
      expect(item.ageYears, item.intervention.id).toBeGreaterThanOrEqual(5);
    }
  });

  it("finds every statement cited and every disagreement explained", () => {
    const report = qualityReport(real, TEST_NOW);
    expect(report.uncited).toEqual({ count: 0, items: [] });
    expect(report.disagreementsWithoutNote).toEqual({ count: 0, items: [] });
  });

  it("would list the known disagreements if their notes were gone", () => {
    const withoutNotes = real.interventions.map((i) => ({
      ...i,
      notes: i.notes.filter((n) => n.kind !== "disagreement"),
    }));
    const listed = qualityReport(catalogWith(real, withoutNotes), TEST_NOW).disagreementsWithoutNote.items;
    expect(listed.map((item) => item.intervention.id)).toEqual(
      expect.arrayContaining(["basic-trust", "itgg", "ouder-baby-interventie", "pcit"]),
    );
  });

  it("lists the indications whose age the sources leave open, and names their files", () => {
    const report = qualityReport(real, TEST_NOW);
    const notStated = real.interventions.flatMap((i) =>
      i.indications.filter((x) => x.age.basis === "not-stated").map(() => i.id),
    );
    expect(
      report.agesNotStated.items.filter((item) => item.missing === "age").map((i) => i.intervention.id),
    ).toEqual(notStated);
    expect(report.agesNotStated.count).toBe(report.agesNotStated.items.length);
    for (const item of report.agesNotStated.items) {
      expect(item.intervention.file).toBe(`content/interventions/${item.intervention.id}.yaml`);
    }
  });
});

describe("a recognition's age in years", () => {
  it("counts whole years, the fifth from the day five years on", () => {
    expect(recognitionAgeInYears("2021-11-23", TEST_NOW)).toBe(5);
    expect(recognitionAgeInYears("2021-11-24", TEST_NOW)).toBe(4);
    expect(recognitionAgeInYears("2015", TEST_NOW)).toBe(11);
    expect(recognitionAgeInYears("2030", TEST_NOW)).toBe(0);
  });
});
