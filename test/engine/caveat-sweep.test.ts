import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { type Advice, CAVEAT_KINDS, evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";
import { TEST_NOW } from "./arbitraries.js";

/**
 * Issue 11, point 3: "Caveats that apply, once." Over a sweep of requests (every age and
 * some pregnancy weeks, every need, no situation, each one and each pair), every
 * recommendation's caveats are distinct, and those about an indication are about one that
 * matched.
 */

let catalog: Catalog;
const sweep: { request: Record<string, unknown>; advice: Advice }[] = [];
beforeAll(async () => {
  catalog = await loadCatalog();
  const codes = catalog.situations.map((s) => s.code);
  const situationSets = [
    [],
    ...codes.map((c) => [c]),
    ...codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b])),
  ];
  const children = [
    ...Array.from({ length: 19 }, (_, ageYears) => ({ ageYears })),
    { pregnancyWeek: 12 },
    { pregnancyWeek: 30 },
  ];
  for (const child of children) {
    for (const need of ["prevention", "treatment", "either"]) {
      for (const situations of situationSets) {
        for (const lang of ["nl", "en"]) {
          const request = { child, need, situations, lang };
          const parsed = parseAdviceRequest(request, catalog);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
          sweep.push({ request, advice: evaluateAdvice(parsed.request, catalog, { now: TEST_NOW }) });
        }
      }
    }
  }
});

/** Caveats about the intervention as a whole; every other kind is about one matched indication. */
const WHOLE_INTERVENTION = ["source-disagreement", "recognition-stale", "recognition-not-stated"];
const INDICATION_KINDS = new Set(CAVEAT_KINDS.filter((kind) => !WHOLE_INTERVENTION.includes(kind)));

describe("caveats over a sweep of requests", () => {
  it("covers thousands of recommendations", () => {
    expect(sweep.flatMap((s) => s.advice.recommended).length).toBeGreaterThan(5000);
  });

  it("never repeat a caveat within a recommendation, and explain the age at most once", () => {
    for (const { request, advice } of sweep) {
      for (const r of advice.recommended) {
        const texts = r.caveats.map((c) => c.text);
        expect(new Set(texts).size, `${r.id} ${JSON.stringify(request)}`).toBe(texts.length);
        expect(r.caveats.filter((c) => c.kind.startsWith("age-")).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("only speak of a list or indication that matched", () => {
    for (const { request, advice } of sweep) {
      for (const r of advice.recommended) {
        const matched = r.reasons.map((reason) => JSON.stringify(reason.source));
        for (const caveat of r.caveats) {
          const where = `${r.id} ${caveat.kind} ${JSON.stringify(request)}`;
          if (INDICATION_KINDS.has(caveat.kind)) {
            expect(caveat.concerns, where).toBeDefined();
            expect(matched, where).toContain(JSON.stringify(caveat.concerns));
          } else {
            expect(caveat.concerns, where).toBeUndefined();
          }
        }
      }
    }
  });

  it('shows the "twaalf zeven" typo only where that list\'s context age was used', () => {
    let seen = 0;
    for (const { advice } of sweep) {
      for (const r of advice.recommended) {
        const typo = r.caveats.find((c) => c.text.includes("twaalf zeven"));
        const listAgeUsed =
          r.reasons[0]?.source.list === "Preventieve interventies voor specifieke risicogroepen" &&
          (r.age.ends.from.basis === "context" || r.age.ends.to.basis === "context");
        expect(typo !== undefined, `${r.id}`).toBe(listAgeUsed);
        if (typo) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("shows each intervention's disagreements on every recommendation of it", () => {
    for (const { advice, request } of sweep) {
      for (const r of advice.recommended) {
        const intervention = catalog.interventionById.get(r.id);
        const disagreements = intervention?.notes.filter((n) => n.kind === "disagreement") ?? [];
        const lang = request.lang as "nl" | "en";
        for (const note of disagreements) {
          expect(r.caveats.map((c) => c.text)).toContain(note.text[lang] ?? note.text.nl);
        }
      }
    }
  });
});
