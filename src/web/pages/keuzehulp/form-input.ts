import { messages } from "../../../domain/messages/index.js";
import type { Lang } from "../../../domain/text.js";
import type { Catalog } from "../../../domain/types.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../../../domain/vocabulary.js";
import {
  type AdviceRequest,
  MAX_AGE_MONTHS,
  MAX_AGE_YEARS,
  MAX_PREGNANCY_WEEK,
  parseAdviceRequest,
} from "../../../engine/index.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import { choiceId } from "../../components/form-fields/form-fields.js";

/** How the age is given: completed years, months, or the week of pregnancy (unborn child). */
export const AGE_UNITS = ["years", "months", "pregnancy-week"] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

/**
 * The keuzehulp form exactly as submitted: strings, so an invalid answer can be
 * shown again as typed. The query string carries only these codes and numbers.
 */
export interface KeuzehulpForm {
  readonly age: string;
  readonly unit: string;
  readonly need: string;
  readonly situations: readonly string[];
  /** Keyed by the precondition's requestKey. */
  readonly preconditions: Readonly<Record<string, string>>;
}

/** Field ids the error summary links to. */
export const FIELD_IDS = {
  /** The fieldset around age and unit: "Wijzigen" lands there, with its legend in view. */
  child: "child",
  age: "age",
  unit: "unit",
  need: "need",
  situations: "situation",
  precondition: (requestKey: string) => `precondition-${requestKey}`,
} as const;

const UNIT_RANGE: Record<AgeUnit, { min: number; max: number }> = {
  years: { min: 0, max: MAX_AGE_YEARS },
  months: { min: 0, max: MAX_AGE_MONTHS },
  "pregnancy-week": { min: 1, max: MAX_PREGNANCY_WEEK },
};

/** Whether the query string holds a submitted keuzehulp form (any of its fields). */
export function isSubmitted(query: URLSearchParams, catalog: Catalog): boolean {
  const keys = ["age", "unit", "need", "situation", ...catalog.preconditions.map((p) => p.requestKey)];
  return keys.some((key) => query.has(key));
}

/** Reads the submitted form from the query string, keeping every value as typed. */
export function readForm(query: URLSearchParams, catalog: Catalog): KeuzehulpForm {
  const preconditions: Record<string, string> = {};
  for (const p of catalog.preconditions) preconditions[p.requestKey] = query.get(p.requestKey) ?? "unknown";
  return {
    age: (query.get("age") ?? "").trim().slice(0, 20),
    unit: query.get("unit") ?? "years",
    need: query.get("need") ?? "",
    situations: query.getAll("situation").slice(0, 50),
    preconditions,
  };
}

/** The form a first visit shows: nothing chosen, preconditions "weet ik niet". */
export function emptyForm(catalog: Catalog): KeuzehulpForm {
  return {
    age: "",
    unit: "years",
    need: "",
    situations: [],
    preconditions: Object.fromEntries(catalog.preconditions.map((p) => [p.requestKey, "unknown"])),
  };
}

export type FormResult =
  | { readonly ok: true; readonly request: AdviceRequest }
  | { readonly ok: false; readonly errors: FormError[] };

/**
 * Checks the form in the reader's language, field by field, then lets the engine's
 * own request check have the last word, so the page can never accept what the API
 * would refuse.
 */
export function formToRequest(form: KeuzehulpForm, catalog: Catalog, lang: Lang): FormResult {
  const m = messages(lang).pages.keuzehulp.formInput;
  const errors: FormError[] = [];
  const unit = (AGE_UNITS as readonly string[]).includes(form.unit) ? (form.unit as AgeUnit) : undefined;
  if (!unit) errors.push({ fieldId: FIELD_IDS.unit, message: m.unit });
  let age: number | undefined;
  if (form.age === "") errors.push({ fieldId: FIELD_IDS.age, message: m.ageMissing });
  else if (!/^\d{1,4}$/.test(form.age)) errors.push({ fieldId: FIELD_IDS.age, message: m.ageNotWhole });
  else {
    age = Number(form.age);
    const range = unit ? UNIT_RANGE[unit] : undefined;
    if (unit && range && (age < range.min || age > range.max)) {
      errors.push({ fieldId: FIELD_IDS.age, message: m.ageRange(unit, range.min, range.max) });
    }
  }
  if (!(NEEDS as readonly string[]).includes(form.need)) {
    errors.push({ fieldId: choiceId(FIELD_IDS.need, NEEDS[0]), message: m.need });
  }
  if (form.situations.some((code) => !catalog.situationByCode.has(code))) {
    const first = catalog.situations[0]?.code ?? "";
    errors.push({ fieldId: choiceId(FIELD_IDS.situations, first), message: m.situation });
  }
  for (const p of catalog.preconditions) {
    const answer = form.preconditions[p.requestKey] ?? "unknown";
    if (!(PRECONDITION_ANSWERS as readonly string[]).includes(answer)) {
      errors.push({
        fieldId: choiceId(FIELD_IDS.precondition(p.requestKey), "yes"),
        message: m.precondition,
      });
    }
  }
  if (errors.length > 0 || age === undefined || !unit) return { ok: false, errors };

  const child =
    unit === "years" ? { ageYears: age } : unit === "months" ? { ageMonths: age } : { pregnancyWeek: age };
  const parsed = parseAdviceRequest(
    {
      child,
      need: form.need,
      situations: [...new Set(form.situations)],
      preconditions: form.preconditions,
      lang,
    },
    catalog,
  );
  if (parsed.ok) return { ok: true, request: parsed.request };
  return {
    ok: false,
    errors: parsed.issues.map((issue) => ({
      fieldId: fieldIdFor(issue.path),
      message: `${m.other}: ${issue.message}`,
    })),
  };
}

/** Maps an engine issue path (child.ageYears, need, situations[0], preconditions.x) to a form field. */
function fieldIdFor(path: string): string {
  if (path.startsWith("child")) return FIELD_IDS.age;
  if (path.startsWith("need")) return choiceId(FIELD_IDS.need, NEEDS[0]);
  if (path.startsWith("preconditions."))
    return choiceId(FIELD_IDS.precondition(path.split(".")[1] ?? ""), "yes");
  return FIELD_IDS.situations;
}
