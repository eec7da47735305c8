import type { z } from "zod";
import type {
  harmfulPracticeSchema,
  indicationSchema,
  interventionSchema,
  preconditionSchema,
  situationSchema,
  sourceDocumentSchema,
  sourcePatternSchema,
  sourceRefSchema,
} from "./content-schema.js";

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Indication = z.infer<typeof indicationSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type HarmfulPractice = z.infer<typeof harmfulPracticeSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type Precondition = z.infer<typeof preconditionSchema>;
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/**
 * One immutable snapshot of the knowledge base. The engine, search, pages and
 * exports read only this; it is rebuilt, never mutated, when content changes.
 */
export interface Catalog {
  /** Content revision the snapshot was built from (1 for the shipped content). */
  readonly revision: number;
  /** Sorted by name (Dutch collation), then id. */
  readonly interventions: readonly Intervention[];
  readonly interventionById: ReadonlyMap<string, Intervention>;
  readonly harmfulPractices: readonly HarmfulPractice[];
  readonly situations: readonly Situation[];
  readonly situationByCode: ReadonlyMap<string, Situation>;
  readonly preconditions: readonly Precondition[];
  readonly sources: readonly SourceDocument[];
  readonly sourceById: ReadonlyMap<string, SourceDocument>;
  /** Groups of search terms that mean the same. */
  readonly synonyms: readonly (readonly string[])[];
}

/**
 * The knowledge base as files or the database hold it: every item parsed and every
 * reference resolved, in the curator's order. The catalog builds its snapshot from
 * this; the database stores and gives back exactly this.
 */
export interface ContentBundle {
  readonly interventions: readonly Intervention[];
  readonly harmfulPractices: readonly HarmfulPractice[];
  readonly situations: readonly Situation[];
  readonly preconditions: readonly Precondition[];
  readonly sources: readonly SourceDocument[];
  readonly synonyms: readonly (readonly string[])[];
}

/** Who made a content revision and why; every revision keeps it. */
export interface RevisionMeta {
  readonly author: string;
  readonly reason: string;
}

/** A problem found in content: which file, where in it, and what is wrong. */
export interface ContentProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}
export type SourcePattern = z.infer<typeof sourcePatternSchema>;
