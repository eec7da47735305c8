import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { ageEnds, startsInPregnancy } from "../../src/domain/age.js";
import type { Catalog, Indication } from "../../src/domain/types.js";

/**
 * Every indication, read independently from the two source texts (richtlijn,
 * Conclusies; NJi, Erkende interventies bij hechtingsproblemen). A YAML edit that
 * changes whom an intervention is for must change this table too.
 *
 * Compact form: kind, situations, age, databank rank, source.
 *   age: [from, to, basis of from, basis of to] (DOMAIN.md: each end has its own basis);
 *   from is "week N" or "pregnancy" (week not stated) for an age that starts in pregnancy;
 *   source: "richtlijn/<section>/<list>#item" or "nji/<section>#item".
 */
type Basis = Indication["age"]["basis"];
type Age = readonly [number | string | undefined, number | undefined, Basis, Basis];
type Row = readonly [Indication["kind"], readonly string[], Age, number | undefined, string];

const GENERAL_PREVENTION = "richtlijn/Conclusies/Erkende preventieve interventies";
const RISK_GROUPS = "richtlijn/Conclusies/Preventieve interventies voor specifieke risicogroepen";
const TREATMENT = "richtlijn/Conclusies/Behandeling bij kinderen ouder dan zeven jaar";
const NJI_PREVENTION = "nji/Preventieve interventies";
const NJI_TREATMENT = "nji/Behandeling van hechtingsproblemen";
const NONE = [undefined, undefined, "not-stated", "not-stated"] as const;

const EXPECTED: Record<string, readonly Row[]> = {
  // "VIPP-SD (0-6 jaar)", first in the ranking; risk groups: adoption/foster (0-6) and severe
  // parenting problems (no own age: the list's "tot ongeveer zeven jaar").
  "vipp-sd": [
    ["prevention", [], [0, 6, "stated", "stated"], 1, `${GENERAL_PREVENTION}#1`],
    ["prevention", ["adoption", "foster-care"], [0, 6, "stated", "stated"], undefined, `${RISK_GROUPS}#1`],
    [
      "prevention",
      ["severe-parenting-problems"],
      [0, 6, "context", "context"],
      undefined,
      `${RISK_GROUPS}#1`,
    ],
  ],
  // Three roles in the guideline (2-12 each time) and a treatment in the NJi list without an age.
  "basic-trust": [
    ["prevention", [], [2, 12, "stated", "stated"], 2, `${GENERAL_PREVENTION}#2`],
    ["prevention", ["adoption", "foster-care"], [2, 12, "stated", "stated"], undefined, `${RISK_GROUPS}#2`],
    ["treatment", ["adoption", "foster-care"], [2, 12, "stated", "stated"], undefined, `${TREATMENT}#1`],
    ["treatment", ["behavioural-emotional-problems"], NONE, undefined, `${NJI_TREATMENT}#3`],
  ],
  "k-vht": [["prevention", [], [0, 4, "stated", "stated"], 3, `${GENERAL_PREVENTION}#3`]],
  // No age of its own: "tot ongeveer zeven jaar" means up to and including 6.
  "shantala-babymassage": [["prevention", [], [0, 6, "context", "context"], 4, `${GENERAL_PREVENTION}#4`]],
  // "in het eerste jaar na de bevalling" is age 0; the NJi's "met een jong kind" is read through
  // the guideline's own "jonge kinderen (tot ongeveer zeven jaar)" (DOMAIN.md), as context.
  "ouder-baby-interventie": [
    ["prevention", ["maternal-depression"], [0, 0, "stated", "stated"], undefined, `${RISK_GROUPS}#3`],
    ["prevention", ["maternal-depression"], [0, 6, "context", "context"], undefined, `${NJI_PREVENTION}#4`],
  ],
  // "vanaf 28 weken zwangerschap"; the end comes from the list ("tot ongeveer zeven jaar").
  // The NJi's "jonge (aanstaande) moeders": starts in pregnancy, week and end not stated.
  voorzorg: [
    [
      "prevention",
      ["teenage-single-mother"],
      ["week 28", 6, "stated", "context"],
      undefined,
      `${RISK_GROUPS}#4`,
    ],
    [
      "prevention",
      ["teenage-single-mother"],
      ["pregnancy", undefined, "stated", "not-stated"],
      undefined,
      `${NJI_PREVENTION}#3`,
    ],
  ],
  pcit: [
    ["prevention", ["severe-behaviour-problems"], [2, 8, "stated", "stated"], undefined, `${RISK_GROUPS}#5`],
  ],
  pipa: [
    ["prevention", ["adoption", "foster-care"], [0, 4, "stated", "stated"], undefined, `${RISK_GROUPS}#6`],
  ],
  nika: [
    [
      "prevention",
      ["disorganised-attachment-risk"],
      [0, 6, "stated", "stated"],
      undefined,
      `${RISK_GROUPS}#7`,
    ],
    ["prevention", ["disorganised-attachment-risk"], NONE, undefined, `${NJI_PREVENTION}#5`],
    ["treatment", ["disorganised-attachment-risk"], NONE, undefined, `${NJI_TREATMENT}#2`],
  ],
  // In the risk-group list, but without a risk group: general.
  "mbt-k": [["prevention", [], [5, 12, "stated", "stated"], undefined, `${RISK_GROUPS}#8`]],
  // "vier tot twaalf jaar" (basisschoolleeftijd): both ends included.
  "video-hometraining": [["treatment", [], [4, 12, "stated", "stated"], undefined, `${TREATMENT}#2`]],
  // "tot 18 jaar": below 18; the start comes from the list heading ("ouder dan zeven jaar").
  itgg: [["treatment", ["multiple-disabilities"], [7, 17, "context", "stated"], undefined, `${TREATMENT}#3`]],
  "sherborne-samenspel": [
    ["treatment", ["adoption", "foster-care"], [0, 12, "stated", "stated"], undefined, `${TREATMENT}#4`],
  ],
  // Only a name: the list heading gives "older than seven", no upper limit.
  theraplay: [["treatment", [], [7, undefined, "context", "not-stated"], undefined, `${TREATMENT}#5`]],
  // One list item for both: "Differentiatie- (tot 12 jaar) en Fasetherapie (voor jongeren tot 16 jaar)".
  differentiatietherapie: [["treatment", [], [7, 11, "context", "stated"], undefined, `${TREATMENT}#6`]],
  fasetherapie: [["treatment", [], [7, 15, "context", "stated"], undefined, `${TREATMENT}#6`]],
  ddp: [
    ["treatment", ["adoption", "foster-care"], [7, 17, "context", "stated"], undefined, `${TREATMENT}#7`],
  ],
  // "tussen 13 en 18 jaar": both ends included.
  "mbt-a": [["treatment", [], [13, 18, "stated", "stated"], undefined, `${TREATMENT}#8`]],
  "tijd-voor-toontje": [
    ["prevention", ["domestic-violence-shelter"], NONE, undefined, `${NJI_PREVENTION}#1`],
    ["treatment", ["domestic-violence-shelter"], NONE, undefined, `${NJI_TREATMENT}#1`],
  ],
};

/** The loaded indication in the same shape as a row, so a mismatch shows both side by side. */
function loadedRow(indication: Indication): Row {
  const { age, source } = indication;
  const place = source
    ? `${[source.document, source.section, source.list].filter(Boolean).join("/")}#${source.item}`
    : "no source";
  const { from, to } = ageEnds(age);
  const start =
    from.basis === "not-stated"
      ? undefined
      : from.inPregnancy
        ? from.pregnancyWeek !== undefined
          ? `week ${from.pregnancyWeek}`
          : "pregnancy"
        : from.years;
  const end = to.basis === "not-stated" ? undefined : to.years;
  const rowAge: Age = [start, end, from.basis, to.basis];
  return [indication.kind, [...indication.situations].sort(), rowAge, indication.databankRank, place];
}

const canonical = (rows: readonly Row[]) => rows.map((row) => JSON.stringify(row)).sort();

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe("indications as the sources state them", () => {
  it("covers every intervention in the catalog", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(catalog.interventions.map((i) => i.id).sort());
  });

  it.each(Object.entries(EXPECTED))("%s", (id, expected) => {
    const loaded = catalog.interventionById.get(id)?.indications ?? [];
    expect(canonical(loaded.map(loadedRow))).toEqual(canonical(expected));
  });

  it("marks the ages that come from a list's loose wording as approximate", () => {
    const approximate = catalog.interventions.flatMap((i) =>
      i.indications.filter((x) => x.age.approximate).map((x) => `${i.id}#${x.source?.item}`),
    );
    // Shantala (general list), VIPP-SD for severe parenting problems and VoorZorg's end (risk-group
    // list), and the NJi's "jong kind" for the Ouder-baby interventie.
    expect(approximate.sort()).toEqual([
      "ouder-baby-interventie#4",
      "shantala-babymassage#4",
      "vipp-sd#1",
      "voorzorg#4",
    ]);
  });

  it("starts only VoorZorg before birth", () => {
    const prenatal = catalog.interventions.filter((i) => i.indications.some((x) => startsInPregnancy(x.age)));
    expect(prenatal.map((i) => i.id)).toEqual(["voorzorg"]);
  });

  it("ranks exactly the four general preventive interventions, 1 to 4, as the guideline orders them", () => {
    const ranked = catalog.interventions.flatMap((i) =>
      i.indications
        .filter((x) => x.databankRank !== undefined)
        .map((x) => [x.databankRank, i.id, x.situations.length]),
    );
    expect(ranked.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, "vipp-sd", 0],
      [2, "basic-trust", 0],
      [3, "k-vht", 0],
      [4, "shantala-babymassage", 0],
    ]);
  });
});
