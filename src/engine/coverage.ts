import { z } from "zod";
import { ageFits, strongerBasis, weakestEndBasis } from "../domain/age.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import { AGE_BASES, type AgeBasis, type IndicationKind } from "../domain/vocabulary.js";
import { MAX_AGE_YEARS } from "./request.js";

/** The row of interventions not tied to a risk group. */
export const GENERAL_ROW = "general";

/**
 * Which ages count as covered: `stated` (default) only ages both ends of which the
 * source states for the intervention itself; `all` also ages read from a list's
 * context or not stated at all (which exclude nobody, so they "cover" every age).
 */
export const COVERAGE_COUNTS = ["stated", "all"] as const;
export type CoverageCount = (typeof COVERAGE_COUNTS)[number];

/** One intervention that applies in a cell, and how firmly its age is known there. */
export const coveringSchema = z.object({
  id: z.string(),
  ageBasis: z.enum(AGE_BASES).describe("The best of its matching indications' weakest-end bases"),
});

/** One kind in one cell: who applies, how firmly, and whether that counts as covered. */
export const kindCoverageSchema = z.object({
  covered: z.boolean().describe("Whether the cell counts as covered under the chosen `count`"),
  basis: z
    .enum(AGE_BASES)
    .nullable()
    .describe("The best age basis among the interventions; null when none applies"),
  interventions: z.array(coveringSchema),
});

/** Which interventions apply at one age in one row, split by kind (interventions in catalogue order). */
export const coverageCellSchema = z.object({
  age: z.int(),
  prevention: kindCoverageSchema,
  treatment: kindCoverageSchema,
});

/** One situation (or the general row) across every age, one cell per age in `ages` order. */
export const coverageRowSchema = z.object({
  /** A situation code, or "general" for interventions not tied to a risk group. */
  situation: z.string(),
  cells: z.array(coverageCellSchema),
});

/** The whole table: every age 0–18 against "general" and every situation (catalogue order). */
export const coverageSchema = z.object({
  count: z.enum(COVERAGE_COUNTS).describe("Which ages count as covered (the request's `count`)"),
  includeGeneral: z.boolean().describe("Whether situation rows also count general interventions"),
  ages: z.array(z.int()),
  rows: z.array(coverageRowSchema),
});

export type Covering = z.infer<typeof coveringSchema>;
export type KindCoverage = z.infer<typeof kindCoverageSchema>;
export type CoverageCell = z.infer<typeof coverageCellSchema>;
export type CoverageRow = z.infer<typeof coverageRowSchema>;
export type Coverage = z.infer<typeof coverageSchema>;

export interface CoverageOptions {
  /**
   * Also count general interventions in every situation's row: the row then shows what
   * the advice would offer that child. Default false: a row shows only what is meant
   * for that situation, so gaps stand out.
   */
  readonly includeGeneral?: boolean;
  /** Which ages count as covered; default "stated". */
  readonly count?: CoverageCount;
  /** Only these interventions (what a municipality contracts); default every one. */
  readonly only?: ReadonlySet<string>;
}

/** Whether a cell whose best basis is `basis` counts as covered. */
export function countsAsCovered(basis: AgeBasis | null, count: CoverageCount): boolean {
  return basis === "stated" || (count === "all" && basis !== null);
}

/**
 * Which interventions the catalogue offers per age and situation, for the
 * policy-maker page and /api/v1/coverage. Ages are born children in completed years;
 * an indication without a stated age applies at every age, as in the advice, but
 * only counts as covering it when the caller asks for `count: "all"`.
 */
export function computeCoverage(catalog: Catalog, options: CoverageOptions = {}): Coverage {
  const count = options.count ?? "stated";
  const ages = Array.from({ length: MAX_AGE_YEARS + 1 }, (_, age) => age);
  const interventions = catalog.interventions.filter((i) => !options.only || options.only.has(i.id));
  const rowKeys = [GENERAL_ROW, ...catalog.situations.map((s) => s.code)];
  const rows = rowKeys.map((situation) => {
    const inRow = (indication: Indication) =>
      situation === GENERAL_ROW
        ? indication.situations.length === 0
        : indication.situations.includes(situation) ||
          (options.includeGeneral === true && indication.situations.length === 0);
    const cells = ages.map((age) => {
      const kindCoverage = (kind: IndicationKind): KindCoverage => {
        const covering = interventions.flatMap((intervention) => {
          const ageBasis = bestBasisAt(intervention, age, (i) => i.kind === kind && inRow(i));
          return ageBasis ? [{ id: intervention.id, ageBasis }] : [];
        });
        const basis = covering.reduce<AgeBasis | null>(
          (best, c) => (best ? strongerBasis(best, c.ageBasis) : c.ageBasis),
          null,
        );
        return { covered: countsAsCovered(basis, count), basis, interventions: covering };
      };
      return { age, prevention: kindCoverage("prevention"), treatment: kindCoverage("treatment") };
    });
    return { situation, cells };
  });
  return { count, includeGeneral: options.includeGeneral === true, ages, rows };
}

/** The firmest basis among an intervention's indications that apply at `age`; undefined when none does. */
function bestBasisAt(
  intervention: Intervention,
  age: number,
  applies: (indication: Indication) => boolean,
): AgeBasis | undefined {
  let best: AgeBasis | undefined;
  for (const indication of intervention.indications) {
    if (!applies(indication) || !ageFits(indication.age, { kind: "born", years: age })) continue;
    const basis = weakestEndBasis(indication.age);
    best = best ? strongerBasis(best, basis) : basis;
  }
  return best;
}
