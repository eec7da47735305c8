import fc from "fast-check";
import { buildCatalog } from "../../src/catalog/build-catalog.js";
import { interventionSchema } from "../../src/domain/content-schema.js";
import type { Catalog, Intervention } from "../../src/domain/types.js";
import { type Advice, evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";

/** The moment every test judges recognitions against, so staleness caveats stay put. */
export const TEST_NOW = new Date("2026-11-23T12:00:00Z");

const answer = fc.constantFrom("yes", "no", "unknown");

const child = fc.oneof(
  fc.record({ ageYears: fc.integer({ min: 0, max: 18 }) }),
  fc.record({ ageMonths: fc.integer({ min: 0, max: 227 }) }),
  fc.record({ pregnancyWeek: fc.integer({ min: 1, max: 42 }) }),
);

/** Any request the contract accepts, with situations drawn from the catalogue. */
export function validRequest(catalog: Catalog) {
  const codes = catalog.situations.map((s) => s.code);
  return fc.record(
    {
      child,
      need: fc.constantFrom("prevention", "treatment", "either"),
      situations: fc.subarray(codes),
      preconditions: fc.record(
        { emotionallyAvailableCaregiver: answer, safeStablePlace: answer },
        { requiredKeys: [] },
      ),
      lang: fc.constantFrom("nl", "en"),
    },
    { requiredKeys: ["child", "need"] },
  );
}

/** One indication as a curator could write it: every age shape the schema allows. */
function indication(codes: readonly string[]) {
  const range = fc
    .tuple(fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 18 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const age = fc.oneof(
    fc.constant({ basis: "not-stated" }),
    fc
      .record({
        basis: fc.constantFrom("stated", "context"),
        bounds: range,
        open: fc.constantFrom("none", "from", "to"),
      })
      .map(({ basis, bounds: [from, to], open }) => ({
        basis,
        ...(open !== "from" && { from }),
        ...(open !== "to" && { to }),
      })),
    fc
      .record({
        basis: fc.constantFrom("stated", "context"),
        fromPregnancyWeek: fc.integer({ min: 1, max: 42 }),
        to: fc.option(fc.integer({ min: 0, max: 18 }), { nil: undefined }),
      })
      .map(({ to, ...rest }) => (to === undefined ? rest : { ...rest, to })),
    // "(aanstaande) moeders": starts in pregnancy, the week not stated.
    fc
      .record({
        basis: fc.constantFrom("stated", "context"),
        to: fc.option(fc.integer({ min: 0, max: 18 }), { nil: undefined }),
      })
      .map(({ to, basis }) => ({ basis, startsInPregnancy: true, ...(to === undefined ? {} : { to }) })),
  );
  return fc.record(
    {
      kind: fc.constantFrom("prevention", "treatment"),
      situations: fc.oneof(fc.constant([]), fc.subarray([...codes], { minLength: 1, maxLength: 3 })),
      age,
      databankRank: fc.integer({ min: 1, max: 4 }),
      source: fc.constant({ document: "richtlijn", section: "Conclusies" }),
    },
    { requiredKeys: ["kind", "situations", "age", "source"] },
  );
}

/** A content-valid intervention; names come from a tiny pool so ties in name and rank happen. */
export function syntheticIntervention(id: string, codes: readonly string[]) {
  return fc
    .record({
      name: fc.constantFrom("Alfa", "alfa", "Beta", "Gamma 2", "Gamma 10", "Één", "Een"),
      indications: fc.array(indication(codes), { minLength: 1, maxLength: 4 }),
    })
    .map(({ name, indications }) => toIntervention({ id, name, indications }));
}

/** Fills the fields the advice does not read and checks the result against the content schema. */
export function toIntervention(raw: { id: string; name: string; indications: unknown[] }): Intervention {
  return interventionSchema.parse({
    ...raw,
    fullName: null,
    inDatabank: null,
    summary: { professionals: { nl: "Niet vermeld." }, policymakers: { nl: "Niet vermeld." } },
  });
}

/** A catalogue with the real situations, preconditions and warnings and the given interventions. */
export function catalogWith(base: Catalog, interventions: readonly Intervention[]): Catalog {
  return buildCatalog({
    interventions,
    harmfulPractices: base.harmfulPractices,
    situations: base.situations,
    preconditions: base.preconditions,
    sources: base.sources,
    synonyms: base.synonyms,
  });
}

/** Random catalogues of 1–12 interventions built on the real catalogue's vocabulary. */
export function syntheticCatalog(base: Catalog) {
  const codes = base.situations.map((s) => s.code);
  return fc
    .integer({ min: 1, max: 12 })
    .chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, i) => syntheticIntervention(`synthetic-${i}`, codes))),
    )
    .map((interventions) => catalogWith(base, interventions));
}

/** The advice for a request that must be valid, at the tests' fixed moment. */
export function adviseOn(catalog: Catalog, input: unknown, now: Date = TEST_NOW): Advice {
  const parsed = parseAdviceRequest(input, catalog);
  if (!parsed.ok) throw new Error(`a valid request was rejected: ${JSON.stringify(parsed.issues)}`);
  return evaluateAdvice(parsed.request, catalog, { now });
}
