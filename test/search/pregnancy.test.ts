import { describe, expect, it } from "vitest";
import type { Intervention } from "../../src/domain/types.js";
import { createSearchIndex, searchInterventions, searchQuerySchema } from "../../src/search/index.js";
import { catalogWith } from "../engine/arbitraries.js";
import { ids, search, shippedCatalog } from "./helpers.js";

/** Interventions with an indication that starts before birth (a pregnancy week, or "starts in pregnancy"). */
async function startingInPregnancy(): Promise<string[]> {
  const catalog = await shippedCatalog();
  return catalog.interventions
    .filter((i) =>
      i.indications.some((indication) => {
        const age: { fromPregnancyWeek?: number; startsInPregnancy?: boolean } = indication.age;
        return age.fromPregnancyWeek !== undefined || age.startsInPregnancy === true;
      }),
    )
    .map((i) => i.id);
}

describe("a pregnancy in the query is about the unborn child, not a risk group", () => {
  it.each([
    "zwanger",
    "zwangerschap",
    "zwangere vrouw",
    "aanstaande moeder",
    "ongeboren kind",
    "pregnant",
    "pregnancy",
  ])(
    "%s: no teenage mother read into it; the interventions that start in pregnancy come first",
    async (q) => {
      const expected = await startingInPregnancy();
      expect(expected.length).toBeGreaterThan(0);
      const result = await search({ q });
      expect(result.understood.situations).not.toContain("teenage-single-mother");
      expect(result.understood.pregnancy).toBe(true);
      expect(ids(result).slice(0, expected.length).sort()).toEqual([...expected].sort());
    },
  );

  it("lists no intervention only for its teenage-mother indication", async () => {
    // The shipped teenage-mother intervention starts in pregnancy; add one that does not.
    const shipped = await shippedCatalog();
    const voorzorg = shipped.interventionById.get("voorzorg");
    if (!voorzorg) throw new Error("the shipped catalogue has VoorZorg");
    const teenOnly: Intervention = {
      ...voorzorg,
      id: "tienersteun",
      name: "Tienersteun",
      summary: {
        professionals: { nl: "Steun voor alleenstaande tienermoeders en hun baby." },
        policymakers: { nl: "Steun voor alleenstaande tienermoeders." },
      },
      facts: [],
      indications: voorzorg.indications.map((indication) => ({
        ...indication,
        age: { basis: "stated", from: 0, to: 3 },
      })),
    };
    const index = createSearchIndex(catalogWith(shipped, [...shipped.interventions, teenOnly]));
    const find = (q: string) =>
      searchInterventions(index, searchQuerySchema.parse({ q, pageSize: 100 })).items.map((i) => i.id);
    expect(find("tienermoeder")).toContain("tienersteun");
    for (const q of ["zwanger", "aanstaande moeder", "pregnant"]) {
      expect(find(q), q).toContain("voorzorg");
      expect(find(q), q).not.toContain("tienersteun");
    }
  });

  it("keeps the filters: a treatment search for a pregnancy lists no preventive-only intervention", async () => {
    const catalog = await shippedCatalog();
    for (const id of ids(await search({ q: "zwanger", need: "treatment", pageSize: 100 }))) {
      expect(catalog.interventionById.get(id)?.indications.some((i) => i.kind === "treatment")).toBe(true);
    }
  });

  it("adds to the other words: pregnancy and depression list both kinds of intervention", async () => {
    const found = ids(await search({ q: "zwanger depressie", pageSize: 100 }));
    for (const id of await startingInPregnancy()) expect(found).toContain(id);
    const depression = ids(await search({ q: "depressie", pageSize: 100 }));
    expect(found).toContain(depression[0]);
  });

  it("leaves the teenage mother a risk group", async () => {
    for (const q of ["tienermoeder", "alleenstaande tienermoeder", "teenage mother"]) {
      const result = await search({ q });
      expect(result.understood.situations, q).toContain("teenage-single-mother");
      expect(result.understood.pregnancy, q).toBeUndefined();
    }
  });

  it("reads no pregnancy into ordinary queries", async () => {
    for (const q of ["pleegzorg", "baby", "moeder", "depressie"]) {
      expect((await search({ q })).understood.pregnancy, q).toBeUndefined();
    }
  });
});
