import { beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../src/domain/messages/index.js";
import type { Catalog } from "../../src/domain/types.js";
import { RECOGNITION_LEVELS } from "../../src/domain/vocabulary.js";
import { createTestWebApp, visibleText } from "./helpers.js";
import { english, PAGES_INVALID, PAGES_OK } from "./page-paths.js";

/**
 * Words that are Dutch and not English: on an English page they are a Dutch fragment
 * ("ages 2-6 jaar"), unless they are part of a name, a source's title or a quote (issue 14).
 */
const DUTCH_ONLY = [
  "jaar",
  "jaren",
  "maand",
  "maanden",
  "weken",
  "zwangerschap",
  "levensjaar",
  "erkend",
  "erkenning",
  "herbeoordeling",
  "onderbouwd",
  "effectief",
  "volgens",
  "aanwijzingen",
  "leeftijd",
  "ongeveer",
  "vermeld",
  "bron",
  "bronnen",
  "pleegkind",
  "pleegzorg",
  "adoptiekind",
  "bevalling",
  "algemeen",
  "preventie",
  "behandeling",
  "gedragsproblemen",
  "niet",
  "geen",
  "gat",
  "tot",
  "en",
  "van",
  "het",
  "een",
  "bij",
  "voor",
];

/** Institutions named in Dutch on every language's pages, and a standard's name. */
const INSTITUTIONS = [
  "EN 301 549",
  "Databank Effectieve Jeugdinterventies",
  "Kenniscentrum Kinder- en Jeugdpsychiatrie",
  "Nederlands Jeugdinstituut",
  "Richtlijnen Jeugdhulp en Jeugdbescherming",
];

/** The names a page may write in Dutch: interventions, sources, the sources' sections and lists. */
function properNames(catalog: Catalog): string[] {
  const names = new Set<string>(INSTITUTIONS);
  const add = (name: string | null | undefined) => {
    if (name) names.add(name);
  };
  for (const i of catalog.interventions) {
    add(i.name);
    add(i.fullName);
    for (const alias of i.aliases) add(alias);
    for (const indication of i.indications) {
      add(indication.source?.section);
      add(indication.source?.list);
    }
  }
  for (const practice of catalog.harmfulPractices) add(practice.source?.list);
  for (const precondition of catalog.preconditions) add(precondition.source?.list);
  for (const source of catalog.sources) {
    add(source.title);
    add(source.publisher);
    add(source.section);
  }
  // Longest first, so "Kortdurende Video-hometraining in gezinnen …" goes before "Video-hometraining".
  return [...names].sort((a, b) => b.length - a.length);
}

/** The page's text without what may stay Dutch: addresses, quotes of the sources, names. */
function withoutExceptions(text: string, names: readonly string[]): string {
  let rest = text
    // Addresses: with a scheme, root-relative, or a host and path as link text (nji.nl/nl/Databank/…).
    .replace(/\bhttps?:\/\/\S+|(?<!\S)\/[a-z]\S*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*/gi, " ")
    .replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, " ");
  for (const name of names) rest = rest.split(name).join(" ");
  return rest;
}

function dutchWordsIn(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (DUTCH_ONLY.includes(word)) found.add(word);
  }
  return [...found];
}

describe("English pages are in English", () => {
  let web: Awaited<ReturnType<typeof createTestWebApp>>;
  let names: string[];
  beforeAll(async () => {
    web = await createTestWebApp();
    names = properNames(web.catalog);
  });

  it("show no Dutch word outside names, source titles and quotes, on every page and state", async () => {
    const paths = [
      ...PAGES_OK,
      ...PAGES_INVALID,
      ...web.catalog.interventions.map((i) => `/interventies/${i.id}`),
      "/bestaat-niet",
    ];
    const fragments: string[] = [];
    for (const path of paths) {
      const url = english(path);
      const text = withoutExceptions(visibleText(await (await web.app.request(url)).text()), names);
      const words = dutchWordsIn(text);
      if (words.length > 0) fragments.push(`${url}: ${words.join(", ")}`);
    }
    expect(fragments).toEqual([]);
  });

  it("finds a Dutch fragment when there is one (the check itself works)", () => {
    expect(dutchWordsIn(withoutExceptions("ages 2-6 jaar", names))).toEqual(["jaar"]);
    expect(dutchWordsIn(withoutExceptions("ages according to this source: “2-6 jaar”", names))).toEqual([]);
  });

  it("writes a Databank page's ages in English words beside the quote: PCIT's “2-6 jaar”", async () => {
    const text = visibleText(await (await web.app.request("/en/interventies/pcit")).text());
    expect(text).toContain("ages according to this source: 2 to 6 years, written “2-6 jaar”");
    const nika = visibleText(await (await web.app.request("/en/interventies/nika")).text());
    expect(nika).toContain("9 months to 6 years, written “9 maanden-6 jaar”");
  });

  it("gives each recognition level one English name, the catalogue's, wherever a page names it", async () => {
    const names = messages("en").site.recognition;
    expect(new Set(Object.values(names)).size).toBe(RECOGNITION_LEVELS.length);
    // Other ways of saying a level that crept into the texts: each is a second name.
    const secondNames = [/first evidence/i, /good evidence/i, /strong evidence/i, /theoretically sound/i];
    for (const path of web.catalog.interventions.map((i) => `/en/interventies/${i.id}`)) {
      const text = visibleText(await (await web.app.request(path)).text());
      for (const other of secondNames) expect(text, path).not.toMatch(other);
    }
  });
});
