import { describe, expect, it } from "vitest";
import { formatSourceRef, formatTable } from "../../src/catalog/content-table.js";

describe("formatTable", () => {
  it("aligns every column to its widest cell and leaves no trailing spaces", () => {
    const table = formatTable(
      ["Naam", "Soort", "Bron"],
      [
        ["VIPP-SD", "preventie", "richtlijn"],
        ["", "behandeling", "nji"],
      ],
    );
    expect(table.split("\n")).toEqual([
      "Naam     Soort        Bron",
      "-------  -----------  ---------",
      "VIPP-SD  preventie    richtlijn",
      "         behandeling  nji",
    ]);
  });
});

describe("formatSourceRef", () => {
  it("names document, section, list and item", () => {
    expect(
      formatSourceRef({
        document: "richtlijn",
        section: "Conclusies",
        list: "Erkende preventieve interventies",
        item: 2,
      }),
    ).toBe("richtlijn · Conclusies · Erkende preventieve interventies #2");
  });

  it("leaves out the parts a reference does not have", () => {
    expect(formatSourceRef({ document: "nji", section: "Preventieve interventies" })).toBe(
      "nji · Preventieve interventies",
    );
  });
});
