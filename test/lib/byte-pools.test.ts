import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { giveBack, POOL_BYTES } from "../../src/lib/byte-pools.js";
import { jsonBytes } from "../../src/lib/json-bytes.js";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();
const shared = Object.freeze({ text: "gedeelde reden – één keer gecodeerd" });
const answer = (i: number, size: number) => ({ i, reasons: [shared, { text: "ë".repeat(size) }, shared] });

describe("byte pools behind jsonBytes", () => {
  it("never let an answer be written over while it is out, whatever is given back", () => {
    // Answers of up to ≈ 40 KB: a few to a pool, so pools are retired and reused often.
    const step = fc.oneof(
      { weight: 3, arbitrary: fc.record({ make: fc.integer({ min: 0, max: 20_000 }) }) },
      { weight: 1, arbitrary: fc.record({ giveBack: fc.nat() }) },
      { weight: 1, arbitrary: fc.record({ giveBackTwice: fc.nat() }) },
      { weight: 1, arbitrary: fc.constant({ foreign: true }) },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 50, maxLength: 300 }), (steps) => {
        const out: { bytes: Uint8Array; expected: string }[] = [];
        steps.forEach((s, i) => {
          if ("make" in s) {
            const value = answer(i, s.make);
            out.push({ bytes: jsonBytes(value), expected: JSON.stringify(value) });
          } else if ("foreign" in s) {
            // A view it did not hand out counts for nothing.
            const last = out.at(-1);
            if (last) giveBack(new Uint8Array(last.bytes.buffer, last.bytes.byteOffset, 1));
          } else {
            const index = "giveBack" in s ? s.giveBack : s.giveBackTwice;
            const [gone] = out.splice(index % Math.max(1, out.length), 1);
            if (gone) {
              giveBack(gone.bytes);
              if ("giveBackTwice" in s) giveBack(gone.bytes);
            }
          }
        });
        // Every answer still out reads as it was made.
        for (const { bytes, expected } of out) expect(text(bytes)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("use the memory of a pool again once every answer from it is given back", () => {
    const size = 2_000; // ≈ 4 KB an answer: 64 to a pool
    const first = Array.from({ length: Math.ceil((2 * POOL_BYTES) / (2 * size)) }, (_, i) =>
      jsonBytes(answer(i, size)),
    );
    // The pools filled and left; not the one still being filled.
    const used = new Set(first.map((bytes) => bytes.buffer));
    used.delete(first.at(-1)?.buffer as ArrayBuffer);
    expect(used.size).toBeGreaterThan(0);
    for (const bytes of first) giveBack(bytes);
    const later = Array.from({ length: first.length }, (_, i) => jsonBytes(answer(i, size)));
    expect(later.some((bytes) => used.has(bytes.buffer))).toBe(true);
    expect(later.map(text)).toEqual(later.map((_, i) => JSON.stringify(answer(i, size))));
  });

  it("write the next answer where the last one was, once it is given back (memory still in cache)", () => {
    // An answer larger than a pool moves the writer to a pool of its own, away from
    // what the tests above left out.
    giveBack(jsonBytes(answer(0, POOL_BYTES)));
    const one = jsonBytes(answer(1, 300));
    expect(one.byteOffset).toBe(0);
    giveBack(one);
    const next = jsonBytes(answer(2, 300));
    expect(next.buffer).toBe(one.buffer);
    expect(next.byteOffset).toBe(one.byteOffset);
    expect(text(next)).toBe(JSON.stringify(answer(2, 300)));
    // While an answer is out, the next one goes after it.
    const after = jsonBytes(answer(3, 300));
    expect(after.byteOffset).toBeGreaterThanOrEqual(next.byteOffset + next.length);
    giveBack(next);
    giveBack(after);
  });
});
