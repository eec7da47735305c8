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
        expect(cell[kind]).toEqual(own);
        // With general ones: what the advice would recommend for that child.
        const advised = inCatalogOrder(catalog, oracleAdvice(catalog, request).ranked);
        expect(withGeneral.rows[index]?.cells[position]?.[kind]).toEqual(advised);
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
    expect(row("foster-care")?.cells[4]?.prevention).toContain("pipa");
    expect(row("foster-care")?.cells[5]?.prevention).not.toContain("pipa");
    expect(row(GENERAL_ROW)?.cells[4]?.prevention).not.toContain("pipa");
  });

  it("agrees with the advice rules on random catalogues", () => {
    fc.assert(fc.property(syntheticCatalog(real), checkCoverage), { numRuns: 40 });
  });
});
