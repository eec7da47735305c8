import type { Localized } from "./text.js";
import type { AgeBasis } from "./vocabulary.js";

/**
 * The age an indication is for. Ages are completed years with both ends included
 * ("0-6 jaar" → from 0 to 6; "tot 12 jaar" → to 11). A missing end is not stated and
 * excludes nobody. An indication that starts before birth says so with
 * `fromPregnancyWeek` ("vanaf 28 weken zwangerschap") or, when the source gives no
 * week ("(aanstaande) moeders"), with `startsInPregnancy`; it then covers every born
 * age up to `to` as well.
 */
export interface AgeRange {
  /** How the item's age is known as a whole; advice rule 4 orders by it. */
  readonly basis: AgeBasis;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly fromPregnancyWeek?: number | undefined;
  /** Starts in pregnancy, the week not stated. */
  readonly startsInPregnancy?: boolean | undefined;
  /** The source says "ongeveer" (about), or the range is a list's loose context. */
  readonly approximate?: boolean | undefined;
  /** Which ends were filled in from the list's context because the item left them out. */
  readonly boundsFromContext?: readonly ("from" | "to")[] | undefined;
  /** The source's own wording of the age, kept as a fact (e.g. "tot 16 jaar"). */
  readonly text?: string | undefined;
  readonly note?: Localized | undefined;
}

/** One end of an age, with how it is known: DOMAIN.md "Each end has its own basis". */
export type AgeEnd =
  | { readonly basis: "not-stated" }
  | {
      readonly basis: "stated" | "context";
      /** Completed years; absent for an end in pregnancy. */
      readonly years?: number;
      /** For a lower end in pregnancy: the week, when the source names it. */
      readonly pregnancyWeek?: number;
      /** A lower end in pregnancy. */
      readonly inPregnancy?: boolean;
      readonly approximate?: boolean;
    };

/** The two ends of an age, each with its own basis. */
export interface AgeEnds {
  readonly from: AgeEnd;
  readonly to: AgeEnd;
}

/**
 * Each end of a range with its own basis: an end the item leaves out but the list's
 * heading supplies (boundsFromContext) is "context", an end nobody gives is "not-stated".
 */
export function ageEnds(range: AgeRange): AgeEnds {
  if (range.basis === "not-stated") return { from: { basis: "not-stated" }, to: { basis: "not-stated" } };
  const basisOf = (end: "from" | "to") => (range.boundsFromContext?.includes(end) ? "context" : range.basis);
  const approximate = range.approximate === true ? { approximate: true } : {};
  let from: AgeEnd = { basis: "not-stated" };
  if (range.fromPregnancyWeek !== undefined) {
    from = { basis: basisOf("from"), inPregnancy: true, pregnancyWeek: range.fromPregnancyWeek };
  } else if (range.startsInPregnancy === true) {
    from = { basis: basisOf("from"), inPregnancy: true };
  } else if (range.from !== undefined) {
    from = { basis: basisOf("from"), years: range.from };
  }
  const to: AgeEnd =
    range.to === undefined
      ? { basis: "not-stated" }
      : { basis: basisOf("to"), years: range.to, ...approximate };
  return { from, to };
}

/** The bases from strongest to weakest: what the source says, what its list says, nothing. */
const BASIS_STRENGTH: readonly AgeBasis[] = ["stated", "context", "not-stated"];

/**
 * How firmly an indication's age is known as a whole: its weakest end. A child fits
 * an age only between both ends, so "tot 18 jaar" under the heading "ouder dan zeven
 * jaar" rests on the list for its lower end, and "(aanstaande) moeders" says nothing
 * about where it stops. Coverage counts an age as stated only when both ends are.
 */
export function weakestEndBasis(range: AgeRange): AgeBasis {
  const { from, to } = ageEnds(range);
  return (
    BASIS_STRENGTH[Math.max(BASIS_STRENGTH.indexOf(from.basis), BASIS_STRENGTH.indexOf(to.basis))] ??
    "not-stated"
  );
}

/** The stronger of two bases (stated over context over not-stated). */
export function strongerBasis(a: AgeBasis, b: AgeBasis): AgeBasis {
  return BASIS_STRENGTH.indexOf(a) <= BASIS_STRENGTH.indexOf(b) ? a : b;
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

/** Whether an indication's age starts before birth (with or without a stated week). */
export function startsInPregnancy(range: AgeRange): boolean {
  return range.fromPregnancyWeek !== undefined || range.startsInPregnancy === true;
}

/**
 * Whether a child's age falls within an indication's age.
 * A not-stated age excludes no born child; an unborn child fits only an indication
 * that explicitly starts before birth, at or before the child's pregnancy week (any
 * week when the source names none).
 */
export function ageFits(range: AgeRange, age: ChildAge): boolean {
  if (age.kind === "unborn") {
    return startsInPregnancy(range) && age.pregnancyWeek >= (range.fromPregnancyWeek ?? 0);
  }
  const { from, to } = bornAgeBounds(range);
  return age.years >= from && age.years <= to;
}

/** Where a child stands against an indication's age that it does not fit. */
export type AgeSide = "younger" | "older" | "unborn";

/** Which side of an indication's age a child is on; meaningful when `ageFits` is false. */
export function ageSide(range: AgeRange, age: ChildAge): AgeSide {
  if (age.kind === "unborn") return "unborn";
  return age.years < bornAgeBounds(range).from ? "younger" : "older";
}

/**
 * The completed ages a born child may have for an indication, both ends included: a
 * not-stated age excludes nobody, an open end excludes nobody on its side, and one
 * starting in pregnancy covers birth on.
 */
export function bornAgeBounds(range: AgeRange): { from: number; to: number } {
  if (range.basis === "not-stated") return { from: 0, to: Number.POSITIVE_INFINITY };
  return { from: startsInPregnancy(range) ? 0 : (range.from ?? 0), to: range.to ?? Number.POSITIVE_INFINITY };
}
