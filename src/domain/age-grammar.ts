import { type AgeEnd, type AgeRange, ageEnds } from "./age.js";
import type { AgeWords } from "./messages/shapes.js";

/*
 * How an age is put into words, the same in every language: which words of the
 * catalogue (src/domain/messages) an age needs, and in which order. An upper end is
 * written inclusively ("tot en met 6 jaar"), except an approximate one: the source's
 * own "tot ongeveer zeven jaar" means below about seven, stored as 6 (decision 070).
 */

/** The age in words: "eerste levensjaar", "2 tot en met 12 jaar", "0 tot ongeveer 7 jaar". */
export function ageInWordsWith(range: AgeRange, w: AgeWords): string {
  if (range.basis === "not-stated") return w.notStated;
  const { from, to } = ageEnds(range);
  const upper = to.basis === "not-stated" ? undefined : to;
  if (from.basis !== "not-stated" && from.inPregnancy) {
    const start = from.pregnancyWeek !== undefined ? w.fromWeek(from.pregnancyWeek) : w.fromPregnancy;
    if (!upper || upper.years === undefined) return start;
    return `${start} ${upper.approximate ? w.upToAbout(upper.years) : w.upTo(upper.years)}`;
  }
  const lowest = from.basis === "not-stated" ? 0 : (from.years ?? 0);
  if (!upper || upper.years === undefined) return w.fromYears(lowest);
  if (upper.approximate) return w.rangeAbout(lowest, upper.years);
  if (lowest === 0 && upper.years === 0) return w.firstYear;
  if (lowest === upper.years) return w.years(lowest);
  return w.range(lowest, upper.years);
}

/**
 * How each end is known, when not simply "stated in the source":
 * "bovengrens vermeld, ondergrens uit de lijst". Undefined for an age the source
 * states whole, and for one it does not state at all (the words say so already).
 */
export function ageBasisInWordsWith(range: AgeRange, w: AgeWords): string | undefined {
  if (range.basis === "not-stated") return undefined;
  const { from, to } = ageEnds(range);
  if (from.basis === "stated" && to.basis === "stated") return undefined;
  const fromList = range.boundsFromContext ?? [];
  const said = (end: AgeEnd, name: "from" | "to") => {
    // "(aanstaande) moeders": the start in pregnancy is stated, its week is not.
    if (end.basis === "stated")
      return end.inPregnancy && end.pregnancyWeek === undefined ? w.statedWithoutWeek : w.stated;
    if (end.basis === "not-stated") return w.notStatedEnd;
    return fromList.includes(name) ? w.list : w.context;
  };
  if (from.basis === to.basis && from.basis === "context") return w.context;
  const lower = `${w.lower} ${said(from, "from")}`;
  const upper = `${w.upper} ${said(to, "to")}`;
  // The stated end first: that is what the source itself says.
  return to.basis === "stated" && from.basis !== "stated" ? `${upper}, ${lower}` : `${lower}, ${upper}`;
}

/**
 * Whether the source's own wording of an age tells the reader something the range
 * does not: "tot 16 jaar" (read as 7–15) or "tot ongeveer zeven jaar" do, "0-4 jaar" does not.
 * It does when a number of the range is missing from the wording.
 */
export function sourceWordingAddsNews(range: AgeRange): boolean {
  if (!range.text) return false;
  // "jonge (aanstaande) moeders": words, no numbers, and more than the range says.
  if (range.startsInPregnancy === true) return true;
  const numbers: string[] = range.text.match(/\d+/g) ?? [];
  const ends = [
    range.fromPregnancyWeek,
    range.fromPregnancyWeek === undefined ? range.from : undefined,
    range.to,
  ];
  return ends.some((end) => end !== undefined && !numbers.includes(String(end)));
}
