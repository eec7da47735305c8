import { z } from "zod";
import type { FieldIssue } from "../domain/app-error.js";
import { formatIssuePath } from "../domain/app-error.js";
import type { Lang } from "../domain/text.js";
import { LANGS } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import type { Need, PreconditionAnswer } from "../domain/vocabulary.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../domain/vocabulary.js";

/** Oldest age in completed years the advice covers (DOMAIN.md: children 0–18). */
export const MAX_AGE_YEARS = 18;
/** Oldest age in months: 18 years and 11 months. */
export const MAX_AGE_MONTHS = MAX_AGE_YEARS * 12 + 11;
/** Pregnancy lasts at most 42 weeks. */
export const MAX_PREGNANCY_WEEK = 42;
/** More situations than any catalogue holds; stops a request from carrying huge arrays. */
export const MAX_SITUATIONS = 50;
/** Longer than any situation code; keeps error messages and work small for absurd input. */
const MAX_CODE_LENGTH = 100;
/** How many issues one answer lists at most: enough to fix a form, not a flood. */
const MAX_ISSUES = 20;
/** How much of an unknown code or key an error message repeats. */
const MAX_ECHO_LENGTH = 40;

// Messages do not repeat the field: every issue carries its path (child.ageYears: must be …).
const wholeNumber = (min: number, max: number) =>
  z
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be from ${min} to ${max}` })
    .max(max, { error: `must be from ${min} to ${max}` });

const childSchema = z
  .strictObject(
    {
      ageYears: wholeNumber(0, MAX_AGE_YEARS).optional(),
      ageMonths: wholeNumber(0, MAX_AGE_MONTHS).optional(),
      pregnancyWeek: wholeNumber(1, MAX_PREGNANCY_WEEK).optional(),
    },
    { error: "must be an object with ageYears, ageMonths or pregnancyWeek" },
  )
  .refine(
    (child) =>
      [child.ageYears, child.ageMonths, child.pregnancyWeek].filter((value) => value !== undefined).length ===
      1,
    { error: "give exactly one of ageYears, ageMonths or pregnancyWeek" },
  );

const answerSchema = z.enum(PRECONDITION_ANSWERS, { error: "must be yes, no or unknown" }).default("unknown");

/**
 * An advice request as DOMAIN.md defines it (POST /api/v1/advice, CLI --input).
 * Situation codes are checked against the catalogue by {@link parseAdviceRequest},
 * because they are content, not code. Unknown keys are rejected at every level.
 */
export const adviceRequestSchema = z.strictObject(
  {
    child: childSchema,
    need: z.enum(NEEDS, { error: "must be prevention, treatment or either" }),
    situations: z
      .array(
        z
          .string({ error: "must be a situation code" })
          .max(MAX_CODE_LENGTH, { error: "is not a situation code" }),
        {
          error: "must be a list of situation codes",
        },
      )
      .max(MAX_SITUATIONS, { error: `may hold at most ${MAX_SITUATIONS} codes` })
      .default([]),
    preconditions: z
      .strictObject(
        { emotionallyAvailableCaregiver: answerSchema, safeStablePlace: answerSchema },
        { error: "must be an object" },
      )
      .default({ emotionallyAvailableCaregiver: "unknown", safeStablePlace: "unknown" }),
    lang: z.enum(LANGS, { error: "must be nl or en" }).default("nl"),
  },
  { error: "the request must be a JSON object" },
);

/** The request's child exactly as given: one of the three ages. */
export interface ChildInput {
  readonly ageYears?: number | undefined;
  readonly ageMonths?: number | undefined;
  readonly pregnancyWeek?: number | undefined;
}

/** A checked advice request with defaults filled in; the engine's only input. */
export interface AdviceRequest {
  readonly child: ChildInput;
  readonly need: Need;
  /** Known situation codes, without duplicates, in the order given. */
  readonly situations: readonly string[];
  /** Keyed by the precondition's requestKey (e.g. safeStablePlace). */
  readonly preconditions: Readonly<Record<string, PreconditionAnswer>>;
  readonly lang: Lang;
}

/** The outcome of {@link parseAdviceRequest}: a checked request, or every issue found (at most 20). */
export type ParseAdviceResult =
  | { readonly ok: true; readonly request: AdviceRequest }
  | { readonly ok: false; readonly issues: FieldIssue[] };

function echo(text: string): string {
  return text.length > MAX_ECHO_LENGTH ? `${text.slice(0, MAX_ECHO_LENGTH)}…` : text;
}

/** Zod reports all unknown keys of an object as one issue; a reader wants each key as its own field. */
function issuesFrom(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys.slice(0, MAX_ISSUES)) {
        issues.push({ path: formatIssuePath([...issue.path, echo(key)]), message: "unknown field" });
      }
    } else {
      issues.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

/** One issue per string that is not a situation code of the catalogue. */
function unknownSituationIssues(codes: readonly unknown[], catalog: Catalog): FieldIssue[] {
  const issues: FieldIssue[] = [];
  codes.forEach((code, index) => {
    if (typeof code === "string" && code.length <= MAX_CODE_LENGTH && !catalog.situationByCode.has(code)) {
      issues.push({ path: `situations[${index}]`, message: `unknown situation "${echo(code)}"` });
    }
  });
  return issues;
}

/**
 * Checks any input against the request schema and the catalogue's situation codes.
 * Never throws: whatever arrives (wrong types, huge strings, deep nesting) comes back
 * as field issues such as `child.ageYears` or `situations[0]`.
 */
export function parseAdviceRequest(input: unknown, catalog: Catalog): ParseAdviceResult {
  try {
    return parse(input, catalog);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    return { ok: false, issues: [{ path: "", message: "the request could not be read" }] };
  }
}

function parse(input: unknown, catalog: Catalog): ParseAdviceResult {
  const parsed = adviceRequestSchema.safeParse(input);
  if (!parsed.success) {
    // Name unknown situation codes too, so one answer lists everything to fix.
    const issues = issuesFrom(parsed.error);
    const reported = new Set(issues.map((issue) => issue.path));
    const situations =
      typeof input === "object" && input !== null ? (input as { situations?: unknown }).situations : [];
    const codes = Array.isArray(situations) && situations.length <= MAX_SITUATIONS ? situations : [];
    const unknown = unknownSituationIssues(codes, catalog).filter((issue) => !reported.has(issue.path));
    return { ok: false, issues: [...issues, ...unknown].slice(0, MAX_ISSUES) };
  }

  const { child, need, situations, preconditions, lang } = parsed.data;
  const issues = unknownSituationIssues(situations, catalog);
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };

  return {
    ok: true,
    request: {
      child: {
        ...(child.ageYears !== undefined && { ageYears: child.ageYears }),
        ...(child.ageMonths !== undefined && { ageMonths: child.ageMonths }),
        ...(child.pregnancyWeek !== undefined && { pregnancyWeek: child.pregnancyWeek }),
      },
      need,
      situations: [...new Set(situations)],
      preconditions: { ...preconditions },
      lang,
    },
  };
}
