import { z } from "zod";
import type { FieldIssue } from "../domain/app-error.js";
import { issuesFromZod } from "../domain/app-error.js";
import { LANGS } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { NEEDS, RECOGNITION_LEVELS } from "../domain/vocabulary.js";

/** Longest query text the search analyses; longer text is cut, not refused (docs/decisions/030). */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Oldest age in months that is still a child of 18 (18 × 12 + 11). */
export const MAX_AGE_MONTHS = 227;

/**
 * A search request with typed values (API bodies, the CLI, tests). URL query
 * strings go through {@link parseSearchQuery}, which converts and then checks
 * with this same schema.
 */
export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .optional()
      .transform((q) => (q === undefined ? undefined : cutQuery(q))),
    age: z.number().int().min(0).max(18).optional(),
    ageMonths: z.number().int().min(0).max(MAX_AGE_MONTHS).optional(),
    need: z.enum(NEEDS).optional(),
    situation: z.array(z.string().min(1)).optional(),
    recognition: z.enum(RECOGNITION_LEVELS).optional(),
    inDatabank: z.boolean().optional(),
    page: z.number().int().min(1).optional(),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    lang: z.enum(LANGS).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.age !== undefined && query.ageMonths !== undefined) {
      ctx.addIssue({ code: "custom", path: ["ageMonths"], message: "geef age of ageMonths, niet allebei" });
    }
  });

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

/**
 * Reads URL query parameters into a {@link SearchQuery}. Never throws: an invalid
 * value gives an issue naming the field (`age`, `situation[1]`), and unknown
 * situation codes are issues too. Empty values count as absent.
 */
export function parseSearchQuery(
  input: Readonly<Record<string, string | readonly string[] | undefined>>,
  catalog: Catalog,
): ParsedSearchQuery {
  const issues: FieldIssue[] = [];
  const raw: Record<string, unknown> = {};
  for (const field of SINGLE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const values = typeof value === "string" ? [value] : value;
    if (values.length > 1) {
      issues.push({ path: field, message: "mag maar één keer voorkomen" });
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
      issues.push({ path: field, message: "moet een geheel getal zijn" });
      delete raw[field];
    }
  }
  if (typeof raw.inDatabank === "string") {
    const word = raw.inDatabank.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) raw.inDatabank = true;
    else if (FALSE_WORDS.has(word)) raw.inDatabank = false;
    else {
      issues.push({ path: "inDatabank", message: "moet true of false zijn" });
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
        issues.push({ path: `situation[${i}]`, message: `onbekende situatie "${code.slice(0, 60)}"` });
      }
    });
    if (codes.length > 0) raw.situation = codes.map((c) => c.trim());
  }
  const result = searchQuerySchema.safeParse(raw);
  if (!result.success) issues.push(...issuesFromZod(result.error));
  if (issues.length > 0) return { ok: false, issues };
  if (!result.success) return { ok: false, issues };
  return { ok: true, query: result.data };
}
