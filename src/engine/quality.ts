import { z } from "zod";
import { ageEnds } from "../domain/age.js";
import {
  isInReview,
  latestRecognition,
  recognitionAgeInYears,
  recognitionAgeWordings,
  recognitionLevels,
} from "../domain/recognition.js";
import type { Catalog, Intervention } from "../domain/types.js";
import { INDICATION_KINDS, RECOGNITION_LEVELS } from "../domain/vocabulary.js";

/*
 * What a curator should look at in the knowledge base (issue 15, item 5), read from one
 * catalogue snapshot: recognitions the Databank is due to re-assess, statements without a
 * source, sources that disagree without a note saying so, and indications whose age no
 * source states. Each rule is the one the public pages and the advice use; this file only
 * gathers where it holds.
 */

const interventionRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    file: z
      .string()
      .describe("The content file the intervention is kept in, e.g. content/interventions/pipa.yaml"),
  })
  .meta({ id: "QualityIntervention" });

const staleRecognitionSchema = z
  .object({
    intervention: interventionRefSchema,
    level: z.enum(RECOGNITION_LEVELS),
    date: z.string().describe("The date of the latest recognition, as the source gives it"),
    ageYears: z.int().describe("Whole years since that date"),
    source: z.string(),
  })
  .meta({
    id: "StaleRecognition",
    description: "An intervention whose latest recognition is older than five years (in herbeoordeling)",
  });

export const UNCITED_KINDS = ["summary", "indication", "fact", "recognition"] as const;

const uncitedSchema = z
  .object({
    intervention: interventionRefSchema,
    kind: z.enum(UNCITED_KINDS),
    path: z.string().describe('Where in the intervention, e.g. "indications.2" or "summary.sources"'),
  })
  .meta({ id: "UncitedStatement", description: "A statement that names no source" });

const disagreementSchema = z
  .object({
    intervention: interventionRefSchema,
    levels: z
      .array(z.enum(RECOGNITION_LEVELS))
      .describe("The levels the sources give (several: they differ)"),
    ages: z.array(z.string()).describe("The age wordings the recognitions give (several: they differ)"),
  })
  .meta({
    id: "UnexplainedDisagreement",
    description: "Sources that give different recognition levels or ages, with no disagreement note",
  });

export const MISSING_AGE_ENDS = ["age", "from", "to"] as const;

const ageNotStatedSchema = z
  .object({
    intervention: interventionRefSchema,
    path: z.string().describe('Where in the intervention, e.g. "indications.0"'),
    kind: z.enum(INDICATION_KINDS),
    missing: z
      .enum(MISSING_AGE_ENDS)
      .describe("`age`: no age at all; `from` or `to`: that end is not stated"),
  })
  .meta({ id: "AgeNotStated", description: "An indication whose age, or one end of it, no source states" });

function listOf<T extends z.ZodType>(item: T) {
  return z.object({ count: z.int(), items: z.array(item) });
}

export const qualityReportSchema = z
  .object({
    revision: z.int().describe("The content revision the report was made from"),
    checkedAt: z.string().describe("The moment the five years are counted to"),
    staleRecognitions: listOf(staleRecognitionSchema),
    uncited: listOf(uncitedSchema),
    disagreementsWithoutNote: listOf(disagreementSchema),
    agesNotStated: listOf(ageNotStatedSchema),
  })
  .meta({ id: "QualityReport", description: "What needs a curator's attention in the current content" });

export type QualityReport = z.infer<typeof qualityReportSchema>;
export type QualityIntervention = z.infer<typeof interventionRefSchema>;

/** The shipped files are named by the intervention's id (content/interventions/<id>.yaml). */
function refOf(intervention: Intervention): QualityIntervention {
  return {
    id: intervention.id,
    name: intervention.name,
    file: `content/interventions/${intervention.id}.yaml`,
  };
}

function counted<T>(items: T[]): { count: number; items: T[] } {
  return { count: items.length, items };
}

/** The latest recognition when it is "in herbeoordeling": the rule of domain/recognition.ts. */
function staleRecognitions(catalog: Catalog, now: Date) {
  return catalog.interventions.flatMap((intervention) => {
    const latest = latestRecognition(intervention);
    if (!latest || !isInReview(intervention, now)) return [];
    return [
      {
        intervention: refOf(intervention),
        level: latest.level,
        date: latest.date,
        ageYears: recognitionAgeInYears(latest.date, now),
        source: latest.source,
      },
    ];
  });
}

const blank = (text: string | undefined) => text === undefined || text.trim() === "";

/**
 * Statements without a source (DOMAIN.md: every fact cites where it comes from). A summary
 * marked as own description says so itself (docs/decisions/072); facts and recognitions
 * must have an address by the content's shape, so only an empty one can appear there.
 */
function uncited(catalog: Catalog) {
  return catalog.interventions.flatMap((intervention) => {
    const ref = refOf(intervention);
    const found: z.infer<typeof uncitedSchema>[] = [];
    const { sources, ownDescription } = intervention.summary;
    if ((sources ?? []).every(blank) && ownDescription === undefined) {
      found.push({ intervention: ref, kind: "summary", path: "summary.sources" });
    }
    intervention.indications.forEach((indication, i) => {
      if (!indication.source) found.push({ intervention: ref, kind: "indication", path: `indications.${i}` });
    });
    intervention.facts.forEach((fact, i) => {
      if (blank(fact.source)) found.push({ intervention: ref, kind: "fact", path: `facts.${i}` });
    });
    intervention.recognitions.forEach((recognition, i) => {
      if (blank(recognition.source)) {
        found.push({ intervention: ref, kind: "recognition", path: `recognitions.${i}` });
      }
    });
    return found;
  });
}

/** Several levels or ages (domain/recognition.ts) and no note of kind "disagreement" (docs/decisions/010). */
function disagreementsWithoutNote(catalog: Catalog) {
  return catalog.interventions.flatMap((intervention) => {
    const levels = recognitionLevels(intervention);
    const ages = recognitionAgeWordings(intervention);
    if (levels.length < 2 && ages.length < 2) return [];
    if (intervention.notes.some((note) => note.kind === "disagreement")) return [];
    return [{ intervention: refOf(intervention), levels, ages }];
  });
}

/** Indications with no age, or an end of it, that a source states (domain/age.ts, ageEnds). */
function agesNotStated(catalog: Catalog) {
  return catalog.interventions.flatMap((intervention) =>
    intervention.indications.flatMap((indication, i) => {
      const { from, to } = ageEnds(indication.age);
      let missing: (typeof MISSING_AGE_ENDS)[number] | undefined;
      if (indication.age.basis === "not-stated") missing = "age";
      else if (from.basis === "not-stated") missing = "from";
      else if (to.basis === "not-stated") missing = "to";
      if (!missing) return [];
      return [
        { intervention: refOf(intervention), path: `indications.${i}`, kind: indication.kind, missing },
      ];
    }),
  );
}

/** The quality report of a catalogue snapshot at `now`. Pure: the pages and the API render it. */
export function qualityReport(catalog: Catalog, now: Date): QualityReport {
  return {
    revision: catalog.revision,
    checkedAt: now.toISOString(),
    staleRecognitions: counted(staleRecognitions(catalog, now)),
    uncited: counted(uncited(catalog)),
    disagreementsWithoutNote: counted(disagreementsWithoutNote(catalog)),
    agesNotStated: counted(agesNotStated(catalog)),
  };
}
