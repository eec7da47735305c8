/**
 * Fixed vocabularies from DOMAIN.md that the code itself relies on. Interventions,
 * situations and harmful practices are data (content/); these are not.
 */
export const INDICATION_KINDS = ["prevention", "treatment"] as const;
export type IndicationKind = (typeof INDICATION_KINDS)[number];

export const NEEDS = ["prevention", "treatment", "either"] as const;
export type Need = (typeof NEEDS)[number];

export const AGE_BASES = ["stated", "context", "not-stated"] as const;
export type AgeBasis = (typeof AGE_BASES)[number];

export const PRECONDITION_ANSWERS = ["yes", "no", "unknown"] as const;
export type PreconditionAnswer = (typeof PRECONDITION_ANSWERS)[number];

/** Databank recognition levels, lowest to highest, then "not recognised". */
export const RECOGNITION_LEVELS = [
  "goed-onderbouwd",
  "effectief-eerste-aanwijzingen",
  "effectief-goede-aanwijzingen",
  "effectief-sterke-aanwijzingen",
  "niet-erkend",
] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export const NOTE_KINDS = ["quirk", "disagreement", "scope"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const FACT_TOPICS = ["full-name", "format", "developer", "aim", "age", "databank", "other"] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

/** A Databank recognition older than this is "in herbeoordeling" (secondary-facts.md). */
export const RECOGNITION_STALE_AFTER_YEARS = 5;
