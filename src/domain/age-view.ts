import { z } from "zod";
import type { AgeRange } from "./age.js";
import { ageEnds } from "./age.js";
import { ageBasisInWords, ageInWords } from "./age-words.js";
import { ageRangeSchema, indicationSchema } from "./content-schema.js";
import type { Lang } from "./text.js";
import type { Indication } from "./types.js";
import { AGE_BASES } from "./vocabulary.js";

/*
 * An indication's age as the catalogue API and the search list give it to an
 * integrator: the content's own fields unchanged (clients rely on them), plus each
 * end with its own basis and the words a person reads (issue 11). The advice's
 * recommendations carry the same shape (src/engine/response.ts).
 */

/** One end of an age with its own basis (DOMAIN.md "Each end has its own basis"). */
export const ageEndViewSchema = z
  .object({
    basis: z.enum(AGE_BASES),
    years: z.int().optional().describe("Completed years; absent for an end in pregnancy"),
    pregnancyWeek: z
      .int()
      .optional()
      .describe("For a lower end in pregnancy, when the source names the week"),
    inPregnancy: z.boolean().optional().describe("A lower end before birth"),
    approximate: z.boolean().optional(),
  })
  .meta({ id: "AgeEnd" });

export const ageViewSchema = z
  .object({
    ...ageRangeSchema.shape,
    ends: z.object({ from: ageEndViewSchema, to: ageEndViewSchema }),
    words: z
      .string()
      .describe('The age as a person reads it, e.g. "eerste levensjaar", "7 tot en met 17 jaar"'),
    basisWords: z
      .string()
      .nullable()
      .describe(
        'How the ends are known when not both stated, e.g. "bovengrens vermeld, ondergrens uit de lijst"',
      ),
  })
  .meta({ id: "IndicationAge" });
export type AgeView = z.infer<typeof ageViewSchema>;

/** The content's age with its ends and words added, in the asked language. */
export function ageView(range: AgeRange, lang: Lang): AgeView {
  return {
    // AgeRange is the loader's reading of the same schema (wider only in startsInPregnancy: boolean).
    ...(range as AgeView),
    ends: ageEnds(range),
    words: ageInWords(range, lang),
    basisWords: ageBasisInWords(range, lang) ?? null,
  };
}

/** An indication as the API answers it: the content's fields, its age as {@link ageView}. */
export const indicationViewSchema = indicationSchema
  .extend({ age: ageViewSchema })
  .meta({ id: "Indication", description: "Who an intervention is for, according to one source statement" });
export type IndicationView = z.infer<typeof indicationViewSchema>;

export function indicationView(indication: Indication, lang: Lang): IndicationView {
  return { ...indication, age: ageView(indication.age, lang) };
}
