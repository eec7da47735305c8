import { describe, expect, it } from "vitest";
import type { Indication, Intervention } from "../../src/domain/types.js";
import { noteApplies } from "../../src/engine/caveats.js";

/** Decision 070: the one rule for which of an intervention's notes a match shows. */

type Note = Intervention["notes"][number];

const riskList = { document: "richtlijn", section: "Conclusies", list: "Risicogroepen", item: 4 };
const treatmentList = { document: "richtlijn", section: "Conclusies", list: "Behandeling", item: 2 };
const njiItem = { document: "nji", section: "Preventieve interventies", item: 3 };

function matched(...sources: Indication["source"][]): Indication[] {
  return sources.map((source) => ({
    kind: "prevention",
    situations: [],
    age: { basis: "not-stated" },
    ...(source ? { source } : {}),
  }));
}

function note(kind: Note["kind"], extra: Partial<Note> = {}): Note {
  return { kind, text: { nl: "Een notitie." }, sources: ["richtlijn"], ...extra };
}

describe("noteApplies", () => {
  it("shows a disagreement whichever source's indication matched, about the whole intervention", () => {
    expect(noteApplies(note("disagreement"), matched(njiItem))).toEqual({});
    expect(noteApplies(note("disagreement"), matched(riskList))).toEqual({});
  });

  it("never shows a scope note as a caveat", () => {
    expect(noteApplies(note("scope"), matched(riskList))).toBeUndefined();
  });

  it("shows a quirk only when an indication from the place it is about matched, and names that one", () => {
    const aboutTheList = note("quirk", { about: [{ document: "richtlijn", list: "Behandeling" }] });
    expect(noteApplies(aboutTheList, matched(riskList))).toBeUndefined();
    expect(noteApplies(aboutTheList, matched(riskList, treatmentList))).toEqual({ concerns: treatmentList });
    const aboutOneItem = note("quirk", { about: [{ document: "richtlijn", list: "Behandeling", item: 3 }] });
    expect(noteApplies(aboutOneItem, matched(treatmentList))).toBeUndefined();
  });

  it("without `about`, shows a quirk when an indication from a document it names matched", () => {
    expect(noteApplies(note("quirk", { sources: ["nji"] }), matched(riskList))).toBeUndefined();
    expect(noteApplies(note("quirk", { sources: ["nji"] }), matched(riskList, njiItem))).toEqual({
      concerns: njiItem,
    });
  });
});
