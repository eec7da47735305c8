import { describe, expect, it } from "vitest";
import { ids, search } from "./helpers.js";

describe("Dutch analysis finds what a professional means", () => {
  it.each([
    ["theraply", "theraplay"],
    ["therpalay", "theraplay"],
    ["thera", "theraplay"],
    ["voorzrog", "voorzorg"],
    ["sherborn", "sherborne-samenspel"],
    ["depressieve moeder", "ouder-baby-interventie"],
    ["postnatale depressie", "ouder-baby-interventie"],
    ["video hometraining", "video-hometraining"],
    ["videohometraining", "video-hometraining"],
    ["Vidéo-hometraining", "video-hometraining"],
    ["ouder baby interventie", "ouder-baby-interventie"],
    ["basic trust methode", "basic-trust"],
    ["vht", "video-hometraining"],
    ["mentalization based treatment voor kinderen", "mbt-k"],
    ["blijf-van-mijn-lijfhuis", "tijd-voor-toontje"],
    ["shelter after domestic violence", "tijd-voor-toontje"],
    ["disorganized attachment", "nika"],
    ["verstandelijke beperking", "itgg"],
    ["zwangere tiener", "voorzorg"],
  ])("%s → %s first", async (q, expected) => {
    const result = await search({ q });
    expect(ids(result)[0], ids(result).join(", ")).toBe(expected);
  });

  it("joins pleegkind and pleegkinderen: both find the same foster-care interventions", async () => {
    const singular = ids(await search({ q: "pleegkind" }));
    const plural = ids(await search({ q: "pleegkinderen" }));
    expect(singular.length).toBeGreaterThanOrEqual(4);
    expect(new Set(plural)).toEqual(new Set(singular));
  });

  it("reads a risk group from the words and reports it", async () => {
    const result = await search({ q: "pleeggezin" });
    expect(result.understood.situations).toEqual(["foster-care"]);
    for (const id of ["pipa", "ddp", "basic-trust"]) expect(ids(result)).toContain(id);
  });

  it("reads a risk group through a synonym with a typo", async () => {
    const result = await search({ q: "vrouwenopvnag" });
    expect(result.understood.situations).toContain("domestic-violence-shelter");
    expect(ids(result)[0]).toBe("tijd-voor-toontje");
  });

  it("finds nothing for a word that is in no intervention", async () => {
    const result = await search({ q: "xylofoonles" });
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
  });

  it("does not list every intervention for a query of common words plus one rare word", async () => {
    const result = await search({ q: "een kind met een ouder en theraplay" });
    expect(ids(result)[0]).toBe("theraplay");
    expect(result.total).toBeLessThan(10);
  });
});

describe("ages in the query text", () => {
  it.each([
    ["kind 3 jaar", 3],
    ["3-jarige", 3],
    ["een 3 jarige", 3],
    ["8 maanden", 0],
    ["baby van 14 maanden", 1],
    ["16 jaar oud", 16],
    ["6 weken oud", 0],
    ["5 years old", 5],
  ])("%s → age %i", async (q, age) => {
    const result = await search({ q });
    expect(result.understood.ageYears).toBe(age);
  });

  it("filters by an age read from the text", async () => {
    const result = await search({ q: "pleeggezin 15 jaar" });
    expect(result.understood.ageYears).toBe(15);
    expect(ids(result)).toContain("ddp");
    expect(ids(result)).not.toContain("pipa");
  });

  it("leaves an age above 18 as words", async () => {
    const result = await search({ q: "40 jaar" });
    expect(result.understood.ageYears).toBeUndefined();
  });

  it("lets an explicit age win over an age in the text", async () => {
    const result = await search({ q: "pleeggezin 3 jaar", age: 15 });
    expect(ids(result)).toContain("ddp");
    expect(ids(result)).not.toContain("pipa");
  });
});
