import { z } from "zod";
import type { FieldIssue } from "../domain/app-error.js";
import { issuesFromZod } from "../domain/app-error.js";
import { situationChoices } from "../domain/choices.js";
import { messages, type QueryTexts } from "../domain/messages/index.js";
import { LANGS, type Lang } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { NEEDS, RECOGNITION_LEVELS } from "../domain/vocabulary.js";

/** Longest query text the search analyses; longer text is cut, not refused (docs/decisions/030). */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Oldest age in months that is still a child of 18 (18 × 12 + 11). */
export const MAX_AGE_MONTHS = 227;

/** The query schema with its messages in one language; both are built once, at start. */
function buildSearchQuerySchema(t: QueryTexts) {
  const whole = (min: number, max?: number) => {
    const message = max === undefined ? t.atLeast(min) : t.range(min, max);
    const number = z
      .number({ error: t.wholeNumber })
      .int({ error: t.wholeNumber })
      .min(min, { error: message });
    return max === undefined ? number : number.max(max, { error: message });
  };
  return z
    .object({
      q: z
        .string({ error: t.text })
        .optional()
        .transform((q) => (q === undefined ? undefined : cutQuery(q))),
      age: whole(0, 18).optional(),
      ageMonths: whole(0, MAX_AGE_MONTHS).optional(),
      need: z.enum(NEEDS, { error: t.oneOf(NEEDS) }).optional(),
      situation: z.array(z.string().min(1)).optional(),
      recognition: z.enum(RECOGNITION_LEVELS, { error: t.oneOf(RECOGNITION_LEVELS) }).optional(),
      inDatabank: z.boolean({ error: t.trueOrFalse }).optional(),
      page: whole(1).optional(),
      pageSize: whole(1, MAX_PAGE_SIZE).optional(),
      lang: z.enum(LANGS, { error: t.oneOf(LANGS) }).optional(),
    })
    .superRefine((query, ctx) => {
      if (query.age !== undefined && query.ageMonths !== undefined) {
        ctx.addIssue({ code: "custom", path: ["ageMonths"], message: t.ageOrMonths });
      }
    });
}

const SCHEMAS = {
  nl: buildSearchQuerySchema(messages("nl").search.query),
  en: buildSearchQuerySchema(messages("en").search.query),
};

/**
 * A search request with typed values (API bodies, the CLI, tests). URL query
 * strings go through {@link parseSearchQuery}, which converts and then checks
 * with this same schema (in the language its messages are to be in).
 */
export const searchQuerySchema = SCHEMAS.nl;

/** A checked search request; absent fields mean "no filter" (page 1, 20 per page, Dutch). */
export type SearchQuery = z.output<typeof searchQuerySchema>;
/** What a caller may pass to {@link searchQuerySchema}. */
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

/**
 * The query parameters as they arrive in a URL, for the OpenAPI description of
 * GET /api/v1/interventions. Values are checked by {@link parseSearchQuery}.
 */
export const searchQueryParamsSchema = z.object({
  q: z.string().optional().describe(`Zoektekst; langer dan ${MAX_QUERY_LENGTH} tekens wordt ingekort`),
  age: z.string().optional().describe("Leeftijd in jaren (0–18)"),
  ageMonths: z.string().optional().describe(`Leeftijd in maanden (0–${MAX_AGE_MONTHS})`),
  need: z.enum(NEEDS).optional(),
  situation: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe("Situatiecode; herhaalbaar"),
  recognition: z.enum(RECOGNITION_LEVELS).optional(),
  inDatabank: z.enum(["true", "false"]).optional(),
  page: z.string().optional(),
  pageSize: z.string().optional(),
  lang: z.enum(LANGS).optional(),
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Trims and cuts a query to {@link MAX_QUERY_LENGTH} code points, never splitting a
 * surrogate pair, and replaces lone surrogates so every later step sees well-formed text.
 */
export function cutQuery(q: string): string {
  const wellFormed = q.replace(LONE_SURROGATE, "\uFFFD");
  const trimmed = wellFormed.trim();
  const points = Array.from(trimmed.slice(0, MAX_QUERY_LENGTH * 2));
  return points.length > MAX_QUERY_LENGTH
    ? points.slice(0, MAX_QUERY_LENGTH).join("").trimEnd()
    : points.join("");
}

export type ParsedSearchQuery =
  | { readonly ok: true; readonly query: SearchQuery }
  | { readonly ok: false; readonly issues: FieldIssue[] };

const INTEGER = /^\s*[+]?\d{1,9}\s*$/;
const TRUE_WORDS = new Set(["true", "1", "yes", "ja"]);
const FALSE_WORDS = new Set(["false", "0", "no", "nee"]);
const NUMBER_FIELDS = ["age", "ageMonths", "page", "pageSize"] as const;
const SINGLE_FIELDS = ["q", "need", "recognition", "lang", "inDatabank", ...NUMBER_FIELDS] as const;

/** The language the query asks for, when it names exactly one valid language. */
function requestedLang(value: string | readonly string[] | undefined): Lang | undefined {
  const lang = typeof value === "string" ? value : value?.length === 1 ? value[0] : undefined;
  return (LANGS as readonly (string | undefined)[]).includes(lang) ? (lang as Lang) : undefined;
}

/**
 * Reads URL query parameters into a {@link SearchQuery}. Never throws: an invalid
 * value gives an issue naming the field (`age`, `situation[1]`), and unknown
 * situation codes are issues too, listing the valid ones. Empty values count as absent.
 * Messages are in the query's own `lang`, else in `fallbackLang` (Dutch, as the API has answered).
 */
export function parseSearchQuery(
  input: Readonly<Record<string, string | readonly string[] | undefined>>,
  catalog: Catalog,
  fallbackLang: Lang = "nl",
): ParsedSearchQuery {
  const messageLang = requestedLang(input.lang) ?? fallbackLang;
  const t = messages(messageLang).search.query;
  const issues: FieldIssue[] = [];
  const raw: Record<string, unknown> = {};
  for (const field of SINGLE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const values = typeof value === "string" ? [value] : value;
    if (values.length > 1) {
      issues.push({ path: field, message: t.onlyOnce });
      continue;
    }
    const text = values[0];
    if (text === undefined || (text.trim() === "" && field !== "q")) continue;
    raw[field] = text;
  }
  for (const field of NUMBER_FIELDS) {
    const text = raw[field];
    if (typeof text !== "string") continue;
    if (INTEGER.test(text)) raw[field] = Number.parseInt(text, 10);
    else {
      issues.push({ path: field, message: t.wholeNumber });
      delete raw[field];
    }
  }
  if (typeof raw.inDatabank === "string") {
    const word = raw.inDatabank.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) raw.inDatabank = true;
    else if (FALSE_WORDS.has(word)) raw.inDatabank = false;
    else {
      issues.push({ path: "inDatabank", message: t.trueOrFalse });
      delete raw.inDatabank;
    }
  }
  const situation = input.situation;
  if (situation !== undefined) {
    const codes = (typeof situation === "string" ? [situation] : [...situation]).filter(
      (s) => s.trim() !== "",
    );
    codes.forEach((code, i) => {
      if (!catalog.situationByCode.has(code.trim())) {
        const choices = situationChoices(catalog, messageLang);
        issues.push({ path: `situation[${i}]`, message: t.unknownSituation(code.slice(0, 60), choices) });
      }
    });
    if (codes.length > 0) raw.situation = codes.map((c) => c.trim());
  }
  const result = SCHEMAS[messageLang].safeParse(raw);
  if (!result.success) issues.push(...issuesFromZod(result.error));
  if (issues.length > 0) return { ok: false, issues };
  if (!result.success) return { ok: false, issues };
  return { ok: true, query: result.data };
}
