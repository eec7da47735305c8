import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchQuery, searchQuerySchema } from "../../src/search/index.js";
import { shippedCatalog } from "./helpers.js";

describe("parseSearchQuery (URL query parameters)", async () => {
  const catalog = await shippedCatalog();
  const parse = (input: Record<string, string | string[]>) => parseSearchQuery(input, catalog);

  it("reads every field", () => {
    const parsed = parse({
      q: "  pleegzorg ",
      age: "3",
      need: "prevention",
      situation: ["foster-care", "adoption"],
      recognition: "goed-onderbouwd",
      inDatabank: "true",
      page: "2",
      pageSize: "5",
      lang: "en",
    });
    expect(parsed).toEqual({
      ok: true,
      query: {
        q: "pleegzorg",
        age: 3,
        need: "prevention",
        situation: ["foster-care", "adoption"],
        recognition: "goed-onderbouwd",
        inDatabank: true,
        page: 2,
        pageSize: 5,
        lang: "en",
      },
    });
  });

  it("accepts no parameters at all", () => {
    expect(parse({})).toEqual({ ok: true, query: {} });
  });

  it("treats empty values as absent", () => {
    expect(parse({ age: "", need: "", situation: [""] })).toEqual({ ok: true, query: {} });
  });

  it.each([
    [{ age: "drie" }, "age"],
    [{ age: "3.5" }, "age"],
    [{ age: "19" }, "age"],
    [{ age: "-1" }, "age"],
    [{ ageMonths: "228" }, "ageMonths"],
    [{ need: "cure" }, "need"],
    [{ recognition: "super" }, "recognition"],
    [{ inDatabank: "misschien" }, "inDatabank"],
    [{ page: "0" }, "page"],
    [{ pageSize: "101" }, "pageSize"],
    [{ lang: "de" }, "lang"],
    [{ age: ["3", "4"] }, "age"],
    [{ age: "3", ageMonths: "40" }, "ageMonths"],
  ])("names the field of %j", (input, path) => {
    const parsed = parse(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain(path);
  });

  it("names the position of an unknown situation", () => {
    const parsed = parse({ situation: ["foster-care", "mars"] });
    expect(parsed).toEqual({
      ok: false,
      issues: [{ path: "situation[1]", message: expect.stringContaining("mars") }],
    });
    const single = parse({ situation: "mars" });
    expect(single.ok === false && single.issues[0]?.path).toBe("situation[0]");
  });

  it("reports every problem, not just the first", () => {
    const parsed = parse({ age: "x", need: "y", situation: "z" });
    expect(parsed.ok === false && parsed.issues.map((i) => i.path).sort()).toEqual([
      "age",
      "need",
      "situation[0]",
    ]);
  });

  it("cuts a long query instead of refusing it", () => {
    const parsed = parse({ q: "pleegzorg ".repeat(1000) });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Array.from(parsed.query.q ?? "").length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it("never throws, whatever the parameters", () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }));
    const key = fc.constantFrom(
      "q",
      "age",
      "ageMonths",
      "need",
      "situation",
      "recognition",
      "inDatabank",
      "page",
      "pageSize",
      "lang",
      "other",
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), (input) => {
        const parsed = parse(input);
        if (parsed.ok) expect(searchQuerySchema.safeParse(parsed.query).success).toBe(true);
        else expect(parsed.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("searchQuerySchema", () => {
  it("cuts q to 200 characters without splitting a character made of two code units", () => {
    const parsed = searchQuerySchema.parse({ q: `${"a".repeat(199)}😀😀😀` });
    expect(Array.from(parsed.q ?? "")).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.q?.endsWith("😀")).toBe(true);
  });

  it("replaces lone surrogates", () => {
    const parsed = searchQuerySchema.parse({ q: "a\uD800b" });
    expect(parsed.q).toBe("a\uFFFDb");
  });
});
