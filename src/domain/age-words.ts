import { type AgeEnd, type AgeRange, ageEnds } from "./age.js";
import type { Lang } from "./text.js";

/*
 * Ages as a person reads them (issue 11: "eerste levensjaar", "vanaf 28 weken
 * zwangerschap", "leeftijd niet vermeld in de bron"), in one place for pages, API,
 * CLI, compare and coverage. An upper end is written inclusively ("tot en met 6
 * jaar"), except an approximate one: the source's own "tot ongeveer zeven jaar" means
 * below about seven, stored as 6 (decision 070).
 */

const WORDS = {
  nl: {
    notStated: "leeftijd niet vermeld in de bron",
    firstYear: "eerste levensjaar",
    years: (n: number) => `${n} jaar`,
    fromWeek: (week: number) => `vanaf ${week} weken zwangerschap`,
    fromPregnancy: "vanaf de zwangerschap",
    fromYears: (n: number) => `vanaf ${n} jaar`,
    upTo: (n: number) => `tot en met ${n} jaar`,
    upToAbout: (n: number) => `tot ongeveer ${n + 1} jaar`,
    range: (from: number, to: number) => `${from} tot en met ${to} jaar`,
    rangeAbout: (from: number, to: number) => `${from} tot ongeveer ${to + 1} jaar`,
    lower: "ondergrens",
    upper: "bovengrens",
    stated: "vermeld",
    statedWithoutWeek: "vermeld zonder week",
    context: "uit de context",
    list: "uit de lijst",
    notStatedEnd: "niet vermeld",
  },
  en: {
    notStated: "age not stated in the source",
    firstYear: "first year of life",
    years: (n: number) => `${n} years`,
    fromWeek: (week: number) => `from ${week} weeks of pregnancy`,
    fromPregnancy: "from pregnancy",
    fromYears: (n: number) => `from ${n} years`,
    upTo: (n: number) => `up to and including ${n} years`,
    upToAbout: (n: number) => `up to about ${n + 1} years`,
    range: (from: number, to: number) => `${from} to ${to} years`,
    rangeAbout: (from: number, to: number) => `${from} to about ${to + 1} years`,
    lower: "lower end",
    upper: "upper end",
    stated: "stated",
    statedWithoutWeek: "stated without a week",
    context: "from the context",
    list: "from the list",
    notStatedEnd: "not stated",
  },
} as const;

/** The age in words: "eerste levensjaar", "2 tot en met 12 jaar", "0 tot ongeveer 7 jaar". */
export function ageInWords(range: AgeRange, lang: Lang): string {
  const w = WORDS[lang];
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
export function ageBasisInWords(range: AgeRange, lang: Lang): string | undefined {
  if (range.basis === "not-stated") return undefined;
  const w = WORDS[lang];
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

/** Words and, where it matters, how the ends are known: "7 tot en met 17 jaar (bovengrens vermeld, ondergrens uit de lijst)". */
export function ageLabel(range: AgeRange, lang: Lang): string {
  const basis = ageBasisInWords(range, lang);
  const words = ageInWords(range, lang);
  return basis === undefined ? words : `${words} (${basis})`;
}

/** "7 tot en met 17 jaar (…) – "tot 18 jaar"": the label, and the source's own words where they tell more. */
export function ageLabelWithSourceWords(range: AgeRange, lang: Lang): string {
  const label = ageLabel(range, lang);
  return range.text && sourceWordingAddsNews(range) ? `${label} – "${range.text}"` : label;
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
