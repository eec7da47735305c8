import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import type { Advice, Recommendation } from "../../src/engine/index.js";
import { adviseOn } from "./arbitraries.js";

/** Issue 11, point 1 and 2: the corrected readings and the disagreements a professional must see. */

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function advise(request: Record<string, unknown>): Advice {
  return adviseOn(catalog, request);
}

function recommended(advice: Advice, id: string): Recommendation | undefined {
  return advice.recommended.find((r) => r.id === id);
}

const depressedMother = (ageYears: number) => ({
  child: { ageYears },
  need: "prevention",
  situations: ["maternal-depression"],
});

describe("Ouder-baby interventie: the NJi's 'jong kind' read as the richtlijn defines young children", () => {
  it("fits a 2-year-old with a depressed mother through the NJi item, its age from the context", () => {
    const advice = advise(depressedMother(2));
    const obi = recommended(advice, "ouder-baby-interventie");
    expect(obi?.ageBasis).toBe("context");
    expect(obi?.age).toMatchObject({ words: "0 tot ongeveer 7 jaar", text: "met een jong kind" });
    expect(obi?.reasons.map((r) => r.source.document)).toEqual(["nji"]);
    expect(obi?.caveats.map((c) => c.text).join(" ")).toContain("tot ongeveer zeven jaar");
    // The richtlijn's own first-year reading is shown as a disagreement, not hidden.
    expect(obi?.caveats.find((c) => c.kind === "source-disagreement")?.text).toContain("eerste jaar");
  });

  it("fits a baby through the richtlijn's stated first year, with that reason first", () => {
    const obi = recommended(advise({ ...depressedMother(0) }), "ouder-baby-interventie");
    expect(obi?.ageBasis).toBe("stated");
    expect(obi?.age.words).toBe("eerste levensjaar");
    expect(obi?.reasons.map((r) => r.source.document)).toEqual(["richtlijn", "nji"]);
  });

  it("does not fit a 10-year-old with a depressed mother", () => {
    const advice = advise(depressedMother(10));
    expect(recommended(advice, "ouder-baby-interventie")).toBeUndefined();
    const why = advice.notSuitable.find((n) => n.id === "ouder-baby-interventie");
    expect(why?.reasons.map((r) => r.text)).toEqual([
      expect.stringContaining("in het eerste levensjaar (in de bron"),
      expect.stringContaining("0 tot ongeveer 7 jaar"),
    ]);
  });
});

describe("VoorZorg: the NJi's '(aanstaande) moeders' starts in pregnancy", () => {
  const teenageMother = (pregnancyWeek: number) => ({
    child: { pregnancyWeek },
    need: "prevention",
    situations: ["teenage-single-mother"],
  });

  it("fits an unborn child before week 28 through the NJi item, with the richtlijn's week as a caveat", () => {
    const voorzorg = recommended(advise(teenageMother(20)), "voorzorg");
    expect(voorzorg?.reasons.map((r) => r.source.document)).toEqual(["nji"]);
    expect(voorzorg?.age.ends.from).toEqual({ basis: "stated", inPregnancy: true });
    expect(voorzorg?.age.ends.to).toEqual({ basis: "not-stated" });
    expect(voorzorg?.age.words).toBe("vanaf de zwangerschap");
    expect(voorzorg?.age.basisWords).toBe("ondergrens vermeld zonder week, bovengrens niet vermeld");
    expect(voorzorg?.caveats.some((c) => c.text.includes("vanaf 28 weken zwangerschap"))).toBe(true);
  });

  it("from week 28 fits through both sources, the richtlijn's stated week first", () => {
    const voorzorg = recommended(advise(teenageMother(30)), "voorzorg");
    expect(voorzorg?.reasons.map((r) => r.source.document)).toEqual(["richtlijn", "nji"]);
    expect(voorzorg?.age.ends.from).toEqual({ basis: "stated", inPregnancy: true, pregnancyWeek: 28 });
    expect(voorzorg?.age.ends.to).toEqual({ basis: "context", years: 6, approximate: true });
  });
});

describe("the source's own words, kept exactly", () => {
  it('VIPP-SD for severe parenting problems quotes its list heading as written: "tot ongeveer twaalf zeven jaar"', () => {
    const vipp = recommended(
      advise({ child: { ageYears: 3 }, need: "prevention", situations: ["severe-parenting-problems"] }),
      "vipp-sd",
    );
    expect(vipp?.age.text).toBe("tot ongeveer twaalf zeven jaar");
    expect(vipp?.reasons[0]?.text).toContain('in de bron: "tot ongeveer twaalf zeven jaar"');
    expect(vipp?.age.words).toBe("0 tot ongeveer 7 jaar");
  });
});

describe("each end of an age with its own basis", () => {
  it.each(["itgg", "ddp", "differentiatietherapie", "fasetherapie"])(
    "%s: the upper end is stated, the lower end comes from the list heading",
    (id) => {
      const situations = { itgg: ["multiple-disabilities"], ddp: ["foster-care"] }[id] ?? [];
      const match = recommended(advise({ child: { ageYears: 9 }, need: "treatment", situations }), id);
      expect(match?.age.ends.from).toEqual({ basis: "context", years: 7 });
      expect(match?.age.ends.to.basis).toBe("stated");
      expect(match?.age.basisWords).toBe("bovengrens vermeld, ondergrens uit de lijst");
      expect(match?.reasons[0]?.text).toContain("bovengrens vermeld, ondergrens uit de lijst");
    },
  );
});

describe("disagreements where they matter, whichever source's indication matched", () => {
  it("NIKA for a 12-year-old (matched through the NJi, no age) shows the richtlijn's 0-6", () => {
    const nika = recommended(
      advise({ child: { ageYears: 12 }, need: "either", situations: ["disorganised-attachment-risk"] }),
      "nika",
    );
    expect(nika?.reasons.every((r) => r.source.document === "nji")).toBe(true);
    const disagreement = nika?.caveats.find((c) => c.kind === "source-disagreement");
    expect(disagreement?.text).toContain("0-6 jaar");
  });

  it("Basic Trust for a 16-year-old (matched through the NJi) shows the other ages and group", () => {
    const basicTrust = recommended(
      advise({ child: { ageYears: 16 }, need: "treatment", situations: ["behavioural-emotional-problems"] }),
      "basic-trust",
    );
    expect(basicTrust?.reasons.map((r) => r.source.document)).toEqual(["nji"]);
    const disagreement = basicTrust?.caveats.find((c) => c.kind === "source-disagreement");
    expect(disagreement?.text).toContain("2-12 jaar");
    expect(disagreement?.text).toContain("adoptie- en pleegkinderen");
  });

  it("PCIT shows its two recognition levels", () => {
    const pcit = recommended(
      advise({ child: { ageYears: 4 }, need: "prevention", situations: ["severe-behaviour-problems"] }),
      "pcit",
    );
    const disagreement = pcit?.caveats.find((c) => c.kind === "source-disagreement")?.text;
    expect(disagreement).toContain("goede aanwijzingen");
    expect(disagreement).toContain("eerste aanwijzingen");
  });

  it("every intervention whose sources give different recognition levels has a disagreement note", () => {
    for (const intervention of catalog.interventions) {
      const levels = new Set(intervention.recognitions.map((r) => r.level));
      if (levels.size > 1) {
        expect(
          intervention.notes.some((n) => n.kind === "disagreement"),
          intervention.id,
        ).toBe(true);
      }
    }
  });
});
