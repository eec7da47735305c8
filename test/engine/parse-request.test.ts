import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { LANGS, type Lang, localize } from "../../src/domain/text.js";
import type { Catalog } from "../../src/domain/types.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../../src/domain/vocabulary.js";
import { parseAdviceRequest } from "../../src/engine/index.js";
import { validRequest } from "./arbitraries.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const valid = { child: { ageYears: 4 }, need: "prevention", situations: ["foster-care"] };

function issuesOf(input: unknown) {
  const parsed = parseAdviceRequest(input, catalog);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input).slice(0, 200)} to be rejected`);
  return parsed.issues;
}

function deeplyNested(depth: number): unknown {
  let value: unknown = "x";
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

describe("parseAdviceRequest", () => {
  it("fills in the defaults of a minimal request", () => {
    const parsed = parseAdviceRequest({ child: { ageMonths: 8 }, need: "either" }, catalog);
    expect(parsed).toEqual({
      ok: true,
      request: {
        child: { ageMonths: 8 },
        need: "either",
        situations: [],
        preconditions: { emotionallyAvailableCaregiver: "unknown", safeStablePlace: "unknown" },
        lang: "nl",
      },
    });
  });

  it("accepts every request the contract allows", () => {
    fc.assert(
      fc.property(validRequest(catalog), (request) => {
        expect(parseAdviceRequest(request, catalog).ok).toBe(true);
      }),
    );
  });

  it("drops repeated situation codes", () => {
    const parsed = parseAdviceRequest(
      { ...valid, situations: ["adoption", "foster-care", "adoption"] },
      catalog,
    );
    expect(parsed.ok && parsed.request.situations).toEqual(["adoption", "foster-care"]);
  });

  it.each([
    [{ ...valid, child: { ageYears: 19 } }, "child.ageYears"],
    [{ ...valid, child: { ageYears: -1 } }, "child.ageYears"],
    [{ ...valid, child: { ageYears: 2.5 } }, "child.ageYears"],
    [{ ...valid, child: { ageYears: "4" } }, "child.ageYears"],
    [{ ...valid, child: { ageMonths: 228 } }, "child.ageMonths"],
    [{ ...valid, child: { pregnancyWeek: 0 } }, "child.pregnancyWeek"],
    [{ ...valid, child: { pregnancyWeek: 43 } }, "child.pregnancyWeek"],
    [{ ...valid, child: {} }, "child"],
    [{ ...valid, child: { ageYears: 3, ageMonths: 40 } }, "child"],
    [{ ...valid, child: { ageYears: 3, birthday: "2020-01-01" } }, "child.birthday"],
    [{ need: "prevention" }, "child"],
    [{ ...valid, need: "cure" }, "need"],
    [{ ...valid, situations: "foster-care" }, "situations"],
    [{ ...valid, situations: ["foster-care", 7] }, "situations[1]"],
    [{ ...valid, preconditions: { safeStablePlace: "maybe" } }, "preconditions.safeStablePlace"],
    [{ ...valid, preconditions: { safePlace: "yes" } }, "preconditions.safePlace"],
    [{ ...valid, lang: "de" }, "lang"],
    [{ ...valid, name: "Jan" }, "name"],
  ])("rejects %j naming %s", (input, path) => {
    expect(issuesOf(input).map((issue) => issue.path)).toContain(path);
  });

  it("names the unknown situation code and its place", () => {
    const issues = issuesOf({ ...valid, situations: ["adoption", "orphanage"] });
    expect(issues).toEqual([{ path: "situations[1]", message: expect.stringContaining('"orphanage"') }]);
  });

  it("gives its messages in the request's language, else in the caller's (English unless told)", () => {
    const tooOld = { ...valid, child: { ageYears: -1 } };
    const message = (input: unknown, fallback?: Lang) => {
      const parsed = parseAdviceRequest(input, catalog, fallback);
      return parsed.ok ? "" : (parsed.issues[0]?.message ?? "");
    };
    const dutch = message({ ...tooOld, lang: "nl" });
    const english = message({ ...tooOld, lang: "en" });
    expect(dutch).toMatch(/^moet .*0 tot en met 18/);
    expect(english).toMatch(/^must .*0 to 18/);
    expect(message(tooOld)).toBe(english);
    expect(message(tooOld, "nl")).toBe(dutch);
    expect(message({ ...tooOld, lang: "en" }, "nl")).toBe(english);
    expect(message({ ...tooOld, lang: "de" }, "nl")).toBe(dutch);
  });

  it.each(LANGS)("in %s, a wrong code or field lists the valid ones", (lang) => {
    const messageAt = (input: object, path: string) => {
      const parsed = parseAdviceRequest({ lang, ...input }, catalog, lang);
      return (!parsed.ok && parsed.issues.find((issue) => issue.path === path)?.message) || "";
    };
    const situation = messageAt({ ...valid, situations: ["orphanage"] }, "situations[0]");
    for (const s of catalog.situations) expect(situation).toContain(`${s.code} (${localize(s.label, lang)})`);
    const need = messageAt({ ...valid, need: "cure" }, "need");
    for (const value of NEEDS) expect(need).toContain(value);
    const preconditionName = messageAt({ ...valid, preconditions: { happy: "yes" } }, "preconditions.happy");
    for (const p of catalog.preconditions) expect(preconditionName).toContain(p.requestKey);
    const answer = messageAt(
      { ...valid, preconditions: { safeStablePlace: "maybe" } },
      "preconditions.safeStablePlace",
    );
    for (const value of PRECONDITION_ANSWERS) expect(answer).toContain(value);
    const field = messageAt({ ...valid, name: "Jan" }, "name");
    for (const key of ["child", "need", "situations", "preconditions", "lang"]) expect(field).toContain(key);
    const language = messageAt({ ...valid, lang: "de" }, "lang");
    for (const value of LANGS) expect(language).toContain(value);
  });

  it("rejects input that is not an object", () => {
    for (const input of [null, undefined, 3, "advice", [], true])
      expect(issuesOf(input).length).toBeGreaterThan(0);
  });

  it("keeps messages short for huge strings and many keys", () => {
    const huge = "x".repeat(1_000_000);
    const manyKeys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    for (const input of [
      { ...valid, situations: [huge] },
      { ...valid, need: huge },
      { ...valid, [huge]: 1 },
      { ...valid, situations: Array.from({ length: 100_000 }, () => "adoption") },
      { ...valid, ...manyKeys },
    ]) {
      const issues = issuesOf(input);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.length).toBeLessThanOrEqual(20);
      expect(JSON.stringify(issues).length).toBeLessThan(5_000);
    }
  });

  it("never throws and never accepts garbage, whatever the input", () => {
    const garbage = fc.oneof(
      fc.anything(),
      fc.constant(deeplyNested(10_000)),
      // Random values in the right places; a valid need could make it valid by chance.
      fc
        .record({ child: fc.anything(), need: fc.anything(), situations: fc.anything() })
        .filter(
          ({ need }) => typeof need !== "string" || !["prevention", "treatment", "either"].includes(need),
        ),
      fc.record({
        child: fc.record({
          ageYears: fc.oneof(
            fc.integer({ min: 19 }),
            fc.integer({ max: -1 }),
            fc.double().filter((d) => !Number.isInteger(d)),
          ),
        }),
        need: fc.constantFrom("prevention", "treatment", "either"),
      }),
      fc.record({
        child: fc.constant({ ageYears: 4 }),
        need: fc.constant("prevention"),
        situations: fc.array(
          fc.string({ minLength: 1 }).filter((s) => !catalog.situationByCode.has(s)),
          {
            minLength: 1,
          },
        ),
      }),
      fc.record({
        child: fc.constant({ ageYears: 4 }),
        need: fc.constant("treatment"),
        extra: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(garbage, (input) => {
        const parsed = parseAdviceRequest(input, catalog);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("survives objects whose getters throw", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    expect(parseAdviceRequest(hostile, catalog).ok).toBe(false);
  });
});
