import { z } from "zod";
import { ageViewSchema } from "../domain/age-view.js";
import { AGE_BASES } from "../domain/vocabulary.js";

/** Where a reason comes from: document id, section, and where known the list and 1-based item. */
export const adviceSourceSchema = z.object({
  document: z.string(),
  section: z.string(),
  list: z.string().optional(),
  item: z.int().optional(),
});

/** One matched indication, said in words, with its place in the source. */
export const adviceReasonSchema = z.object({
  text: z.string(),
  source: adviceSourceSchema,
});

/** What a caveat is about, so pages can group or mark them. */
export const CAVEAT_KINDS = [
  "age-from-context",
  "age-approximate",
  "age-not-stated",
  "age-bound-from-context",
  "age-end-not-stated",
  "indication-note",
  "source-quirk",
  "source-disagreement",
  "recognition-stale",
  "recognition-not-stated",
] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

/** Something to weigh before acting on a recommendation. */
export const adviceCaveatSchema = z.object({
  kind: z.enum(CAVEAT_KINDS),
  text: z.string(),
  /**
   * The matched indication the caveat is about (age, indication and quirk caveats);
   * absent for caveats about the intervention as a whole (disagreements, recognition).
   */
  concerns: adviceSourceSchema.optional(),
});

/** A recommended intervention (or one that would be, once the preconditions are met). */
export const recommendationSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The best matched indication names one of the request's situations. */
  specific: z.boolean(),
  /** The request's situations that the best matched indication names. */
  matchedSituations: z.array(z.string()),
  /**
   * How the best matched indication's age is known as a whole (rule 4 orders by it); an
   * end may still be open or from the list's context: see `age.ends` and the caveats.
   */
  ageBasis: z.enum(AGE_BASES),
  /** The best matched indication's age: the content's fields, each end with its basis, and its words. */
  age: ageViewSchema,
  /** One per matched indication, best first. */
  reasons: z.array(adviceReasonSchema),
  caveats: z.array(adviceCaveatSchema),
});

/** Why an indication does not fit this child. */
export const mismatchReasonSchema = z.object({
  text: z.string(),
  source: adviceSourceSchema.optional(),
});

/** An intervention that does not fit, with one reason per indication. */
export const notSuitableSchema = z.object({
  id: z.string(),
  name: z.string(),
  reasons: z.array(mismatchReasonSchema),
});

/** A practice that is not effective or harmful; every advice carries all of them. */
export const adviceWarningSchema = z.object({
  id: z.string(),
  name: z.string(),
  text: z.string(),
});

/** A sentence for the whole advice: the preconditions still to verify. */
export const adviceNoticeSchema = z.object({
  kind: z.enum(["preconditions-unverified"]),
  text: z.string(),
});

/** Where an advice with nothing to recommend can go next, computed from the knowledge base. */
export const NEXT_STEP_KINDS = [
  "after-birth",
  "need-either",
  "after-birth-need-either",
  "first-precondition",
  "once-met",
  "nothing-else",
] as const;

export const nextStepSchema = z.object({
  kind: z.enum(NEXT_STEP_KINDS),
  text: z.string(),
  /** What would be recommended on that way (empty for a precondition or when nothing would). */
  interventions: z.array(z.object({ id: z.string(), name: z.string() })),
  /** For "first-precondition": the precondition, and where the richtlijn says so. */
  precondition: z.string().optional(),
  source: adviceSourceSchema.optional(),
});

/** The outcome in one sentence: how many fit, or why nothing is recommended. */
export const adviceOutcomeSchema = z.object({
  kind: z.enum(["recommendations", "nothing-fits", "preconditions-not-met"]),
  text: z.string(),
});

/**
 * The advice exactly as DOMAIN.md's contract gives it, plus `notices` (readable
 * sentences for preconditions still to verify), `outcome`, `nextSteps`, structured
 * `age` on recommendations and `kind`/`concerns` on caveats.
 */
export const adviceResponseSchema = z.object({
  status: z.enum(["recommendations", "preconditions-not-met"]),
  /** Precondition ids answered `no`, in catalogue order. */
  unmetPreconditions: z.array(z.string()),
  /** Precondition ids answered `unknown`, in catalogue order: verify these. */
  unverifiedPreconditions: z.array(z.string()),
  recommended: z.array(recommendationSchema),
  /** What would be recommended once the unmet preconditions are met. */
  onceMet: z.array(recommendationSchema),
  notSuitable: z.array(notSuitableSchema),
  notices: z.array(adviceNoticeSchema),
  /** The outcome in one sentence. */
  outcome: adviceOutcomeSchema,
  /** When nothing is recommended: why not and what comes next; empty otherwise. */
  nextSteps: z.array(nextStepSchema),
  warnings: z.array(adviceWarningSchema),
});

export type AdviceSource = z.infer<typeof adviceSourceSchema>;
export type AdviceReason = z.infer<typeof adviceReasonSchema>;
export type AdviceCaveat = z.infer<typeof adviceCaveatSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type MismatchReason = z.infer<typeof mismatchReasonSchema>;
export type NotSuitable = z.infer<typeof notSuitableSchema>;
export type AdviceWarning = z.infer<typeof adviceWarningSchema>;
export type AdviceNotice = z.infer<typeof adviceNoticeSchema>;
export type NextStep = z.infer<typeof nextStepSchema>;
export type AdviceOutcome = z.infer<typeof adviceOutcomeSchema>;
export type AdviceStatus = z.infer<typeof adviceResponseSchema>["status"];
/** The whole advice for one request. */
export type Advice = z.infer<typeof adviceResponseSchema>;
