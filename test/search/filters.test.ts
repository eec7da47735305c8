import { describe, expect, it } from "vitest";
import { ageFits } from "../../src/domain/age.js";
import type { Intervention } from "../../src/domain/types.js";
import { ids, search, shippedCatalog } from "./helpers.js";

const byId = async (id: string): Promise<Intervention> => {
  const intervention = (await shippedCatalog()).interventionById.get(id);
  if (!intervention) throw new Error(`no intervention ${id}`);
  return intervention;
};

describe("filters", () => {
  it("age 16 with need treatment never returns PIPA (0–4, prevention)", async () => {
    for (const q of [undefined, "pipa", "pleegzorg", "PIPA adoptie"]) {
      const result = await search({ q, age: 16, need: "treatment" });
      expect(ids(result)).not.toContain("pipa");
    }
  });

  it("judges age, need and situation on the same indication", async () => {
    // Basic Trust: prevention for foster/adoption 2–12 and treatment for behavioural-emotional problems
    // (age not stated). A treatment for foster care at 15 must not be pieced together from both.
    const result = await search({ age: 15, need: "treatment", situation: ["foster-care"] });
    expect(ids(result)).not.toContain("basic-trust");
    expect(ids(result)).toContain("ddp");
    for (const item of result.items) {
      const intervention = await byId(item.id);
      const fitting = intervention.indications.filter(
        (i) =>
          i.kind === "treatment" &&
          i.situations.includes("foster-care") &&
          ageFits(i.age, { kind: "born", years: 15 }),
      );
      expect(fitting.length, item.id).toBeGreaterThan(0);
    }
  });

  it("reads ageMonths as completed years", async () => {
    const months = await search({ ageMonths: 47 });
    const years = await search({ age: 3 });
    expect(ids(months)).toEqual(ids(years));
  });

  it("lists only interventions with an indication for the chosen situation", async () => {
    const catalog = await shippedCatalog();
    const result = await search({ situation: ["domestic-violence-shelter"] });
    const expected = catalog.interventions
      .filter((i) => i.indications.some((ind) => ind.situations.includes("domestic-violence-shelter")))
      .map((i) => i.id);
    expect(ids(result)).toEqual(expected);
    expect(expected).toContain("tijd-voor-toontje");
  });

  it("treats several situations as any of them", async () => {
    const shelter = await search({ situation: ["domestic-violence-shelter"] });
    const depression = await search({ situation: ["maternal-depression"] });
    const both = await search({ situation: ["domestic-violence-shelter", "maternal-depression"] });
    expect(new Set(ids(both))).toEqual(new Set([...ids(shelter), ...ids(depression)]));
  });

  it("filters on recognition level and on presence in the Databank", async () => {
    const catalog = await shippedCatalog();
    const level = "goed-onderbouwd";
    const recognised = await search({ recognition: level, pageSize: 100 });
    expect(ids(recognised)).toEqual(
      catalog.interventions.filter((i) => i.recognitions.some((r) => r.level === level)).map((i) => i.id),
    );
    const notInDatabank = await search({ inDatabank: false, pageSize: 100 });
    expect(ids(notInDatabank)).toEqual(
      catalog.interventions.filter((i) => i.inDatabank === false).map((i) => i.id),
    );
  });

  it("lists all interventions by name without a query, and none is harmful", async () => {
    const catalog = await shippedCatalog();
    const result = await search({ pageSize: 100 });
    expect(ids(result)).toEqual(catalog.interventions.map((i) => i.id));
    expect(result.total).toBe(catalog.interventions.length);
    expect(result.items.every((item) => item.score === 0)).toBe(true);
  });
});

describe("pagination", () => {
  it("splits the same ranked list over pages and keeps the total", async () => {
    const all = await search({ pageSize: 100 });
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await search({ page, pageSize: 5 }));
    for (const page of pages) expect(page.total).toBe(all.total);
    expect(pages.flatMap(ids)).toEqual(ids(all));
    expect(pages[3]?.items.length).toBe(all.total - 15);
  });

  it("gives an empty page past the end, with the total", async () => {
    const result = await search({ page: 99, pageSize: 10 });
    expect(result.items).toEqual([]);
    expect(result.total).toBeGreaterThan(0);
    expect(result.page).toBe(99);
  });

  it("pages a text search the same way", async () => {
    const all = await search({ q: "video", pageSize: 100 });
    const first = await search({ q: "video", pageSize: 2 });
    const second = await search({ q: "video", pageSize: 2, page: 2 });
    expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 4));
    expect(first.total).toBe(all.total);
  });
});

describe("facets", () => {
  it("count the current matches", async () => {
    const catalog = await shippedCatalog();
    const result = await search({ q: "pleegzorg", pageSize: 100 });
    const matched = await Promise.all(ids(result).map(byId));
    expect(result.facets.situation["foster-care"]).toBe(
      matched.filter((i) => i.indications.some((ind) => ind.situations.includes("foster-care"))).length,
    );
    expect(result.facets.need.prevention).toBe(
      matched.filter((i) => i.indications.some((ind) => ind.kind === "prevention")).length,
    );
    const { yes, no, unknown } = result.facets.inDatabank;
    expect(yes + no + unknown).toBe(result.total);
    expect(Object.keys(result.facets.situation).sort()).toEqual(catalog.situations.map((s) => s.code).sort());
  });

  it("count only indications that fit the age", async () => {
    const result = await search({ age: 16 });
    // No prevention indication in the catalogue reaches 16 except those without a stated age.
    const catalog = await shippedCatalog();
    const expected = catalog.interventions.filter((i) =>
      i.indications.some((ind) => ind.kind === "prevention" && ageFits(ind.age, { kind: "born", years: 16 })),
    ).length;
    expect(result.facets.need.prevention).toBe(expected);
  });

  it("are all zero when nothing matches", async () => {
    const result = await search({ q: "xylofoonles" });
    expect(result.facets.need).toEqual({ prevention: 0, treatment: 0 });
    expect(Object.values(result.facets.situation).every((n) => n === 0)).toBe(true);
  });
});

describe("items", () => {
  it("describe an intervention from the catalogue", async () => {
    const result = await search({ q: "PIPA" });
    const item = result.items[0];
    expect(item).toMatchObject({
      id: "pipa",
      name: "PIPA",
      kinds: ["prevention"],
      ages: "0 tot en met 4 jaar",
    });
    expect(item?.situations.sort()).toEqual(["adoption", "foster-care"]);
  });

  it("give the summary and ages in English when asked", async () => {
    const catalog = await shippedCatalog();
    const theraplay = catalog.interventionById.get("theraplay");
    const result = await search({ q: "theraplay", lang: "en" });
    expect(result.items[0]?.summary).toBe(
      theraplay?.summary.professionals.en ?? theraplay?.summary.professionals.nl,
    );
    const basicTrust = await search({ q: "basic trust", lang: "en" });
    // One of Basic Trust's indications (nji) states no age; "; " separates the ages, as a
    // label may hold a comma of its own.
    expect(basicTrust.items[0]?.ages).toBe("2 to 12 years; age not stated in the source");
    expect((await search({ q: "basic trust" })).items[0]?.ages).toBe(
      "2 tot en met 12 jaar; leeftijd niet vermeld in de bron",
    );
  });

  it("mark the matched words with ranges into the highlight text", async () => {
    const result = await search({ q: "pleegkinderen" });
    for (const item of result.items) {
      expect(item.highlights.length, item.id).toBeGreaterThan(0);
      for (const highlight of item.highlights) {
        for (const { start, end } of highlight.matches) {
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(highlight.text.length);
          expect(highlight.text.slice(start, end).toLowerCase()).toMatch(/^pleeg/);
        }
      }
    }
  });
});
