import { ageInWords } from "../domain/age-words.js";
import { messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";
import { MAX_AGE_YEARS } from "./request.js";

/*
 * Runs of table ages (completed years 0–18) in words, for the gap summary, the gap
 * export and the policy page. The words themselves come from ageInWords, the one
 * place that writes ages; a run of several ages up to 18 reads as "vanaf 13 jaar"
 * because the table ends there.
 */

/** "0 tot en met 3 jaar", "vanaf 13 jaar", "eerste levensjaar", "alle leeftijden". */
export function ageRunInWords(from: number, to: number, lang: Lang): string {
  if (from === 0 && to >= MAX_AGE_YEARS) return messages(lang).ageRuns.everyAge;
  const range =
    to >= MAX_AGE_YEARS && from < to
      ? { basis: "stated" as const, from }
      : { basis: "stated" as const, from, to };
  return ageInWords(range, lang);
}

/** The same run as a phrase after a noun: "voor kinderen van 0 tot en met 3 jaar", "vanaf 13 jaar"; "" for every age. */
export function forAgeRun(from: number, to: number, lang: Lang): string {
  const words = ageRunInWords(from, to, lang);
  if (from > 0 && from < to && to >= MAX_AGE_YEARS) return words;
  if (from === 0 && to >= MAX_AGE_YEARS) return "";
  if (from === 0 && to === 0) return messages(lang).ageRuns.inFirstYear(words);
  return messages(lang).ageRuns.forChildren(words);
}

/** Runs of consecutive ages: [0,1,2,5] → [[0,2],[5,5]]. */
export function ageRuns(ages: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const age of [...ages].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && age === last[1] + 1) last[1] = age;
    else runs.push([age, age]);
  }
  return runs;
}
