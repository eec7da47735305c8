import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog, Indication, Intervention } from "../../src/domain/types.js";
import { RECOGNITION_LEVELS } from "../../src/domain/vocabulary.js";
import { engineTexts } from "../../src/engine/texts.js";

// The identifiers DOMAIN.md fixes. URLs, the API and other tests rely on them.
const INTERVENTION_IDS = [
  "vipp-sd",
  "basic-trust",
  "k-vht",
  "shantala-babymassage",
  "ouder-baby-interventie",
  "voorzorg",
  "pcit",
  "pipa",
  "nika",
  "mbt-k",
  "video-hometraining",
  "itgg",
  "sherborne-samenspel",
  "theraplay",
  "differentiatietherapie",
  "fasetherapie",
  "ddp",
  "mbt-a",
  "tijd-voor-toontje",
];
const HARMFUL_PRACTICE_IDS = ["dwang", "therapeutisch-vasthouden", "holding", "rebirthing"];
const SITUATION_CODES = [
  "foster-care",
  "adoption",
  "severe-parenting-problems",
  "maternal-depression",
  "teenage-single-mother",
  "severe-behaviour-problems",
  "disorganised-attachment-risk",
  "multiple-disabilities",
  "domestic-violence-shelter",
  "behavioural-emotional-problems",
];
const PRECONDITIONS = [
  { id: "emotionally-available-caregiver", requestKey: "emotionallyAvailableCaregiver" },
  { id: "safe-stable-place", requestKey: "safeStablePlace" },
];

const sorted = (values: Iterable<string>) => [...values].sort();

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const intervention = (id: string): Intervention => {
  const found = catalog.interventionById.get(id);
  if (!found) throw new Error(`intervention ${id} is not in the catalog`);
  return found;
};

describe("the shipped knowledge base", () => {
  it("holds exactly the interventions DOMAIN.md names", () => {
    expect(sorted(catalog.interventions.map((i) => i.id))).toEqual(sorted(INTERVENTION_IDS));
  });

  it("holds exactly the harmful practices DOMAIN.md names", () => {
    expect(sorted(catalog.harmfulPractices.map((h) => h.id))).toEqual(sorted(HARMFUL_PRACTICE_IDS));
  });

  it("holds exactly the situation codes DOMAIN.md names", () => {
    expect(sorted(catalog.situations.map((s) => s.code))).toEqual(sorted(SITUATION_CODES));
  });

  it("holds exactly the two preconditions, with the request keys of the advice API", () => {
    expect(catalog.preconditions.map((p) => ({ id: p.id, requestKey: p.requestKey }))).toEqual(PRECONDITIONS);
  });

  it("describes the two primary source documents", () => {
    expect(sorted(catalog.sources.map((s) => s.id))).toEqual(["nji", "richtlijn"]);
  });
});

describe("sources of every statement", () => {
  it("gives every indication, listing, precondition and harmful practice a source document that exists", () => {
    const refs = [
      ...catalog.interventions.flatMap((i) => [
        ...i.indications.map((x) => ({ where: `${i.id} indication`, source: x.source })),
        ...i.listings.map((x) => ({ where: `${i.id} listing`, source: x.source })),
      ]),
      ...catalog.preconditions.map((p) => ({ where: p.id, source: p.source })),
      ...catalog.harmfulPractices.map((h) => ({ where: h.id, source: h.source })),
    ];
    const missing = refs.filter((r) => !r.source || !catalog.sourceById.has(r.source.document));
    expect(missing.map((r) => r.where)).toEqual([]);
    // Every citation names a section, so a reader can find the statement.
    expect(refs.every((r) => (r.source?.section ?? "").length > 0)).toBe(true);
  });

  it("names only known documents or web addresses as the sources of a note", () => {
    const bad = catalog.interventions.flatMap((i) =>
      i.notes.flatMap((n) => n.sources.filter((s) => !catalog.sourceById.has(s) && !/^https?:\/\//.test(s))),
    );
    expect(bad).toEqual([]);
  });
});

describe("sources of the summaries", () => {
  it("gives every summary the sources it rests on, among them each document its indications cite", () => {
    for (const intervention of catalog.interventions) {
      const sources = intervention.summary.sources ?? [];
      const documents = new Set(intervention.indications.map((i) => i.source?.document));
      for (const document of documents) expect(sources, intervention.id).toContain(document);
    }
  });

  it("cites a secondary page in a summary only where a fact, recognition or note of it does", () => {
    for (const intervention of catalog.interventions) {
      const cited = new Set([
        ...intervention.facts.map((f) => f.source),
        ...intervention.recognitions.map((r) => r.source),
        ...intervention.notes.flatMap((n) => n.sources),
      ]);
      const addresses = (intervention.summary.sources ?? []).filter((s) => /^https?:/.test(s));
      for (const address of addresses)
        expect(cited.has(address), `${intervention.id}: ${address}`).toBe(true);
    }
  });

  it("marks as own description what retells a secondary fact that has no address (secondary-facts.md '—')", () => {
    // Sherborne "movement-based ... after adoption or foster placement", Theraplay "play
    // therapy with parent and child", Differentiatietherapie and Fasetherapie "not in the
    // Databank", PIPA "not found beyond the guideline's line".
    for (const id of ["sherborne-samenspel", "theraplay", "differentiatietherapie", "fasetherapie", "pipa"]) {
      const own = catalog.interventionById.get(id)?.summary.ownDescription;
      expect(own?.nl, id).toBeDefined();
      expect(own?.en, id).toBeDefined();
    }
  });

  it("names a recognition level in English only by its one name", () => {
    const english = catalog.interventions.flatMap((i) => [
      i.summary.professionals.en ?? "",
      i.summary.policymakers.en ?? "",
      ...i.facts.map((f) => f.text.en ?? ""),
      ...i.notes.map((n) => n.text.en ?? ""),
      ...i.recognitions.map((r) => r.note?.en ?? ""),
    ]);
    const names = RECOGNITION_LEVELS.map((level) => engineTexts("en").recognitionLevel(level).toLowerCase());
    for (const text of english) {
      for (const phrase of text.toLowerCase().match(/effective according to \w+ \w+/g) ?? []) {
        expect(names, text).toContain(phrase);
      }
    }
  });
});

describe("descriptions", () => {
  it("gives every intervention a summary for professionals and for policymakers in Dutch and English", () => {
    for (const i of catalog.interventions) {
      for (const text of [i.summary.professionals, i.summary.policymakers]) {
        expect(text.nl.length, `${i.id} nl`).toBeGreaterThan(40);
        expect(text.en?.length ?? 0, `${i.id} en`).toBeGreaterThan(40);
      }
    }
  });

  it("gives every note, fact and recognition note an English text", () => {
    const texts = catalog.interventions.flatMap((i) => [
      ...i.notes.map((n) => n.text),
      ...i.facts.map((f) => f.text),
      ...i.recognitions.flatMap((r) => (r.note ? [r.note] : [])),
    ]);
    expect(texts.filter((t) => !t.en)).toEqual([]);
  });

  it("says where the sources are silent instead of leaving PIPA without a description", () => {
    const pipa = intervention("pipa");
    expect(pipa.fullName).toBeNull();
    expect(pipa.inDatabank).toBeNull();
    expect(pipa.recognitions).toEqual([]);
    expect(pipa.summary.professionals.nl).toContain("niet vermeld in de bron");
    expect(pipa.summary.professionals.en).toContain("not stated in the source");
  });

  it("keeps full names as the sources write them", () => {
    const fullNames = Object.fromEntries(catalog.interventions.map((i) => [i.id, i.fullName]));
    expect(fullNames).toMatchObject({
      "vipp-sd": "Video-feedback Intervention to promote Positive Parenting and Sensitive Discipline",
      "k-vht": "Kortdurende Video-hometraining in gezinnen met jonge kinderen",
      itgg: "Integratieve Therapie voor Gehechtheid en Gedrag",
      ddp: "Dyadic Developmental Psychotherapy",
      "mbt-k": "Mentalization Based Treatment voor kinderen",
      "mbt-a": "Mentalization-Based Treatment-Adolescent",
      nika: "Nederlandse Interventie Kortdurend op Atypisch opvoedgedrag",
      pcit: "Parent-Child Interaction Therapy",
      pipa: null,
    });
  });

  it("lets the search find Basic Trust under the guideline's spelling", () => {
    expect(intervention("basic-trust").name).toBe("Basic Trust-methode");
    expect(intervention("basic-trust").aliases).toContain("Basic Trustmethode");
  });
});

describe("Databank status", () => {
  const NOT_IN_DATABANK = [
    "mbt-k",
    "mbt-a",
    "sherborne-samenspel",
    "theraplay",
    "differentiatietherapie",
    "fasetherapie",
    "ddp",
  ];

  it("marks the interventions the secondary facts place outside the Databank, and PIPA as unknown", () => {
    for (const i of catalog.interventions) {
      const expected = NOT_IN_DATABANK.includes(i.id) ? false : i.id === "pipa" ? null : true;
      expect(i.inDatabank, i.id).toBe(expected);
    }
  });

  it("states no Databank recognition for an intervention outside the Databank", () => {
    const contradicting = catalog.interventions.filter(
      (i) => i.inDatabank !== true && i.recognitions.length > 0,
    );
    expect(contradicting.map((i) => i.id)).toEqual([]);
  });

  it.each([
    ["ouder-baby-interventie", ["effectief-eerste-aanwijzingen", "effectief-goede-aanwijzingen"]],
    ["pcit", ["effectief-eerste-aanwijzingen", "effectief-goede-aanwijzingen"]],
    ["itgg", ["effectief-eerste-aanwijzingen", "goed-onderbouwd"]],
  ])(
    "keeps every recognition level the sources give for %s, and a note about the disagreement",
    (id, levels) => {
      const i = intervention(id);
      expect(sorted(i.recognitions.map((r) => r.level))).toEqual(levels);
      const disagreement = i.notes.find((n) => n.kind === "disagreement");
      expect(disagreement?.sources.length ?? 0).toBeGreaterThanOrEqual(2);
    },
  );

  it("keeps the different Basic Trust ages visible", () => {
    const bt = intervention("basic-trust");
    expect(bt.recognitions.map((r) => r.ages)).toEqual(["2-12 jaar", "2-17 jaar"]);
    const disagreement = bt.notes.find((n) => n.kind === "disagreement");
    for (const age of ["2-12", "2-17", "0-18"]) expect(disagreement?.text.nl).toContain(age);
  });
});

describe("source quirks are recorded on the interventions concerned", () => {
  const quirks = (i: Intervention) => i.notes.filter((n) => n.kind === "quirk");
  const RISK_GROUP_LIST = "Preventieve interventies voor specifieke risicogroepen";

  it('records the "twaalf zeven" typo exactly where that list\'s context age is used', () => {
    const usesListAge = (x: Indication) =>
      x.source?.list === RISK_GROUP_LIST &&
      (x.age.basis === "context" || (x.age.boundsFromContext ?? []).length > 0);
    const withTypo = (x: Indication) => x.age.note?.nl.includes("twaalf zeven") === true;
    const all = catalog.interventions.flatMap((i) => i.indications.map((x) => ({ id: i.id, x })));
    expect(all.filter(({ x }) => usesListAge(x)).map(({ id }) => id)).toEqual(["vipp-sd", "voorzorg"]);
    for (const { id, x } of all) expect(withTypo(x), id).toBe(usesListAge(x));
    // Not repeated as a note on the whole intervention, where it would reach every match.
    for (const i of catalog.interventions) {
      expect(
        i.notes.some((n) => n.text.nl.includes("twaalf zeven")),
        i.id,
      ).toBe(false);
    }
  });

  it("records that the NJi lists NIKA and Tijd voor Toontje under prevention and treatment", () => {
    for (const id of ["nika", "tijd-voor-toontje"]) {
      const kinds = new Set(
        intervention(id)
          .indications.filter((x) => x.source?.document === "nji")
          .map((x) => x.kind),
      );
      expect(kinds, id).toEqual(new Set(["prevention", "treatment"]));
      expect(
        quirks(intervention(id)).some((n) => n.sources.includes("nji")),
        id,
      ).toBe(true);
    }
  });

  it("records that the sources give Basic Trust's treatment another group and other ages", () => {
    const disagreement = intervention("basic-trust").notes.find((n) => n.kind === "disagreement");
    expect(disagreement?.sources).toEqual(expect.arrayContaining(["richtlijn", "nji"]));
    expect(disagreement?.text.nl).toContain("adoptie- en pleegkinderen van 2-12 jaar");
    expect(disagreement?.text.nl).toContain("gedrags- of emotionele problemen");
  });

  it("records that MBT-K sits in the risk-group list without a risk group", () => {
    const mbtk = intervention("mbt-k");
    expect(
      mbtk.indications.some((x) => x.source?.list === RISK_GROUP_LIST && x.situations.length === 0),
    ).toBe(true);
    expect(quirks(mbtk).some((n) => n.text.nl.includes("zonder risicogroep"))).toBe(true);
  });

  it.each(["shantala-babymassage", "theraplay", "tijd-voor-toontje"])(
    "records that %s has no age of its own in the primary sources",
    (id) => {
      const i = intervention(id);
      expect(i.indications.every((x) => x.age.basis !== "stated")).toBe(true);
      // An age borrowed from a list says where from in its own note; a not-stated one is said
      // by the advice itself ("noemt geen leeftijd"), so it needs none.
      for (const x of i.indications.filter((x) => x.age.basis === "context")) {
        expect(x.age.note?.nl).toMatch(/noemt voor \S+ geen eigen leeftijd/);
      }
    },
  );
});

describe("related interventions", () => {
  it("link both ways and never to themselves", () => {
    for (const i of catalog.interventions) {
      expect(i.related, i.id).not.toContain(i.id);
      for (const other of i.related)
        expect(intervention(other).related, `${other} → ${i.id}`).toContain(i.id);
    }
  });

  it("join the video-feedback family, the two MBT forms and the two therapies the guideline names together", () => {
    expect(sorted(intervention("vipp-sd").related)).toEqual(["k-vht", "video-hometraining"]);
    expect(intervention("mbt-k").related).toEqual(["mbt-a"]);
    expect(intervention("differentiatietherapie").related).toEqual(["fasetherapie"]);
  });
});
