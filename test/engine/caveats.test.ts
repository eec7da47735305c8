import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import type { Advice, CaveatKind } from "../../src/engine/index.js";
import { adviseOn, catalogWith, TEST_NOW, toIntervention } from "./arbitraries.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

const richtlijn = { document: "richtlijn", section: "Conclusies", list: "Een lijst", item: 1 };
const nji = { document: "nji", section: "Preventieve interventies", item: 2 };

/** One intervention with one general preventive indication of the given age, plus extras. */
function single(age: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return toIntervention({
    id: "test",
    name: "Testinterventie",
    indications: [{ kind: "prevention", situations: [], age, source: richtlijn }],
    ...extra,
  });
}

function advise(catalog: Catalog, request: Record<string, unknown> = {}, now = TEST_NOW): Advice {
  return adviseOn(catalog, { child: { ageYears: 5 }, need: "prevention", ...request }, now);
}

function kinds(advice: Advice): CaveatKind[] {
  return advice.recommended[0]?.caveats.map((c) => c.kind) ?? [];
}

describe("caveats", () => {
  it("says when the age comes from the list's context", () => {
    const advice = advise(
      catalogWith(real, [single({ basis: "context", from: 0, to: 6, approximate: true })]),
    );
    expect(advice.recommended[0]?.ageBasis).toBe("context");
    expect(kinds(advice)).toContain("age-from-context");
    expect(kinds(advice)).not.toContain("age-approximate");
  });

  it("says when the source states no age", () => {
    const advice = advise(catalogWith(real, [single({ basis: "not-stated" })]));
    expect(advice.recommended[0]?.ageBasis).toBe("not-stated");
    expect(kinds(advice)).toContain("age-not-stated");
  });

  it("says when a stated age is approximate", () => {
    expect(
      kinds(advise(catalogWith(real, [single({ basis: "stated", from: 0, to: 6, approximate: true })]))),
    ).toContain("age-approximate");
    expect(kinds(advise(catalogWith(real, [single({ basis: "stated", from: 0, to: 6 })])))).not.toContain(
      "age-approximate",
    );
  });

  it("says which end of the age came from the context, in the content's words when it has them", () => {
    const generic = advise(
      catalogWith(real, [single({ basis: "stated", from: 0, to: 6, boundsFromContext: ["from"] })]),
    );
    expect(generic.recommended[0]?.caveats).toContainEqual(
      expect.objectContaining({
        kind: "age-bound-from-context",
        text: expect.stringContaining("ondergrens"),
      }),
    );
    const noted = advise(
      catalogWith(real, [
        single({
          basis: "stated",
          from: 0,
          to: 6,
          boundsFromContext: ["to"],
          note: { nl: "Eigen uitleg.", en: "Own words." },
        }),
      ]),
      { lang: "en" },
    );
    expect(noted.recommended[0]?.caveats).toContainEqual({
      kind: "age-bound-from-context",
      text: "Own words.",
      concerns: richtlijn,
    });
    // The content's words replace the generic sentence: the age is explained once.
    expect(noted.recommended[0]?.caveats.filter((c) => c.kind.startsWith("age-"))).toHaveLength(1);
  });

  it("carries the notes of matched indications only", () => {
    const intervention = toIntervention({
      id: "test",
      name: "Testinterventie",
      indications: [
        {
          kind: "prevention",
          situations: [],
          age: { basis: "not-stated" },
          source: richtlijn,
          note: { nl: "Past." },
        },
        {
          kind: "treatment",
          situations: [],
          age: { basis: "not-stated" },
          source: nji,
          note: { nl: "Past niet." },
        },
      ],
    });
    const texts = advise(catalogWith(real, [intervention])).recommended[0]?.caveats.map((c) => c.text);
    expect(texts).toContain("Past.");
    expect(texts).not.toContain("Past niet.");
  });

  it("carries quirks and disagreements about a matched source or the whole intervention, never scope notes", () => {
    const note = (kind: string, text: string, sources: string[]) => ({ kind, text: { nl: text }, sources });
    const intervention = single(
      { basis: "stated", from: 0, to: 6 },
      {
        notes: [
          note("quirk", "Over de richtlijn.", ["richtlijn"]),
          note("quirk", "Over het NJi.", ["nji"]),
          note("disagreement", "Over een webpagina.", ["https://example.org/pagina"]),
          note("scope", "Over de reikwijdte.", ["richtlijn"]),
        ],
      },
    );
    const caveats = advise(catalogWith(real, [intervention])).recommended[0]?.caveats ?? [];
    expect(caveats).toContainEqual({ kind: "source-quirk", text: "Over de richtlijn.", concerns: richtlijn });
    expect(caveats).toContainEqual({ kind: "source-disagreement", text: "Over een webpagina." });
    expect(caveats.map((c) => c.text)).not.toContain("Over het NJi.");
    expect(caveats.map((c) => c.text)).not.toContain("Over de reikwijdte.");
  });

  it("flags a recognition older than five years, and none younger", () => {
    const recognised = (date: string) =>
      catalogWith(real, [
        single(
          { basis: "stated", from: 0, to: 6 },
          { recognitions: [{ level: "goed-onderbouwd", date, source: "https://example.org/erkenning" }] },
        ),
      ]);
    const catalog = recognised("2017-06-30");
    expect(kinds(advise(catalog, {}, new Date("2022-06-29T00:00:00Z")))).not.toContain("recognition-stale");
    expect(kinds(advise(catalog, {}, new Date("2022-06-30T00:00:00Z")))).toContain("recognition-stale");
    expect(kinds(advise(recognised("2015")))).toContain("recognition-stale");
    expect(kinds(advise(recognised("2024-03")))).not.toContain("recognition-stale");
    const text = advise(catalog).recommended[0]?.caveats.find((c) => c.kind === "recognition-stale")?.text;
    expect(text).toContain("30-06-2017");
  });

  it("judges staleness by the latest of several recognitions", () => {
    const catalog = catalogWith(real, [
      single(
        { basis: "stated", from: 0, to: 6 },
        {
          recognitions: [
            { level: "goed-onderbouwd", date: "2014-01-01", source: "https://example.org/a" },
            { level: "effectief-eerste-aanwijzingen", date: "2025-01-01", source: "https://example.org/b" },
          ],
        },
      ),
    ]);
    expect(kinds(advise(catalog))).not.toContain("recognition-stale");
  });

  it("says when no recognition is stated", () => {
    expect(kinds(advise(catalogWith(real, [single({ basis: "stated", from: 0, to: 6 })])))).toContain(
      "recognition-not-stated",
    );
  });
});

describe("reasons", () => {
  it("give one sentence per matched indication, best first, with the source copied", () => {
    const advice = advise(real, { child: { ageYears: 4 }, situations: ["foster-care"] });
    const vipp = advice.recommended.find((r) => r.id === "vipp-sd");
    expect(vipp?.specific).toBe(true);
    expect(vipp?.matchedSituations).toEqual(["foster-care"]);
    const intervention = real.interventionById.get("vipp-sd");
    const specific = intervention?.indications.find((i) => i.situations.includes("foster-care"));
    expect(vipp?.reasons[0]?.source).toEqual(specific?.source);
    expect(vipp?.reasons[0]?.text).toMatch(/^De richtlijn noemt VIPP-SD als preventie bij .*pleegkind/);
    expect(vipp?.reasons.some((r) => r.text.includes("plaats 1"))).toBe(true);
  });

  it("say on which side of the age range the child is, without repeating the child's age", () => {
    const why = (id: string, request: Record<string, unknown>) =>
      advise(real, request)
        .notSuitable.find((n) => n.id === id)
        ?.reasons.map((r) => r.text);
    expect(
      why("differentiatietherapie", { child: { ageYears: 3 }, need: "treatment", situations: [] }),
    ).toEqual([
      'Volgens de richtlijn is Differentiatietherapie voor 7 tot en met 11 jaar (in de bron: "tot 12 jaar"; dit kind is jonger).',
    ]);
    expect(
      why("differentiatietherapie", { child: { ageYears: 14 }, need: "treatment", situations: [] }),
    ).toEqual([
      'Volgens de richtlijn is Differentiatietherapie voor 7 tot en met 11 jaar (in de bron: "tot 12 jaar"; dit kind is ouder).',
    ]);
    const voorzorg = why("voorzorg", { child: { pregnancyWeek: 20 }, need: "prevention", situations: [] });
    expect(
      voorzorg?.some((text) =>
        text.includes("pas vanaf week 28 van de zwangerschap (de zwangerschap is nog niet zo ver)"),
      ),
    ).toBe(true);
    // The sentence names the side, not the age: every child on the same side reads the same.
    const at3 = advise(real, { child: { ageYears: 3 }, need: "treatment", situations: [] });
    const at5 = advise(real, { child: { ageYears: 5 }, need: "treatment", situations: [] });
    const reasonOf = (advice: typeof at3) =>
      advice.notSuitable.find((n) => n.id === "fasetherapie")?.reasons[0]?.text;
    expect(reasonOf(at3)).toBe(reasonOf(at5));
    expect(reasonOf(at3)).not.toMatch(/\b[35] jaar/);
  });

  it("explain in the request's language why an intervention does not fit", () => {
    const why = (lang: string, request: Record<string, unknown>) =>
      advise(real, { ...request, lang }).notSuitable.find((n) => n.id === "pipa")?.reasons[0]?.text;
    expect(why("nl", { child: { ageYears: 5 }, situations: ["foster-care"] })).toBe(
      "Volgens de richtlijn is PIPA voor 0 tot en met 4 jaar (dit kind is ouder).",
    );
    expect(why("en", { child: { ageYears: 5 }, situations: ["foster-care"] })).toBe(
      "According to the guideline, PIPA is for 0 to 4 years (this child is older).",
    );
    expect(why("nl", { child: { ageYears: 3 }, situations: [] })).toContain("die situatie");
    expect(why("nl", { child: { ageYears: 3 }, need: "treatment", situations: ["adoption"] })).toContain(
      "bedoeld als preventie (gevraagd is behandeling)",
    );
  });

  it("quote the source's wording where the range alone would mislead", () => {
    const why = advise(real, { child: { ageYears: 16 }, need: "treatment" }).notSuitable.find(
      (n) => n.id === "fasetherapie",
    );
    expect(why?.reasons[0]?.text).toContain('"tot 16 jaar"');
  });

  it("always carry every harmful practice as a warning, in the request's language", () => {
    for (const lang of ["nl", "en"]) {
      const warnings = advise(real, { lang }).warnings;
      expect(warnings.map((w) => w.id)).toEqual([
        "dwang",
        "therapeutisch-vasthouden",
        "holding",
        "rebirthing",
      ]);
      for (const warning of warnings) expect(warning.text.length).toBeGreaterThan(20);
    }
    expect(advise(real, { lang: "en" }).warnings[0]?.name).toBe("Attachment through coercion");
  });

  it("add a notice naming the preconditions still to verify", () => {
    const advice = advise(real, { preconditions: { emotionallyAvailableCaregiver: "yes" } });
    expect(advice.unverifiedPreconditions).toEqual(["safe-stable-place"]);
    expect(advice.notices).toEqual([
      { kind: "preconditions-unverified", text: expect.stringContaining("veilige en stabiele plek") },
    ]);
    const confirmed = advise(real, {
      preconditions: { emotionallyAvailableCaregiver: "yes", safeStablePlace: "yes" },
    });
    expect(confirmed.notices).toEqual([]);
    expect(confirmed.unverifiedPreconditions).toEqual([]);
  });
});
