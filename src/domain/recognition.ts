import type { Intervention } from "./types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "./vocabulary.js";

/*
 * The one rule for "in herbeoordeling": the Databank re-assesses a recognition older
 * than five years (secondary-facts.md). The advice's caveat, the pages' badges and
 * the search results all ask this file. "Latest" is one rule with one tie rule: the
 * most recent date wins, and of equal dates (or where none is dated) the one the
 * content lists first, as the content lists the newest source first.
 */

type Recognition = Intervention["recognitions"][number];

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the first day it can mean (UTC). */
export function recognitionDate(date: string): Date | undefined {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  if (year === undefined || !Number.isInteger(year)) return undefined;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Whether a recognition dated `date` is older than the Databank's five years at `now`. */
export function isStaleRecognition(date: string, now: Date): boolean {
  const dated = recognitionDate(date);
  if (!dated) return false;
  const staleFrom = new Date(dated);
  staleFrom.setUTCFullYear(staleFrom.getUTCFullYear() + RECOGNITION_STALE_AFTER_YEARS);
  return now.getTime() >= staleFrom.getTime();
}

/** Whole years from a recognition's date to `now` (0 when undated or in the future): "5" from five on. */
export function recognitionAgeInYears(date: string, now: Date): number {
  const dated = recognitionDate(date);
  if (!dated) return 0;
  let years = now.getUTCFullYear() - dated.getUTCFullYear();
  const anniversary = new Date(dated);
  anniversary.setUTCFullYear(dated.getUTCFullYear() + years);
  if (anniversary.getTime() > now.getTime()) years -= 1;
  return Math.max(0, years);
}

/** The most recent dated recognition (the first listed of equal dates), or undefined when none has a date. */
export function latestRecognition(intervention: Intervention): (Recognition & { date: string }) | undefined {
  let latest: (Recognition & { date: string }) | undefined;
  let latestTime = Number.NEGATIVE_INFINITY;
  for (const recognition of intervention.recognitions) {
    const time = recognition.date ? recognitionDate(recognition.date)?.getTime() : undefined;
    if (recognition.date && time !== undefined && time > latestTime) {
      latest = { ...recognition, date: recognition.date };
      latestTime = time;
    }
  }
  return latest;
}

/**
 * The recognition to name first: the latest dated one, and where none has a date the
 * first the content lists. Undefined when no source states a recognition.
 */
export function headlineRecognition(intervention: Intervention): Recognition | undefined {
  return latestRecognition(intervention) ?? intervention.recognitions[0];
}

/** Whether the intervention's latest recognition is "in herbeoordeling" at `now`. */
export function isInReview(intervention: Intervention, now: Date): boolean {
  const latest = latestRecognition(intervention);
  return latest !== undefined && isStaleRecognition(latest.date, now);
}

/** The distinct recognition levels the sources give, in content order: more than one is a disagreement. */
export function recognitionLevels(intervention: Intervention): Recognition["level"][] {
  return [...new Set(intervention.recognitions.map((r) => r.level))];
}

/**
 * The distinct age wordings the recognitions give ("2-12 jaar", "2-17 jaar"), in content
 * order: more than one is a disagreement, as with the levels (docs/decisions/010).
 */
export function recognitionAgeWordings(intervention: Intervention): string[] {
  const wordings = intervention.recognitions.flatMap((r) => (r.ages ? [r.ages.trim()] : []));
  return [...new Set(wordings)];
}

/** The ages a Databank page gives with its recognition, read from its wording. */
export interface DatabankAges {
  readonly from: number;
  /** "9 maanden-6 jaar" starts in months; every other wording is in years. */
  readonly fromUnit: "months" | "years";
  readonly to: number;
}

/**
 * Reads a recognition's age wording as the Databank writes it ("2-6 jaar", "9 maanden-6 jaar"),
 * so another language can say it in its own words beside the quote; undefined for any other wording.
 */
export function readDatabankAges(wording: string): DatabankAges | undefined {
  const match = /^(\d+)( maanden)?-(\d+) jaar$/.exec(wording.trim());
  if (!match) return undefined;
  return { from: Number(match[1]), fromUnit: match[2] ? "months" : "years", to: Number(match[3]) };
}
