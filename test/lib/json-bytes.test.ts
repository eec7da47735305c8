import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonBytes } from "../../src/lib/json-bytes.js";

/** What an answer would be without jsonBytes. */
const expected = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value) ?? "null"));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

/** Freezes every object and array in `value` for which `pick` says so, deepest first. */
function freezeSome(value: unknown, pick: () => boolean): unknown {
  if (value !== null && typeof value === "object") {
    for (const member of Object.values(value)) freezeSome(member, pick);
    if (pick()) Object.freeze(value);
  }
  return value;
}

// JSON data plus what JSON.stringify leaves out or turns into null.
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, "\ud800", "–ë€😀", () => 1),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("jsonBytes", () => {
  it("gives the UTF-8 bytes of JSON.stringify, whatever is frozen, every time", () => {
    fc.assert(
      fc.property(data, fc.infiniteStream(fc.boolean()), (value, coins) => {
        const frozen = freezeSome(structuredCloneable(value), () => coins.next().value);
        const first = jsonBytes(frozen);
        expect(first).toEqual(expected(frozen));
        // The second time the bytes of deeply frozen parts come from what was kept.
        expect(jsonBytes(frozen)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it("writes a frozen object afresh when something inside it changed", () => {
    const inner = { count: 1, names: ["a"] };
    const outer = Object.freeze({ inner, fixed: Object.freeze({ text: "vast" }) });
    expect(text(jsonBytes(outer))).toBe(JSON.stringify(outer));
    inner.count = 2;
    inner.names.push("ë");
    expect(text(jsonBytes(outer))).toBe('{"inner":{"count":2,"names":["a","ë"]},"fixed":{"text":"vast"}}');
  });

  it("keeps nothing that changes: the same deeply frozen value gives the same bytes", () => {
    const reason = Object.freeze({
      text: "Volgens de richtlijn is PIPA voor 0–4 jaar.",
      source: Object.freeze({ item: 3 }),
    });
    const answerA = { reasons: [reason], id: "a" };
    const answerB = { reasons: [reason], id: "b" };
    expect(JSON.parse(text(jsonBytes(answerA)))).toEqual(answerA);
    expect(JSON.parse(text(jsonBytes(answerB)))).toEqual(answerB);
  });

  it("writes an answer larger than its pool of bytes whole", () => {
    const big = { texts: Array.from({ length: 12_000 }, (_, i) => `zin ${i} met een – streepje`) };
    expect(text(jsonBytes(big))).toBe(JSON.stringify(big));
  });

  it("never writes over an answer it handed out earlier (answers are views of a shared pool)", () => {
    // Answers with kept parts copied in, ≈ 7 MB in all: more than any pool an earlier test
    // left (the pool grows for a large answer), so answers are moved to a new pool halfway.
    // Each is checked only after all were made.
    const shared = Object.freeze({ text: "gedeelde reden – één keer gecodeerd" });
    const values = Array.from({ length: 1500 }, (_, i) => ({
      i,
      reasons: [shared, { text: "x".repeat((i * 7919) % 10_000) }, shared],
    }));
    const answers = values.map((value) => jsonBytes(value));
    const spoilt = values.filter((value, i) => text(answers[i] as Uint8Array) !== JSON.stringify(value));
    expect(spoilt.map((value) => value.i)).toEqual([]);
  });
});

/** Values the arbitrary shares between runs are copied, so freezing one run does not leak into another. */
function structuredCloneable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneable);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [key, structuredCloneable(member)]),
    );
  }
  return value;
}
