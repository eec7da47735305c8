import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AgeRange, bornAgeBounds } from "../../src/domain/age.js";
import type { AgeBasis } from "../../src/domain/vocabulary.js";
import { rankByScore } from "../../src/search/rank-by-score.js";
import { oracleAgeFits } from "../engine/oracle.js";

/** The full ordering: best score first, ties by document number. */
function fullOrder(docs: number[], score: Float64Array): number[] {
  return [...docs].sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
}

describe("rankByScore", () => {
  it("orders small lists completely, ties by document number", () => {
    const score = Float64Array.from([1, 3, 3, 2]);
    expect(rankByScore([0, 1, 2, 3], score, 20)).toEqual([1, 2, 3, 0]);
  });

  it("gets the first `needed` places of a long list exactly right and keeps every document", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 300, maxLength: 3000 }),
        fc.integer({ min: 1, max: 60 }),
        (values, needed) => {
          const score = Float64Array.from(values);
          const docs = values.map((_, doc) => doc);
          const ranked = rankByScore([...docs], score, needed);
          expect(ranked.slice(0, needed)).toEqual(fullOrder(docs, score).slice(0, needed));
          expect([...ranked].sort((a, b) => a - b)).toEqual(docs);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("bornAgeBounds", () => {
  // Checked against the tests' own reading of DOMAIN.md, since ageFits itself now uses these bounds.
  it("agrees with the oracle's age reading for every born age", () => {
    const range = fc.oneof(
      fc.constant<AgeRange>({ basis: "not-stated" }),
      fc.record(
        {
          basis: fc.constantFrom<AgeBasis>("stated", "context"),
          from: fc.integer({ min: 0, max: 18 }),
          to: fc.integer({ min: 0, max: 18 }),
          fromPregnancyWeek: fc.integer({ min: 1, max: 42 }),
        },
        { requiredKeys: ["basis"] },
      ),
    );
    fc.assert(
      fc.property(range, fc.integer({ min: 0, max: 18 }), (ageRange, years) => {
        const { from, to } = bornAgeBounds(ageRange);
        expect(years >= from && years <= to).toBe(oracleAgeFits(ageRange, { born: true, years, week: 0 }));
      }),
      { numRuns: 500 },
    );
  });
});
