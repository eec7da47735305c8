import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticCatalog } from "../../bench/synthetic-catalog.js";
import { boundedEditDistance, fold, stem, tokenize } from "../../src/search/analysis.js";
import { matchRanges } from "../../src/search/highlights.js";
import { createSearchIndex } from "../../src/search/index.js";
import { shippedCatalog } from "./helpers.js";

/**
 * The faster paths of docs/decisions/035 must give exactly what the plain
 * definitions give: these compare them with straightforward reference versions.
 */

/** fold as defined: decompose, drop combining marks, lower-case. */
function referenceFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** tokenize as defined by a regular expression over the text. */
function referenceTokenize(text: string) {
  const tokens: { start: number; end: number; folded: string; joined?: boolean }[] = [];
  let run: { start: number; end: number; parts: string[] } | undefined;
  const closeRun = () => {
    if (run && run.parts.length > 1)
      tokens.push({ start: run.start, end: run.end, folded: run.parts.join(""), joined: true });
    run = undefined;
  };
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const folded = referenceFold(match[0]);
    if (folded === "") continue;
    if (run && run.end + 1 === start && ["-", "\u2010", "\u2011"].includes(text.charAt(run.end))) {
      run.end = end;
      run.parts.push(folded);
    } else {
      closeRun();
      run = { start, end, parts: [folded] };
    }
    tokens.push({ start, end, folded });
  }
  closeRun();
  return tokens;
}

/** Optimal string alignment distance, the whole table, no early stop. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

// Letters with and without accents, combining marks, hyphens, digits, ligatures, astral letters and lone surrogates.
const PIECES = [
  "a",
  "Z",
  "é",
  "e\u0301",
  "-",
  "\u2010",
  " ",
  "7",
  "\uFB01",
  "İ",
  "ß",
  "😀",
  "𝐀",
  "\ud800",
  "\u0301",
  "_",
];
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join("")),
);

describe("fold and tokenize", () => {
  it("agree with the definition by regular expression and normalisation", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(fold(value)).toBe(referenceFold(value));
        expect(tokenize(value)).toEqual(referenceTokenize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("agree on every text of the shipped catalogue", async () => {
    const catalog = await shippedCatalog();
    for (const intervention of catalog.interventions) {
      const { nl, en = "" } = intervention.summary.professionals;
      for (const value of [intervention.name, nl, en])
        expect(tokenize(value)).toEqual(referenceTokenize(value));
    }
  });
});

describe("boundedEditDistance with reused rows", () => {
  it("agrees with the full table within the bound, and says more than max above it", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 80 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const distance = referenceDistance(a, b);
        const bounded = boundedEditDistance(a, b, max);
        if (distance <= max) expect(bounded).toBe(distance);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("filter columns", () => {
  it("hold the same facts as the prepared interventions", async () => {
    const index = createSearchIndex(syntheticCatalog(await shippedCatalog(), 300));
    const columns = index.filterColumns;
    for (const entry of index.prepared) {
      const doc = entry.order;
      expect(["yes", "no", "unknown"][columns.databank[doc] ?? -1]).toBe(entry.databank);
      expect(columns.kindBits[doc]).toBe(entry.kindBits);
      expect(columns.situationBits[doc]).toBe(entry.situationBits);
      const levels = entry.levelSlots.reduce((bits, slot) => bits | (1 << slot), 0);
      expect(columns.levelBits[doc]).toBe(levels);
      const from = columns.indicationStart[doc] ?? 0;
      const to = columns.indicationStart[doc + 1] ?? 0;
      expect([...columns.indicationAgeFrom.subarray(from, to)]).toEqual(entry.indicationAgeFrom);
      expect([...columns.indicationAgeTo.subarray(from, to)]).toEqual(entry.indicationAgeTo);
      expect([...columns.indicationKindBits.subarray(from, to)]).toEqual(entry.indicationKindBits);
      expect([...columns.indicationSituationBits.subarray(from, to)]).toEqual(entry.indicationSituationBits);
    }
  });
});

describe("matchRanges in a long text", () => {
  /** All matching words, sorted and merged, from a full scan. */
  function referenceRanges(text: string, stems: ReadonlySet<string>) {
    const ranges = tokenize(text)
      .filter((t) => stems.has(stem(t.folded)))
      .map((t) => ({ start: t.start, end: t.end }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: { start: number; end: number }[] = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else merged.push({ ...range });
    }
    return merged;
  }

  it("finds every range a snippet can show: up to 70 characters after the first", () => {
    const words = ["pleegzorg", "video", "hometraining", "de", "kind", "ouders", "gezin", "therapie"];
    const separator = fc.constantFrom(" ", " ", "-", ", ");
    const longText = fc
      .array(fc.tuple(fc.constantFrom(...words), separator), { minLength: 30, maxLength: 80 })
      .map((parts) => parts.map(([word, sep]) => word + sep).join(""));
    const stems = fc.subarray(["pleegzorg", "video", "hometraining", "videohometraining", "gezin"], {
      minLength: 1,
    });
    fc.assert(
      fc.property(longText, stems, (text, chosen) => {
        const set = new Set(chosen.map((w) => stem(w)));
        const full = referenceRanges(text, set);
        const found = matchRanges(text, set);
        expect(found[0]).toEqual(full[0]);
        const first = full[0];
        if (!first) return;
        const shown = (r: { end: number }) => r.end <= first.end + 70;
        expect(found.filter(shown)).toEqual(full.filter(shown));
      }),
      { numRuns: 1000 },
    );
  });
});
