import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { localize } from "../../src/domain/text.js";
import { NEEDS } from "../../src/domain/vocabulary.js";
import { getSearchIndex, searchInterventions, searchResultSchema } from "../../src/search/index.js";
import { runCliCaptured } from "./support/run-cli.js";

const cli = (...args: string[]) => runCliCaptured(args);

describe("hechtingswijzer search", () => {
  it("--json prints exactly what searchInterventions returns", async () => {
    const { code, stdout, stderr } = await cli("search", "pleegzorg", "--age", "3", "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(searchResultSchema.safeParse(printed).success).toBe(true);
    const catalog = await loadCatalog();
    expect(printed).toEqual(searchInterventions(getSearchIndex(catalog), { q: "pleegzorg", age: 3 }));
    expect(printed.items.map((i: { id: string }) => i.id)).toContain("pipa");
  });

  it("joins several words into one query", async () => {
    const { stdout } = await cli("search", "kind", "3", "jaar", "pleeggezin", "--json");
    const printed = JSON.parse(stdout);
    expect(printed.understood).toEqual({ ageYears: 3, situations: ["foster-care"] });
  });

  it("passes the filters on, repeatable --situation included", async () => {
    const { stdout } = await cli(
      "search",
      "--situation",
      "domestic-violence-shelter",
      "--situation=maternal-depression",
      "--need",
      "either",
      "--json",
    );
    const ids = JSON.parse(stdout).items.map((i: { id: string }) => i.id);
    expect(ids).toContain("tijd-voor-toontje");
    expect(ids).toContain("ouder-baby-interventie");
    expect(ids).not.toContain("ddp");
  });

  it("prints a readable Dutch list with rank, name, ages, kinds and why it matched", async () => {
    const { code, stdout } = await cli("search", "pleegkinderen", "--age", "3");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ interventies gevonden · leeftijd 3 jaar · situatie: pleegkind \/ pleegzorg/);
    expect(stdout).toMatch(/\n {2}1\. /);
    expect(stdout).toContain("PIPA");
    expect(stdout).toContain("0 tot en met 4 jaar");
    expect(stdout).toContain("preventie");
    expect(stdout).toContain("«pleegkind»");
  });

  it("prints the warnings first", async () => {
    const { code, stdout } = await cli("search", "holding therapie");
    expect(code).toBe(0);
    expect(stdout.startsWith("⚠ Let op, niet doen: Holding")).toBe(true);
    expect(stdout).toContain("bron: richtlijn, Conclusies");
    expect(stdout).toContain("0 interventies gevonden");
  });

  it("says when nothing is found for the words, and suggests the keuzehulp", async () => {
    const { code, stdout } = await cli("search", "xylofoonles");
    expect(code).toBe(0);
    expect(stdout).toContain("Geen interventies gevonden voor “xylofoonles”.");
    expect(stdout).toMatch(/keuzehulp.*\/keuzehulp/);
  });

  it("names the words that found nothing above the interventions the other words found", async () => {
    const { stdout } = await cli("search", "theraplay", "xylofoonles");
    const notice = stdout.indexOf("Niets gevonden voor “xylofoonles”");
    expect(notice).toBeGreaterThan(-1);
    expect(stdout.indexOf("Theraplay")).toBeGreaterThan(notice);
    expect(stdout).toContain("/keuzehulp");
  });

  it("says it in English with --lang en", async () => {
    const { stdout } = await cli("search", "xylofoonles", "--lang", "en");
    expect(stdout).toContain("No interventions found for “xylofoonles”.");
    expect(stdout).toContain("/en/keuzehulp");
  });

  it("prints English with --lang en", async () => {
    const { stdout } = await cli("search", "theraplay", "--lang", "en");
    expect(stdout).toMatch(/^1 intervention found|^\d+ interventions found/);
    expect(stdout).toContain("treatment");
  });

  it("uses colour only on a terminal, and never with --no-color or NO_COLOR", async () => {
    const ANSI = "\u001b[";
    const args = ["search", "holding"];
    const onTerminal = await runCliCaptured(args, { isTTY: true });
    expect(onTerminal.stdout).toContain(ANSI);
    for (const [extra, options] of [
      [["--no-color"], { isTTY: true }],
      [[], { isTTY: true, env: { NO_COLOR: "1" } }],
      [[], { isTTY: false }],
    ] as const) {
      const result = await runCliCaptured([...args, ...extra], options);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).not.toContain(ANSI);
    }
    const plain = await runCliCaptured([...args, "--no-color"], { isTTY: true });
    // The colours only add emphasis: without their codes the text is the same.
    expect(onTerminal.stdout.replaceAll(/\[[\d;]*m/g, "").replaceAll("\u001b", "")).toBe(plain.stdout);
  });

  it.each([
    [["--age", "drie"], "age (--age)"],
    [["--age", "19"], "age (--age)"],
    [["--need", "cure"], "need (--need)"],
    [["--situation", "mars"], "situation[0] (--situation)"],
    [["--lang", "fr"], "lang (--lang)"],
    [["--age"], "age"],
    [["--colour", "red"], "--colour"],
  ])("exits 2 and names the field for %j", async (args, field) => {
    const { code, stdout, stderr } = await cli("search", "pleegzorg", ...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(field);
  });

  it("says what is wrong in Dutch, or in English with --lang en, listing the valid values", async () => {
    const catalog = await loadCatalog();
    const cases = [
      [["--age", "19"], "age (--age)", [], "moet van 0 tot en met 18", "must be from 0 to 18"],
      [["--need", "cure"], "need (--need)", NEEDS, "moet ", "must be "],
      [["--situation", "mars"], "situation[0] (--situation)", [], "onbekende situatie", "unknown situation"],
    ] as const;
    for (const [args, field, values, dutch, english] of cases) {
      const nl = await cli("search", "pleegzorg", ...args);
      const en = await cli("search", "pleegzorg", ...args, "--lang", "en");
      expect(nl.stderr).toContain(`hechtingswijzer search: ${field}: ${dutch}`);
      expect(en.stderr).toContain(`hechtingswijzer search: ${field}: ${english}`);
      for (const value of values) expect(nl.stderr).toContain(value);
    }
    const unknown = await cli("search", "--situation", "mars", "--lang", "en");
    for (const s of catalog.situations)
      expect(unknown.stderr).toContain(`${s.code} (${localize(s.label, "en")})`);
  });

  it("shows its usage with --help", async () => {
    const { code, stdout } = await cli("search", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--situation");
  });
});
