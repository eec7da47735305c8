import { z } from "zod";
import { ageFits } from "../domain/age.js";
import type { Catalog, Indication } from "../domain/types.js";
import type { IndicationKind } from "../domain/vocabulary.js";
import { MAX_AGE_YEARS } from "./request.js";

/** The row of interventions not tied to a risk group. */
export const GENERAL_ROW = "general";

/** Which interventions apply at one age in one row, split by kind (ids in catalogue order). */
export const coverageCellSchema = z.object({
  age: z.int(),
  prevention: z.array(z.string()),
  treatment: z.array(z.string()),
});

/** One situation (or the general row) across every age, one cell per age in `ages` order. */
export const coverageRowSchema = z.object({
  /** A situation code, or "general" for interventions not tied to a risk group. */
  situation: z.string(),
  cells: z.array(coverageCellSchema),
});

/** The whole table: every age 0–18 against "general" and every situation (catalogue order). */
export const coverageSchema = z.object({
  ages: z.array(z.int()),
  rows: z.array(coverageRowSchema),
});

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
}

/**
 * Which interventions the catalogue offers per age and situation, for the
 * policy-maker page and /api/v1/coverage. Ages are born children in completed years;
 * an indication without a stated age counts at every age, as in the advice.
 */
export function computeCoverage(catalog: Catalog, options: CoverageOptions = {}): Coverage {
  const ages = Array.from({ length: MAX_AGE_YEARS + 1 }, (_, age) => age);
  const rowKeys = [GENERAL_ROW, ...catalog.situations.map((s) => s.code)];
  const rows = rowKeys.map((situation) => {
    const inRow = (indication: Indication) =>
      situation === GENERAL_ROW
        ? indication.situations.length === 0
        : indication.situations.includes(situation) ||
          (options.includeGeneral === true && indication.situations.length === 0);
    const cells = ages.map((age) => {
      const applies = (kind: IndicationKind) =>
        catalog.interventions
          .filter((intervention) =>
            intervention.indications.some(
              (indication) =>
                indication.kind === kind &&
                inRow(indication) &&
                ageFits(indication.age, { kind: "born", years: age }),
            ),
          )
          .map((intervention) => intervention.id);
      return { age, prevention: applies("prevention"), treatment: applies("treatment") };
    });
    return { situation, cells };
  });
  return { ages, rows };
}
