import { z } from "zod";
import { indicationViewSchema } from "../domain/age-view.js";
import { INDICATION_KINDS, RECOGNITION_LEVELS } from "../domain/vocabulary.js";

/** The fields a highlight can come from. */
export const HIGHLIGHT_FIELDS = ["name", "abbreviation", "alias", "situation", "summary", "fact"] as const;
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number];

/**
 * A short text from one field of an intervention with the matched words as
 * character ranges (`text.slice(start, end)`), so a page can wrap them in <mark>
 * without parsing markup (docs/decisions/031).
 */
export const highlightSchema = z.object({
  field: z.enum(HIGHLIGHT_FIELDS),
  text: z.string(),
  matches: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
});
export type Highlight = z.infer<typeof highlightSchema>;

export const searchItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().optional(),
  /** Relevance; 0 when the list has no query text and is sorted by name. */
  score: z.number().min(0),
  kinds: z.array(z.enum(INDICATION_KINDS)),
  /** Each distinct age of its indications in words, joined with "; ", e.g. "eerste levensjaar; 0 tot ongeveer 7 jaar (uit de context)". */
  ages: z.string(),
  /** Each indication with its age as data: each end with its own basis, and the words. */
  indications: z.array(indicationViewSchema),
  situations: z.array(z.string()),
  /** The latest recognition level (undated: the first listed), or null when no source states one. */
  recognition: z.enum(RECOGNITION_LEVELS).nullable(),
  /** Every distinct level the sources give; more than one means they disagree (e.g. PCIT). */
  recognitionLevels: z.array(z.enum(RECOGNITION_LEVELS)),
  inDatabank: z.boolean().nullable(),
  summary: z.string(),
  highlights: z.array(highlightSchema),
});
export type SearchItem = z.infer<typeof searchItemSchema>;

export const warningSourceSchema = z.object({
  document: z.string(),
  section: z.string(),
  list: z.string().optional(),
  item: z.number().int().optional(),
});

/** A harmful practice the query mentioned: why it is not done, and where that is stated. */
export const harmfulWarningSchema = z.object({
  id: z.string(),
  name: z.string(),
  text: z.string(),
  source: warningSourceSchema.optional(),
});
export type HarmfulWarning = z.infer<typeof harmfulWarningSchema>;

const countsSchema = z.record(z.string(), z.number().int().min(0));

export const searchFacetsSchema = z.object({
  need: z.object({ prevention: z.number().int().min(0), treatment: z.number().int().min(0) }),
  situation: countsSchema,
  recognition: countsSchema,
  inDatabank: z.object({
    yes: z.number().int().min(0),
    no: z.number().int().min(0),
    unknown: z.number().int().min(0),
  }),
});
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

/** What the search read from the query text itself (e.g. "3 jaar", "pleeggezin"). */
export const understoodSchema = z.object({
  ageYears: z.number().int().min(0).optional(),
  situations: z.array(z.string()),
  /** Present when the text says the child is not born yet (zwanger, aanstaande moeder, pregnant). */
  pregnancy: z.literal(true).optional(),
});

/**
 * Said when words of the query found nothing: which, and where to go instead
 * (the keuzehulp). `text` and `suggestion` are in the asked language; `href` is
 * the keuzehulp's path on this site.
 */
export const searchNoticeSchema = z.object({
  text: z.string(),
  suggestion: z.string(),
  href: z.string(),
});
export type SearchNotice = z.infer<typeof searchNoticeSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchItemSchema),
  /** All matches, over all pages. */
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  facets: searchFacetsSchema,
  warnings: z.array(harmfulWarningSchema),
  understood: understoodSchema,
  /** Words of the query (lower case, without accents) that found nothing; stop words are never listed. */
  unmatchedTerms: z.array(z.string()),
  /** Present when some words or the whole query found nothing. */
  notice: searchNoticeSchema.optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
