import { describe, expect, it } from "vitest";
import { boundedEditDistance, fold, stem, tokenize, words } from "../../src/search/analysis.js";
import { findPhrases, phrase } from "../../src/search/phrases.js";
import { extractAge, nameKey } from "../../src/search/understand-query.js";

describe("fold", () => {
  it("lower-cases and removes diacritics", () => {
    expect(fold("Één Ideeën Café Naïef")).toBe("een ideeen cafe naief");
  });
});

describe("tokenize", () => {
  it("splits on everything that is not a letter or digit", () => {
    expect(words("kind (3 jaar), pleeg/adoptie; 'VHT'")).toEqual([
      "kind",
      "3",
      "jaar",
      "pleeg",
      "adoptie",
      "vht",
    ]);
  });

  it("keeps a hyphenated word also joined", () => {
    expect(words("video-hometraining")).toEqual(["video", "hometraining", "videohometraining"]);
    expect(words("blijf-van-mijn-lijfhuis")).toEqual([
      "blijf",
      "van",
      "mijn",
      "lijfhuis",
      "blijfvanmijnlijfhuis",
    ]);
  });

  it("does not join words separated by a space or a dash with spaces", () => {
    expect(words("video - hometraining")).toEqual(["video", "hometraining"]);
  });

  it("gives the original positions of the words", () => {
    const text = "Ouder-baby interventie";
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      "Ouder",
      "baby",
      "Ouder-baby",
      "interventie",
    ]);
  });

  it("keeps positions right for words with combining accents", () => {
    const text = "cafe\u0301 ide\u0308e";
    expect(tokenize(text).map((t) => [t.folded, text.slice(t.start, t.end)])).toEqual([
      ["cafe", "cafe\u0301"],
      ["idee", "ide\u0308e"],
    ]);
  });
});

describe("stem", () => {
  it("reduces Dutch inflections to one stem", () => {
    expect(stem("opvoedproblemen")).toBe(stem("opvoedprobleem"));
    expect(stem("gedesorganiseerde")).toBe(stem("gedesorganiseerd"));
    expect(stem("huisbezoeken")).toBe(stem("huisbezoek"));
  });

  it("leaves numbers and short words alone", () => {
    expect(stem("12")).toBe("12");
    expect(stem("vht")).toBe("vht");
  });
});

describe("boundedEditDistance", () => {
  it.each([
    ["holding", "holdng", 1],
    ["rebirthing", "rebirting", 1],
    ["theraplay", "theraply", 1],
    ["holding", "hodling", 1],
    ["abc", "abc", 0],
    ["", "abc", 3],
  ])("%s ~ %s = %i", (a, b, distance) => {
    expect(boundedEditDistance(a, b, 3)).toBe(distance);
  });

  it("stops early above the bound", () => {
    expect(boundedEditDistance("pleegzorg", "adoptie", 2)).toBe(3);
  });
});

describe("findPhrases", () => {
  const phrases = [
    phrase("huiselijk geweld", "shelter"),
    phrase("pleegkind", "foster"),
    phrase("holding", "holding"),
  ].filter((p) => p !== null);
  const analyse = (text: string) => words(text).map((folded) => ({ folded, stem: stem(folded) }));

  it("finds several-word phrases only as consecutive words", () => {
    expect(findPhrases(analyse("na huiselijk geweld"), phrases).map((m) => m.target)).toEqual(["shelter"]);
    expect(findPhrases(analyse("geweld huiselijk"), phrases)).toEqual([]);
  });

  it("joins a word with its longer inflection and tolerates a typo", () => {
    expect(findPhrases(analyse("pleegkinderen"), phrases).map((m) => m.target)).toEqual(["foster"]);
    expect(findPhrases(analyse("holdnig"), phrases).map((m) => m.target)).toEqual(["holding"]);
  });

  it("does not take a short word for a typo of another", () => {
    expect(findPhrases(analyse("hold"), phrases)).toEqual([]);
  });
});

describe("extractAge", () => {
  it("removes the age from the text", () => {
    expect(extractAge("kind van 3 jaar in pleeggezin")).toEqual({
      ageYears: 3,
      rest: "kind van   in pleeggezin",
    });
  });

  it("reads months as completed years", () => {
    expect(extractAge("23 maanden").ageYears).toBe(1);
    expect(extractAge("24 mnd").ageYears).toBe(2);
  });

  it("does not read digits inside a word", () => {
    expect(extractAge("abc3 jaar").ageYears).toBeUndefined();
  });
});

describe("nameKey", () => {
  it("ignores case, spacing and hyphens", () => {
    expect(nameKey("Basic Trust-methode")).toBe(nameKey("basic trustmethode"));
    expect(nameKey("K-VHT")).toBe(nameKey("kvht"));
  });
});
