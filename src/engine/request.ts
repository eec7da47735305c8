import { z } from "zod";
import type { FieldIssue } from "../domain/app-error.js";
import { formatIssuePath } from "../domain/app-error.js";
import { type Choice, situationChoices } from "../domain/choices.js";
import { messages, type RequestTexts } from "../domain/messages/index.js";
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

const AGE_KEYS = ["ageYears", "ageMonths", "pregnancyWeek"] as const;

/**
 * The request schema with its messages in one language. Both languages are built
 * once, at start; a request is checked with the one its messages are to be in.
 */
function buildRequestSchema(t: RequestTexts) {
  const wholeNumber = (min: number, max: number) =>
    z
      .int({ error: t.wholeNumber(min, max) })
      .min(min, { error: t.range(min, max) })
      .max(max, { error: t.range(min, max) });
  const answer = z.enum(PRECONDITION_ANSWERS, { error: t.oneOf(PRECONDITION_ANSWERS) }).default("unknown");

  const child = z
    .strictObject(
      {
        ageYears: wholeNumber(0, MAX_AGE_YEARS).optional(),
        ageMonths: wholeNumber(0, MAX_AGE_MONTHS).optional(),
        pregnancyWeek: wholeNumber(1, MAX_PREGNANCY_WEEK).optional(),
      },
      { error: t.childObject(AGE_KEYS) },
    )
    .refine((given) => AGE_KEYS.filter((key) => given[key] !== undefined).length === 1, {
      error: t.exactlyOneAge(AGE_KEYS),
    });

  return z.strictObject(
    {
      child,
      need: z.enum(NEEDS, { error: t.oneOf(NEEDS) }),
      situations: z
        .array(z.string({ error: t.situationCode }).max(MAX_CODE_LENGTH, { error: t.notSituationCode }), {
          error: t.situationList,
        })
        .max(MAX_SITUATIONS, { error: t.tooManySituations(MAX_SITUATIONS) })
        .default([]),
      preconditions: z
        .strictObject({ emotionallyAvailableCaregiver: answer, safeStablePlace: answer }, { error: t.object })
        .default({ emotionallyAvailableCaregiver: "unknown", safeStablePlace: "unknown" }),
      lang: z.enum(LANGS, { error: t.oneOf(LANGS) }).default("nl"),
    },
    { error: t.jsonObject },
  );
}

const SCHEMAS: Record<Lang, ReturnType<typeof buildRequestSchema>> = {
  nl: buildRequestSchema(messages("nl").request),
  en: buildRequestSchema(messages("en").request),
};

/** The fields an object in the request may have, by the object's path; for "unknown field" messages. */
const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  "": Object.keys(SCHEMAS.en.shape),
  child: Object.keys(SCHEMAS.en.shape.child.shape),
  preconditions: Object.keys(SCHEMAS.en.shape.preconditions.unwrap().shape),
};

/**
 * An advice request as DOMAIN.md defines it (POST /api/v1/advice, CLI --input).
 * Situation codes are checked against the catalogue by {@link parseAdviceRequest},
 * because they are content, not code. Unknown keys are rejected at every level.
 * Its messages are English; {@link parseAdviceRequest} picks the language.
 */
export const adviceRequestSchema = SCHEMAS.en;

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
function issuesFrom(error: z.ZodError, t: RequestTexts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const message = t.unknownField(KNOWN_KEYS[formatIssuePath(issue.path)] ?? []);
      for (const key of issue.keys.slice(0, MAX_ISSUES)) {
        issues.push({ path: formatIssuePath([...issue.path, echo(key)]), message });
      }
    } else {
      issues.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

/** One issue per string that is not a situation code of the catalogue; each lists the valid codes. */
function unknownSituationIssues(codes: readonly unknown[], catalog: Catalog, lang: Lang): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let choices: Choice[] | undefined;
  codes.forEach((code, index) => {
    if (typeof code === "string" && code.length <= MAX_CODE_LENGTH && !catalog.situationByCode.has(code)) {
      choices ??= situationChoices(catalog, lang);
      issues.push({
        path: `situations[${index}]`,
        message: messages(lang).request.unknownSituation(echo(code), choices),
      });
    }
  });
  return issues;
}

/** The language the request asks for, when it names a valid one. */
function requestedLang(input: unknown): Lang | undefined {
  const lang = typeof input === "object" && input !== null ? (input as { lang?: unknown }).lang : undefined;
  return (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : undefined;
}

/**
 * Checks any input against the request schema and the catalogue's situation codes.
 * Never throws: whatever arrives (wrong types, huge strings, deep nesting) comes back
 * as field issues such as `child.ageYears` or `situations[0]`.
 *
 * Messages are in the request's own `lang`; a request without a valid one gets them in
 * `fallbackLang`. That is English by default, as the API has always answered; the CLI
 * and the pages pass the language their reader chose.
 */
export function parseAdviceRequest(
  input: unknown,
  catalog: Catalog,
  fallbackLang: Lang = "en",
): ParseAdviceResult {
  let lang = fallbackLang;
  try {
    lang = requestedLang(input) ?? fallbackLang;
    return parse(input, catalog, lang);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    return { ok: false, issues: [{ path: "", message: messages(lang).request.unreadable }] };
  }
}

function parse(input: unknown, catalog: Catalog, messageLang: Lang): ParseAdviceResult {
  const parsed = SCHEMAS[messageLang].safeParse(input);
  if (!parsed.success) {
    // Name unknown situation codes too, so one answer lists everything to fix.
    const issues = issuesFrom(parsed.error, messages(messageLang).request);
    const reported = new Set(issues.map((issue) => issue.path));
    const situations =
      typeof input === "object" && input !== null ? (input as { situations?: unknown }).situations : [];
    const codes = Array.isArray(situations) && situations.length <= MAX_SITUATIONS ? situations : [];
    const unknown = unknownSituationIssues(codes, catalog, messageLang).filter(
      (issue) => !reported.has(issue.path),
    );
    return { ok: false, issues: [...issues, ...unknown].slice(0, MAX_ISSUES) };
  }

  const { child, need, situations, preconditions, lang } = parsed.data;
  const issues = unknownSituationIssues(situations, catalog, messageLang);
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
