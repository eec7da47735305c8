import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getSearchIndex,
  searchInterventions,
  searchQuerySchema,
  searchResultSchema,
} from "../../src/search/index.js";
import { shippedCatalog } from "./helpers.js";

const FRAGMENTS = [
  "'; DROP TABLE interventions; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp;&lt;",
  ".*+?^$\u007B}()|[]\\",
  "(?<=a)b",
  "\\u0000",
  "\u0000\u0001\u001f",
  "\uD800",
  "\uDFFF\uD800",
  "👨‍👩‍👧",
  "ﷺ",
  "Z̷͈̔a̶l̸g̵o",
  "\u202Eevil",
  "3-jarige",
  "999999999999 jaar",
  "holding",
  "-",
  "--",
  "\t\n\r",
];

describe("any query text gives a well-formed result", async () => {
  const catalog = await shippedCatalog();
  const index = getSearchIndex(catalog);
  const harmful = new Set(catalog.harmfulPractices.map((p) => p.id));

  const check = (q: string, extra: Record<string, unknown> = {}) => {
    const query = searchQuerySchema.parse({ q, ...extra });
    const result = searchInterventions(index, query);
    const parsed = searchResultSchema.safeParse(result);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(result.items.some((item) => harmful.has(item.id))).toBe(false);
    expect(result.items.length).toBeLessThanOrEqual(result.pageSize);
    expect(result.total).toBeGreaterThanOrEqual(result.items.length);
    for (const item of result.items) {
      for (const h of item.highlights) {
        for (const m of h.matches) expect(m.start < m.end && m.end <= h.text.length).toBe(true);
      }
    }
    return result;
  };

  it.each(FRAGMENTS)("%j", (q) => {
    check(q);
  });

  it("a 10,000-character query", () => {
    check("pleegzorg ".repeat(1000));
    check("a".repeat(10_000));
    check("\uD800".repeat(10_000));
  });

  it("random Unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => {
        check(q);
      }),
      { numRuns: 400 },
    );
  });

  it("random mixes of Dutch words, fragments, numbers and filters", () => {
    const word = fc.constantFrom(
      "pleegzorg",
      "jaar",
      "3",
      "maanden",
      "holding",
      "video",
      "de",
      "therapie",
      "vht",
      "ddp",
      ...FRAGMENTS,
    );
    const filters = fc.record(
      {
        age: fc.integer({ min: 0, max: 18 }),
        need: fc.constantFrom("prevention", "treatment", "either"),
        situation: fc.subarray(catalog.situations.map((s) => s.code)),
        page: fc.integer({ min: 1, max: 5 }),
        pageSize: fc.integer({ min: 1, max: 100 }),
        lang: fc.constantFrom("nl", "en"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.string({ maxLength: 20 }),
        filters,
        (words, noise, extra) => {
          check(`${words.join(" ")} ${noise}`, extra);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("long strings of regex metacharacters and separators", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."()[]{}.*+?^$|\\/-'\"<>&;%_ \u00A0\u2028"), maxLength: 2000 }),
        (q) => {
          check(q);
        },
      ),
      { numRuns: 200 },
    );
  });
});
