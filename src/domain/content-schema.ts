import { z } from "zod";
import { AGE_BASES, FACT_TOPICS, INDICATION_KINDS, NOTE_KINDS, RECOGNITION_LEVELS } from "./vocabulary.js";

/**
 * Schemas for the knowledge-base files in content/. They check the shape of one
 * file; references between files (situation codes, source documents, related
 * interventions, duplicate ids) are checked by the catalog loader.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
const nonEmpty = z.string().trim().min(1, "must not be empty");
const url = z.url({ protocol: /^https?$/ });

export const localizedSchema = z.object(
  {
    nl: z.string({ error: "missing Dutch text" }).trim().min(1, "missing Dutch text"),
    en: z.string().trim().min(1).optional(),
  },
  { error: "missing Dutch text" },
);

/** Where in a primary source a statement stands: document, section, list and 1-based item. */
export const sourceRefSchema = z.object({
  document: slug,
  section: nonEmpty,
  list: nonEmpty.optional(),
  item: z.number().int().positive().optional(),
});

const wholeYears = z.number().int().min(0).max(18);

export const ageRangeSchema = z
  .object({
    basis: z.enum(AGE_BASES),
    from: wholeYears.optional(),
    to: wholeYears.optional(),
    fromPregnancyWeek: z.number().int().min(1).max(42).optional(),
    /** Starts in pregnancy, the week not stated ("(aanstaande) moeders"). */
    startsInPregnancy: z.literal(true).optional(),
    approximate: z.boolean().optional(),
    boundsFromContext: z.array(z.enum(["from", "to"])).optional(),
    text: nonEmpty.optional(),
    note: localizedSchema.optional(),
  })
  .superRefine((age, ctx) => {
    if (age.from !== undefined && age.to !== undefined && age.from > age.to) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: `age from ${age.from} is above age to ${age.to}`,
      });
    }
    const bounded =
      age.from !== undefined ||
      age.to !== undefined ||
      age.fromPregnancyWeek !== undefined ||
      age.startsInPregnancy === true;
    if (age.basis === "not-stated" && bounded) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "a not-stated age cannot have bounds" });
    }
    if (age.basis !== "not-stated" && !bounded) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message: `a ${age.basis} age needs from, to, fromPregnancyWeek or startsInPregnancy`,
      });
    }
    if (age.fromPregnancyWeek !== undefined && age.startsInPregnancy === true) {
      ctx.addIssue({
        code: "custom",
        path: ["startsInPregnancy"],
        message: "give either fromPregnancyWeek or startsInPregnancy (week not stated), not both",
      });
    }
    const inPregnancy = age.fromPregnancyWeek !== undefined || age.startsInPregnancy === true;
    if (inPregnancy && age.from !== undefined && age.from !== 0) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "an age that starts in pregnancy cannot also start after birth",
      });
    }
  });

export const indicationSchema = z.object({
  kind: z.enum(INDICATION_KINDS),
  /** Empty: general (not tied to a risk group). */
  situations: z.array(slug),
  age: ageRangeSchema,
  databankRank: z.number().int().positive().optional(),
  source: sourceRefSchema.optional(),
  note: localizedSchema.optional(),
});

export const recognitionSchema = z.object({
  level: z.enum(RECOGNITION_LEVELS),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  ages: nonEmpty.optional(),
  source: url,
  note: localizedSchema.optional(),
});

export const factSchema = z.object({
  topic: z.enum(FACT_TOPICS),
  text: localizedSchema,
  source: url,
});

/** A place in a primary source by as much as is given: a document, or a list in it, or one item. */
export const sourcePatternSchema = sourceRefSchema.partial({ section: true });

export const noteSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: localizedSchema,
  /** Source document ids or addresses the note is about. */
  sources: z.array(nonEmpty).min(1),
  /**
   * For a quirk: the places in the primary sources it is about. An advice shows the
   * quirk only when an indication from one of them matched (src/engine/caveats.ts).
   */
  about: z.array(sourcePatternSchema).min(1).optional(),
});

export const interventionSchema = z.object({
  id: slug,
  name: nonEmpty,
  abbreviation: nonEmpty.optional(),
  /** null: the sources do not state a full name. */
  fullName: nonEmpty.nullable(),
  aliases: z.array(nonEmpty).default([]),
  /** null: not stated whether it is in the Databank Effectieve Jeugdinterventies. */
  inDatabank: z.boolean().nullable(),
  /** Empty: no source states a recognition. Several entries: sources disagree or it changed. */
  recognitions: z.array(recognitionSchema).default([]),
  summary: z.object({
    professionals: localizedSchema,
    policymakers: localizedSchema,
    /**
     * Source document ids or addresses the two summaries rest on. Optional in the shape
     * so stored revisions from before it still load; the content check requires it or
     * `ownDescription` (docs/decisions/072).
     */
    sources: z.array(nonEmpty).min(1).optional(),
    /** What the summaries say for which no source was found: the project's own description, marked as such. */
    ownDescription: localizedSchema.optional(),
  }),
  facts: z.array(factSchema).default([]),
  indications: z.array(indicationSchema).min(1, "an intervention needs at least one indication"),
  /** Places where a source lists the intervention without saying whom it is for. */
  listings: z.array(z.object({ source: sourceRefSchema, note: localizedSchema.optional() })).default([]),
  notes: z.array(noteSchema).default([]),
  related: z.array(slug).default([]),
});

export const harmfulPracticeSchema = z.object({
  id: slug,
  name: localizedSchema,
  synonyms: z.array(nonEmpty).default([]),
  /**
   * Words for the class the richtlijn gives this practice as an example of ("het
   * 'doorwerken' van trauma door regressie"): a search for them warns about it, but they
   * are not its names.
   */
  classTerms: z.array(nonEmpty).default([]),
  reason: localizedSchema,
  source: sourceRefSchema.optional(),
  secondary: z.array(z.object({ text: localizedSchema, source: url })).default([]),
});

export const situationSchema = z.object({
  code: slug,
  label: localizedSchema,
  synonyms: z
    .object({ nl: z.array(nonEmpty).default([]), en: z.array(nonEmpty).default([]) })
    .default({ nl: [], en: [] }),
});

export const preconditionSchema = z.object({
  id: slug,
  /** The key under `preconditions` in an advice request, e.g. safeStablePlace. */
  requestKey: z.string().regex(/^[a-z][A-Za-z]*$/),
  label: localizedSchema,
  explanation: localizedSchema,
  source: sourceRefSchema.optional(),
});

export const sourceDocumentSchema = z.object({
  id: slug,
  title: nonEmpty,
  publisher: nonEmpty,
  section: nonEmpty.optional(),
  url,
  description: localizedSchema,
});

/** Groups of words the search treats as the same (content/synonyms.yaml). */
export const synonymGroupSchema = z.array(nonEmpty).min(2);

export const harmfulPracticesFileSchema = z.object({ harmfulPractices: z.array(harmfulPracticeSchema) });
export const situationsFileSchema = z.object({ situations: z.array(situationSchema) });
export const preconditionsFileSchema = z.object({ preconditions: z.array(preconditionSchema) });
export const sourcesFileSchema = z.object({ sources: z.array(sourceDocumentSchema) });
export const synonymsFileSchema = z.object({ synonyms: z.array(synonymGroupSchema) });
