import { describe, expect, it } from "vitest";
import { ids, search } from "./helpers.js";

describe("words that match nothing are named, with the keuzehulp as a way on", () => {
  it("a query that finds nothing says so, names the query and suggests the keuzehulp", async () => {
    const result = await search({ q: "xylofoonles" });
    expect(result.items).toEqual([]);
    expect(result.unmatchedTerms).toEqual(["xylofoonles"]);
    expect(result.notice?.text).toBe("Geen interventies gevonden voor “xylofoonles”.");
    expect(result.notice?.suggestion).toContain("keuzehulp");
    expect(result.notice?.href).toBe("/keuzehulp");
  });

  it("names the words that found nothing while the others still find interventions", async () => {
    const result = await search({ q: "theraplay xylofoonles fietsles" });
    expect(ids(result)[0]).toBe("theraplay");
    expect(result.unmatchedTerms).toEqual(["xylofoonles", "fietsles"]);
    expect(result.notice?.text).toContain("“xylofoonles” en “fietsles”");
    expect(result.notice?.href).toBe("/keuzehulp");
  });

  it("says it in English, with the English keuzehulp", async () => {
    const result = await search({ q: "xylofoonles", lang: "en" });
    expect(result.notice?.text).toBe("No interventions found for “xylofoonles”.");
    expect(result.notice?.href).toBe("/en/keuzehulp");
  });

  it.each([
    "pleegzorg",
    "theraply", // a typo that is forgiven
    "kind van 3 jaar in een pleeggezin", // stop words and an age
    "video hometraining",
    "handicap", // a risk group's word, understood even where no text has it
    "zwanger",
    "thera", // the start of a name, while typing
  ])("names no word for %s, whose words all found something", async (q) => {
    const result = await search({ q });
    expect(result.total).toBeGreaterThan(0);
    expect(result.unmatchedTerms).toEqual([]);
    expect(result.notice).toBeUndefined();
  });

  it("does not count the words of a harmful practice as unmatched: they lead to the warning", async () => {
    const result = await search({ q: "holding therapie" });
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.unmatchedTerms).toEqual([]);
  });

  it("gives no notice without query text, even when the filters leave nothing", async () => {
    const result = await search({ need: "treatment", age: 0, situation: ["teenage-single-mother"] });
    expect(result.total).toBe(0);
    expect(result.notice).toBeUndefined();
  });
});
