import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import { computeCoverage, coverageSchema, GENERAL_ROW } from "../../src/engine/index.js";
import { syntheticCatalog } from "./arbitraries.js";
import { oracleAdvice, oracleMatches } from "./oracle.js";

let real: Catalog;
beforeAll(async () => {
  real = await loadCatalog();
});

const KINDS = ["prevention", "treatment"] as const;

/** Catalogue order of a set of ids, as coverage lists them. */
function inCatalogOrder(catalog: Catalog, ids: readonly string[]): string[] {
  return catalog.interventions.map((i) => i.id).filter((id) => ids.includes(id));
}

/** Coverage must agree with the oracle in every cell, with and without the general interventions. */
function checkCoverage(catalog: Catalog): void {
  const plain = computeCoverage(catalog);
  const withGeneral = computeCoverage(catalog, { includeGeneral: true });
  expect(coverageSchema.safeParse(plain).success).toBe(true);
  expect(plain.ages).toEqual(Array.from({ length: 19 }, (_, age) => age));
  expect(plain.rows.map((row) => row.situation)).toEqual([
    GENERAL_ROW,
    ...catalog.situations.map((s) => s.code),
  ]);

  for (const [index, row] of plain.rows.entries()) {
    const situations = row.situation === GENERAL_ROW ? [] : [row.situation];
    for (const [position, cell] of row.cells.entries()) {
      expect(cell.age).toBe(plain.ages[position]);
      for (const kind of KINDS) {
        const request = { child: { ageYears: cell.age }, need: kind, situations };
        // Without general ones: only indications written for exactly this row.
        const own = catalog.interventions
          .filter((i) =>
            i.indications.some(
              (indication) =>
                oracleMatches(indication, request) &&
                (row.situation === GENERAL_ROW
                  ? indication.situations.length === 0
                  : indication.situations.includes(row.situation)),
            ),
          )
          .map((i) => i.id);
        expect(cell[kind].interventions.map((c) => c.id)).toEqual(own);
        // With general ones: what the advice would recommend for that child.
        const advised = inCatalogOrder(catalog, oracleAdvice(catalog, request).ranked);
        expect(withGeneral.rows[index]?.cells[position]?.[kind].interventions.map((c) => c.id)).toEqual(
          advised,
        );
      }
    }
  }
}

describe("computeCoverage", () => {
  it("agrees with the advice rules on the shipped catalogue", () => {
    checkCoverage(real);
  });

  it("shows the source's facts: PIPA only for foster and adoptive children of 0–4", () => {
    const coverage = computeCoverage(real);
    const row = (code: string) => coverage.rows.find((r) => r.situation === code);
    const ids = (code: string, age: number) =>
      row(code)?.cells[age]?.prevention.interventions.map((c) => c.id);
    expect(ids("foster-care", 4)).toContain("pipa");
    expect(ids("foster-care", 5)).not.toContain("pipa");
    expect(ids(GENERAL_ROW, 4)).not.toContain("pipa");
  });

  it("agrees with the advice rules on random catalogues", () => {
    fc.assert(fc.property(syntheticCatalog(real), checkCoverage), { numRuns: 40 });
  });
});

/**
 * How firmly an indication's age is known, read straight from DOMAIN.md ("each end
 * has its own basis"): an end the item gives is its basis, an end filled in from
 * the list is context, an absent end is not stated; the weaker end decides.
 */
function weakerEnd(age: Catalog["interventions"][number]["indications"][number]["age"]): string {
  if (age.basis === "not-stated") return "not-stated";
  const lower =
    age.from === undefined && age.fromPregnancyWeek === undefined && age.startsInPregnancy !== true
      ? "not-stated"
      : age.boundsFromContext?.includes("from")
        ? "context"
        : age.basis;
  const upper =
    age.to === undefined ? "not-stated" : age.boundsFromContext?.includes("to") ? "context" : age.basis;
  return [lower, upper].includes("not-stated")
    ? "not-stated"
    : [lower, upper].includes("context")
      ? "context"
      : "stated";
}

/** Whether the cell rests on a stated age: some intervention in it has an indication of this row and kind whose both ends are stated. */
function checkBases(catalog: Catalog): void {
  for (const count of ["stated", "all"] as const) {
    const coverage = computeCoverage(catalog, { count });
    for (const row of coverage.rows) {
      for (const cell of row.cells) {
        for (const kind of KINDS) {
          const here = cell[kind];
          for (const { id, ageBasis } of here.interventions) {
            const bases = (catalog.interventionById.get(id)?.indications ?? [])
              .filter(
                (i) =>
                  i.kind === kind &&
                  (row.situation === GENERAL_ROW
                    ? i.situations.length === 0
                    : i.situations.includes(row.situation)) &&
                  oracleMatches(i, {
                    child: { ageYears: cell.age },
                    need: kind,
                    situations: row.situation === GENERAL_ROW ? [] : [row.situation],
                  }),
              )
              .map((i) => weakerEnd(i.age));
            const best = ["stated", "context", "not-stated"].find((b) => bases.includes(b));
            expect(ageBasis, `${row.situation} ${kind} ${cell.age} ${id}`).toBe(best);
          }
          const stated = here.interventions.some((c) => c.ageBasis === "stated");
          expect(here.covered).toBe(count === "all" ? here.interventions.length > 0 : stated);
        }
      }
    }
  }
}

describe("computeCoverage: how firmly an age is known", () => {
  it("gives each covering intervention the basis of its age, on the shipped and random catalogues", () => {
    checkBases(real);
    fc.assert(fc.property(syntheticCatalog(real), checkBases), { numRuns: 30 });
  });

  it("does not count the shelter row as covered: Tijd voor Toontje states no age", () => {
    const shelter = (count: "stated" | "all") =>
      computeCoverage(real, { count }).rows.find((r) => r.situation === "domestic-violence-shelter");
    for (const cell of shelter("stated")?.cells ?? []) {
      expect(cell.prevention).toEqual({
        covered: false,
        basis: "not-stated",
        interventions: [{ id: "tijd-voor-toontje", ageBasis: "not-stated" }],
      });
    }
    expect(shelter("all")?.cells.every((cell) => cell.prevention.covered)).toBe(true);
  });

  it("reads ITGG's 'tot 18 jaar' under the heading 'ouder dan zeven jaar' as context, VoorZorg's open end as not stated", () => {
    const row = (code: string) => computeCoverage(real).rows.find((r) => r.situation === code);
    expect(row("multiple-disabilities")?.cells[10]?.treatment.interventions).toEqual([
      { id: "itgg", ageBasis: "context" },
    ]);
    expect(row("teenage-single-mother")?.cells[17]?.prevention.interventions).toEqual([
      { id: "voorzorg", ageBasis: "not-stated" },
    ]);
    // A stated range both of whose ends the source gives: counted.
    expect(row("foster-care")?.cells[3]?.prevention.covered).toBe(true);
  });

  it("keeps only the contracted interventions when asked", () => {
    const coverage = computeCoverage(real, { only: new Set(["pipa"]) });
    const ids = coverage.rows.flatMap((r) =>
      r.cells.flatMap((c) => c.prevention.interventions.map((i) => i.id)),
    );
    expect(new Set(ids)).toEqual(new Set(["pipa"]));
  });
});
