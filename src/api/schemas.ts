import { z } from "zod";
import { indicationViewSchema } from "../domain/age-view.js";
import {
  harmfulPracticeSchema,
  interventionSchema,
  preconditionSchema,
  situationSchema,
} from "../domain/content-schema.js";
import { AGE_BASES, INDICATION_KINDS } from "../domain/vocabulary.js";

/**
 * Schemas of the API's own answers and bodies. Each has an id, so the OpenAPI
 * document names it as a component and the reference page can link to it.
 */

export const fieldIssueSchema = z
  .object({
    path: z.string().describe('The field, as "child.ageYears" or "situations[0]"; empty for the whole body'),
    message: z.string(),
  })
  .meta({ id: "FieldIssue" });

export const problemSchema = z
  .object({
    type: z.string().describe("A link to the explanation of this kind of problem"),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.array(fieldIssueSchema),
    requestId: z.string().optional().describe("Name this id when you report the problem"),
    see: z.string().optional().describe("Where the thing asked for can be found instead"),
  })
  .meta({ id: "Problem", description: "An error (RFC 9457 problem details)" });

/** The content's intervention with each indication's age given per end and in words (issue 11). */
export const interventionDetailSchema = interventionSchema
  .extend({ indications: z.array(indicationViewSchema) })
  .meta({
    id: "Intervention",
    description: "One intervention with its indications (who it is for, with sources)",
  });

export const situationListSchema = z
  .object({ revision: z.int(), items: z.array(situationSchema.meta({ id: "Situation" })) })
  .meta({ id: "SituationList" });

export const preconditionListSchema = z
  .object({ revision: z.int(), items: z.array(preconditionSchema.meta({ id: "Precondition" })) })
  .meta({ id: "PreconditionList" });

export const harmfulPracticeDetailSchema = harmfulPracticeSchema.meta({
  id: "HarmfulPractice",
  description: "A practice that is not effective or harmful: never recommended",
});

export const harmfulPracticeListSchema = z
  .object({ revision: z.int(), items: z.array(harmfulPracticeDetailSchema) })
  .meta({ id: "HarmfulPracticeList" });

export const exportRowSchema = z
  .object({
    interventionId: z.string(),
    interventionName: z.string(),
    kind: z.enum(INDICATION_KINDS),
    situations: z.array(z.string()),
    ageFrom: z.int().nullable(),
    ageTo: z.int().nullable(),
    fromPregnancyWeek: z.int().nullable(),
    ageBasis: z.enum(AGE_BASES),
    ageApproximate: z.boolean(),
    ageText: z.string().nullable(),
    databankRank: z.int().nullable(),
    sourceDocument: z.string().nullable(),
    sourceSection: z.string().nullable(),
    sourceList: z.string().nullable(),
    sourceItem: z.int().nullable(),
    ageFromBasis: z.enum(AGE_BASES).describe("How the lower end is known (each end has its own basis)"),
    ageToBasis: z.enum(AGE_BASES).describe("How the upper end is known"),
    startsInPregnancy: z
      .boolean()
      .describe("The indication starts before birth, with or without a stated week"),
    ageWords: z.string().describe('The age in words, e.g. "eerste levensjaar", "7 tot en met 17 jaar"'),
    ageBasisWords: z
      .string()
      .nullable()
      .describe(
        'How the ends are known when not both stated, e.g. "bovengrens vermeld, ondergrens uit de lijst"',
      ),
  })
  .meta({ id: "ExportRow", description: "One indication of one intervention" });

export const catalogExportSchema = z
  .object({ revision: z.int(), rows: z.array(exportRowSchema) })
  .meta({ id: "CatalogExport" });

/** Feedback ("Reageer!") as a visitor sends it. */
export const feedbackRequestSchema = z
  .strictObject(
    {
      about: z
        .string({ error: "about must be a page path or an intervention id" })
        .trim()
        .min(1, { error: "about must not be empty" })
        .max(300, { error: "about may be at most 300 characters" })
        .regex(/^(\/[^\s]*|[a-z0-9]+(-[a-z0-9]+)*)$/, {
          error: "about must be a page path (starting with /) or an intervention id",
        }),
      message: z
        .string({ error: "message must be text" })
        .trim()
        .min(1, { error: "message must not be empty" })
        .max(5000, { error: "message may be at most 5000 characters" }),
      name: z
        .string({ error: "name must be text" })
        .trim()
        .max(200, { error: "name may be at most 200 characters" })
        .optional(),
      email: z
        .email({ error: "email must be a valid e-mail address" })
        .max(254, { error: "email may be at most 254 characters" })
        .optional(),
      role: z
        .string({ error: "role must be text" })
        .trim()
        .max(100, { error: "role may be at most 100 characters" })
        .optional(),
    },
    { error: "the request must be a JSON object" },
  )
  .meta({ id: "FeedbackRequest" });

export const feedbackCreatedSchema = z
  .object({ id: z.string(), createdAt: z.string() })
  .meta({ id: "FeedbackCreated" });
