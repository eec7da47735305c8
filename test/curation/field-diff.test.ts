import { beforeAll, describe, expect, it } from "vitest";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import { fieldChanges, fieldPathLabel, readableValue } from "../../src/curation/field-diff.js";
import { messages } from "../../src/domain/messages/index.js";
import type { ContentBundle, Intervention } from "../../src/domain/types.js";

let shipped: ContentBundle;
beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok) throw new Error("the shipped content does not validate");
  shipped = result.bundle;
});

type Editable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? Editable<E>[] : T[K] };

/** A shipped intervention as a copy the test may change. */
function intervention(id: string): Editable<Intervention> {
  const found = shipped.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id} in the shipped content`);
  return structuredClone(found) as Editable<Intervention>;
}

/** No change is ever shown as JSON: no braces, brackets or quoted keys. */
function expectReadable(text: string | undefined): void {
  expect(text).toBeDefined();
  expect(text).not.toMatch(/[{}[\]]|"\w+":/);
}

describe("fieldChanges", () => {
  it("gives PIPA's changed summary and one indication's age as two changes, in the item's order", () => {
    const before = intervention("pipa");
    const after = intervention("pipa");
    after.summary.professionals.nl = "Een nieuwe samenvatting.";
    const age = after.indications[0]?.age;
    if (!age) throw new Error("PIPA's indication states an age");
    age.from = 1;

    const changes = fieldChanges(before, after, "nl");
    expect(changes).toEqual([
      {
        path: ["summary", "professionals", "nl"],
        before: before.summary.professionals.nl,
        after: "Een nieuwe samenvatting.",
      },
      { path: ["indications", 0, "age", "from"], before: "0", after: "1" },
    ]);
    expect(changes.map((change) => fieldPathLabel(change.path, "nl"))).toEqual([
      "Samenvatting › Voor professionals › Nederlands",
      "Indicaties › 1 › Leeftijd › Vanaf (jaar)",
    ]);
  });

  it("shows a recognition added at the end as one change for the whole recognition, in words", () => {
    const before = intervention("basic-trust");
    const after = intervention("basic-trust");
    after.recognitions.push({
      level: "effectief-goede-aanwijzingen",
      date: "2026-01-15",
      ages: "2-12 jaar",
      source: "https://www.nji.nl/interventies/basic-trustmethode",
    });

    const changes = fieldChanges(before, after, "nl");
    expect(changes).toHaveLength(1);
    const [added] = changes;
    expect(added?.path).toEqual(["recognitions", before.recognitions.length]);
    expect(added?.before).toBeUndefined();
    expect(added?.after).toBe(
      "Niveau: effectief-goede-aanwijzingen; Datum: 2026-01-15; Leeftijden volgens de bron: 2-12 jaar; Bron: https://www.nji.nl/interventies/basic-trustmethode",
    );
    expect(fieldPathLabel(added?.path ?? [], "nl")).toBe("Erkenningen › 3");
  });

  it("shows a removed note as one change with only its old text", () => {
    const before = intervention("pipa");
    const after = intervention("pipa");
    after.notes = [];

    const [removed, ...rest] = fieldChanges(before, after, "en");
    expect(rest).toEqual([]);
    expect(removed?.path).toEqual(["notes", 0]);
    expect(removed?.after).toBeUndefined();
    expectReadable(removed?.before);
    expect(removed?.before).toContain("Text (Dutch: Buiten de ene regel in de richtlijn");
    expect(removed?.before).toContain("Sources: richtlijn");
  });

  it("shows a new intervention field by field, every change without a 'before'", () => {
    const pipa = intervention("pipa");
    const changes = fieldChanges(undefined, pipa, "nl");
    expect(changes.slice(0, 3)).toEqual([
      { path: ["id"], after: "pipa" },
      { path: ["name"], after: "PIPA" },
      { path: ["abbreviation"], after: "PIPA" },
    ]);
    expect(changes.map((change) => change.path[0])).toEqual(Object.keys(pipa));
    for (const change of changes) {
      expect(change.before).toBeUndefined();
      expectReadable(change.after);
    }
    // Not known is not the same as no: the Databank question is open for PIPA.
    expect(changes.find((change) => change.path[0] === "inDatabank")?.after).toBe("onbekend");
  });

  it("shows a removed intervention field by field, every change without an 'after'", () => {
    const changes = fieldChanges(intervention("pipa"), undefined, "nl");
    expect(changes.length).toBeGreaterThan(5);
    expect(changes.every((change) => change.after === undefined && change.before !== undefined)).toBe(true);
  });

  it("gives nothing for two equal versions, whatever the order of their fields", () => {
    const pipa = intervention("pipa");
    const reordered = Object.fromEntries(Object.entries(pipa).reverse());
    expect(fieldChanges(pipa, reordered, "nl")).toEqual([]);
  });

  it("puts a field only the old version has where it stood, between its neighbours", () => {
    expect(
      fieldChanges({ name: "a", fullName: "b", inDatabank: true }, { name: "a", inDatabank: false }, "nl"),
    ).toEqual([
      { path: ["fullName"], before: "b" },
      { path: ["inDatabank"], before: "ja", after: "nee" },
    ]);
  });

  it("compares the synonym list group by group and word by word", () => {
    const before = shipped.synonyms;
    const after = [...before.slice(0, 1).map((group) => [...group, "extra"]), ...before.slice(1)];
    const first = before[0] ?? [];
    expect(fieldChanges(before, after, "nl")).toEqual([{ path: [0, first.length], after: "extra" }]);
  });
});

describe("fieldPathLabel", () => {
  it("words a path with the /beheer field labels and positions from 1, in both languages", () => {
    const path = ["indications", 1, "age", "from"];
    expect(fieldPathLabel(path, "nl")).toBe("Indicaties › 2 › Leeftijd › Vanaf (jaar)");
    const en = messages("en").beheer.fields;
    expect(fieldPathLabel(path, "en")).toBe(`${en.indications} › 2 › ${en.age} › ${en.from}`);
    expect(fieldPathLabel([], "nl")).toBe("Het hele item");
  });
});

describe("readableValue", () => {
  it("joins a list of words with commas and says an empty one is empty", () => {
    expect(readableValue(["pleegzorg", "adoptie"], "nl")).toBe("pleegzorg, adoptie");
    expect(readableValue([], "en")).toBe("(empty)");
  });
});
