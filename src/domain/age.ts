import type { Localized } from "./text.js";
import type { AgeBasis } from "./vocabulary.js";

/**
 * The age an indication is for. Ages are completed years with both ends included
 * ("0-6 jaar" → from 0 to 6; "tot 12 jaar" → to 11). A missing end is open.
 * `fromPregnancyWeek` marks an indication that starts before birth
 * ("vanaf 28 weken zwangerschap"); it then covers every born age up to `to` as well.
 */
export interface AgeRange {
  readonly basis: AgeBasis;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly fromPregnancyWeek?: number | undefined;
  /** The source says "ongeveer" (about), or the range is a list's loose context. */
  readonly approximate?: boolean | undefined;
  /** Which ends were filled in from the list's context because the item left them out. */
  readonly boundsFromContext?: readonly ("from" | "to")[] | undefined;
  /** The source's own wording of the age, kept as a fact (e.g. "tot 16 jaar"). */
  readonly text?: string | undefined;
  readonly note?: Localized | undefined;
}

/** A child as the advice sees it: a born child's completed years, or an unborn child's pregnancy week. */
export type ChildAge =
  | { readonly kind: "born"; readonly years: number }
  | { readonly kind: "unborn"; readonly pregnancyWeek: number };

/** Reads a request's child: months become completed years (floor(months / 12)). */
export function childAgeFrom(child: {
  ageYears?: number;
  ageMonths?: number;
  pregnancyWeek?: number;
}): ChildAge {
  if (child.pregnancyWeek !== undefined) return { kind: "unborn", pregnancyWeek: child.pregnancyWeek };
  if (child.ageMonths !== undefined) return { kind: "born", years: Math.floor(child.ageMonths / 12) };
  return { kind: "born", years: child.ageYears ?? 0 };
}

/**
 * Whether a child's age falls within an indication's age.
 * A not-stated age excludes no born child; an unborn child fits only an indication
 * that explicitly starts before birth, at or before the child's pregnancy week.
 */
export function ageFits(range: AgeRange, age: ChildAge): boolean {
  if (age.kind === "unborn") {
    return range.fromPregnancyWeek !== undefined && age.pregnancyWeek >= range.fromPregnancyWeek;
  }
  if (range.basis === "not-stated") return true;
  return age.years >= bornFrom(range) && age.years <= (range.to ?? Number.POSITIVE_INFINITY);
}

/** Where a child stands against an indication's age that it does not fit. */
export type AgeSide = "younger" | "older" | "unborn";

/** Which side of an indication's age a child is on; meaningful when `ageFits` is false. */
export function ageSide(range: AgeRange, age: ChildAge): AgeSide {
  if (age.kind === "unborn") return "unborn";
  return age.years < bornFrom(range) ? "younger" : "older";
}

/** The youngest completed age a born child may have for an indication; one starting in pregnancy covers birth on. */
function bornFrom(range: AgeRange): number {
  return range.fromPregnancyWeek !== undefined ? 0 : (range.from ?? 0);
}

/** A short human form of a range, e.g. "0–4", "vanaf 28 weken zwangerschap–6", "7+". */
export function formatAgeRange(range: AgeRange, lang: "nl" | "en" = "nl"): string {
  if (range.basis === "not-stated") return lang === "en" ? "not stated" : "niet vermeld";
  const approx = range.approximate ? "±" : "";
  const start =
    range.fromPregnancyWeek !== undefined
      ? lang === "en"
        ? `pregnancy week ${range.fromPregnancyWeek}`
        : `zwangerschapsweek ${range.fromPregnancyWeek}`
      : String(range.from ?? 0);
  if (range.to === undefined) return `${start}+`;
  return `${start}–${approx}${range.to}`;
}
