import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import type { Advice } from "../../src/engine/index.js";
import { adviseOn, catalogWith, toIntervention } from "./arbitraries.js";

/** Issue 11, point 5: no dead ends. Every alternative is the same engine run on a nearby request. */

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function advise(request: Record<string, unknown>): Advice {
  return adviseOn(catalog, request);
}

const ids = (advice: Advice) => advice.recommended.map((r) => r.id);

describe("an answer that recommends nothing says why and what comes next", () => {
  it("an unborn child: what fits from birth for the same request", () => {
    const request = { child: { pregnancyWeek: 20 }, need: "prevention", situations: ["foster-care"] };
    const advice = advise(request);
    expect(advice.recommended).toEqual([]);
    expect(advice.outcome.kind).toBe("nothing-fits");
    expect(advice.outcome.text).toContain("ongeboren");
    const afterBirth = advice.nextSteps.find((s) => s.kind === "after-birth");
    expect(afterBirth?.interventions.map((i) => i.id)).toEqual(
      ids(advise({ ...request, child: { ageMonths: 0 } })),
    );
    expect(afterBirth?.text).toMatch(/^Na de geboorte passen bij dezelfde vraag: VIPP-SD, PIPA/);
  });

  it("no match for the need: what fits with need 'either', marked as such", () => {
    const request = { child: { ageYears: 3 }, need: "treatment", situations: [] };
    const advice = advise(request);
    expect(advice.recommended).toEqual([]);
    const either = advice.nextSteps.find((s) => s.kind === "need-either");
    expect(either?.interventions.map((i) => i.id)).toEqual(ids(advise({ ...request, need: "either" })));
    expect(either?.text).toContain("preventie of behandeling (in plaats van behandeling)");
  });

  it("leaving a situation out never adds a match, so it is not offered as a way on", () => {
    // Rule 3: a general indication matches whatever the situations; a specific one needs one of them.
    for (const ageYears of [0, 4, 9, 13, 17]) {
      for (const need of ["prevention", "treatment", "either"]) {
        for (const code of catalog.situations.map((s) => s.code)) {
          const withIt = ids(advise({ child: { ageYears }, need, situations: [code] }));
          const without = ids(advise({ child: { ageYears }, need, situations: [] }));
          for (const id of without) expect(withIt).toContain(id);
        }
      }
    }
  });

  it("an unborn child asking for treatment: after birth and with either need together, when neither alone helps", () => {
    const request = { child: { pregnancyWeek: 10 }, need: "treatment", situations: [] };
    const advice = advise(request);
    expect(advice.recommended).toEqual([]);
    expect(advice.nextSteps.map((s) => s.kind)).toEqual(["after-birth-need-either"]);
    expect(advice.nextSteps[0]?.interventions.map((i) => i.id)).toEqual(
      ids(advise({ ...request, child: { ageMonths: 0 }, need: "either" })),
    );
    expect(advice.nextSteps[0]?.text).toMatch(/^Na de geboorte, met de hulpvraag preventie of behandeling/);
  });

  it("nothing nearby either: says so instead of inventing", () => {
    // A catalogue whose only intervention is a treatment for 7 to 11: a 3-year-old finds nothing.
    const only = toIntervention({
      id: "alleen",
      name: "Alleen",
      indications: [
        {
          kind: "treatment",
          situations: [],
          age: { basis: "stated", from: 7, to: 11 },
          source: { document: "richtlijn", section: "Conclusies" },
        },
      ],
    });
    const small = catalogWith(catalog, [only]);
    const advice = adviseOn(small, { child: { ageYears: 3 }, need: "prevention", situations: [] });
    expect(advice.recommended).toEqual([]);
    expect(advice.nextSteps).toEqual([
      { kind: "nothing-else", text: expect.stringContaining("noemen de bronnen geen"), interventions: [] },
    ]);
  });

  it("unmet preconditions: what the richtlijn says must come first, then what applies once met", () => {
    const advice = advise({
      child: { ageYears: 5 },
      need: "prevention",
      situations: ["adoption"],
      preconditions: { safeStablePlace: "no", emotionallyAvailableCaregiver: "yes" },
    });
    expect(advice.outcome.kind).toBe("preconditions-not-met");
    expect(advice.outcome.text).toContain("veilige en stabiele plek");
    const [first, then] = advice.nextSteps;
    expect(first).toMatchObject({
      kind: "first-precondition",
      precondition: "safe-stable-place",
      source: { document: "richtlijn", section: "Conclusies" },
    });
    expect(first?.text).toContain("veilige en stabiele plek");
    expect(then?.kind).toBe("once-met");
    expect(then?.interventions.map((i) => i.id)).toEqual(advice.onceMet.map((r) => r.id));
  });

  it("recommends something: one sentence with the count, and no next steps", () => {
    const advice = advise({ child: { ageYears: 3 }, need: "prevention", situations: ["foster-care"] });
    expect(advice.outcome).toEqual({
      kind: "recommendations",
      text: `${advice.recommended.length} interventies passen bij deze vraag.`,
    });
    expect(advice.nextSteps).toEqual([]);
  });
});
