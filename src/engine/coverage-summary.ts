import { messages } from "../domain/messages/index.js";
import { joinWords, type Lang, localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { INDICATION_KINDS, type IndicationKind } from "../domain/vocabulary.js";
import { type Coverage, GENERAL_ROW, type KindCoverage } from "./coverage.js";
import { ageRuns, forAgeRun } from "./coverage-words.js";
import { engineTexts } from "./texts.js";

/*
 * The few sentences above the policy tables that name the main gaps, written from
 * the coverage itself so they change with the content and with what a municipality
 * contracts. Order is what a policy maker needs first: gaps for every child (the
 * general row), then risk groups that look covered but whose age no source states,
 * then risk groups with nothing of their own, then ages missing within a group.
 */

/** At most this many sentences; beyond it the last one points to the tables. */
export const SUMMARY_MAX_SENTENCES = 5;

/** "A, B en C" / "A, B and C". */
function andList(items: readonly string[], lang: Lang): string {
  return joinWords(items, messages(lang).coverageSummary.and);
}

/** One row and kind as the summary classifies it. */
type RowVerdict =
  | { kind: "none" }
  | { kind: "weak"; notStatedOnly: boolean }
  | { kind: "partial"; countedAges: number[] }
  | { kind: "covered" };

function verdict(cells: readonly KindCoverage[], ages: readonly number[]): RowVerdict {
  if (cells.every((cell) => cell.basis === null)) return { kind: "none" };
  if (cells.every((cell) => cell.basis !== "stated")) {
    return { kind: "weak", notStatedOnly: cells.every((cell) => cell.basis !== "context") };
  }
  const countedAges = ages.filter((_, index) => cells[index]?.covered);
  return countedAges.length === ages.length ? { kind: "covered" } : { kind: "partial", countedAges };
}

/** More risk groups than this are counted, not named: the tables name them. */
const MAX_NAMED_GROUPS = 3;

/** Joins ages runs: "voor kinderen van 0 tot en met 3 jaar en vanaf 13 jaar". */
function runsPhrase(ages: readonly number[], lang: Lang): string {
  return andList(
    ageRuns(ages).map(([from, to]) => forAgeRun(from, to, lang)),
    lang,
  );
}

/**
 * The main gaps of a coverage in a few sentences (Dutch or English). Ages are
 * written as a person reads them; risk groups by their label in quotes, or counted
 * when there are many.
 */
export function coverageSummary(coverage: Coverage, catalog: Catalog, lang: Lang): string[] {
  const text = messages(lang).coverageSummary;
  const kindWord = engineTexts(lang).kind;
  const groups = (codes: readonly string[], all = text.everyGroup) => {
    if (codes.length === catalog.situations.length && codes.length > 1) return all;
    if (codes.length > MAX_NAMED_GROUPS) return text.groups(codes.length);
    const labels = codes.map((code) =>
      text.quote(localize(catalog.situationByCode.get(code)?.label ?? { nl: code }, lang)),
    );
    return andList(labels, lang);
  };
  const general = coverage.rows.find((row) => row.situation === GENERAL_ROW);
  const generalCounted = (kind: IndicationKind) =>
    coverage.ages.filter((_, index) => general?.cells[index]?.[kind].covered).join(",");

  const sentences = generalSentences(coverage, lang);
  const notStated = new Map<string, IndicationKind[]>();
  const context = new Map<string, IndicationKind[]>();
  let contextAlsoNotStated = false;
  const none = { prevention: [] as string[], treatment: [] as string[] };
  const partial = new Map<string, { kind: IndicationKind; ages: number[]; situations: string[] }>();
  for (const row of coverage.rows) {
    if (row.situation === GENERAL_ROW) continue;
    for (const kind of INDICATION_KINDS) {
      const cells = row.cells.map((cell) => cell[kind]);
      const found = verdict(cells, coverage.ages);
      // With the general interventions counted in, a row that has just what the
      // general row has tells nothing the general sentences have not said.
      const counted = coverage.ages.filter((_, index) => cells[index]?.covered).join(",");
      if (coverage.includeGeneral && found.kind !== "weak" && counted === generalCounted(kind)) continue;
      if (found.kind === "none") none[kind].push(row.situation);
      if (found.kind === "weak") {
        const group = found.notStatedOnly ? notStated : context;
        group.set(row.situation, [...(group.get(row.situation) ?? []), kind]);
        if (!found.notStatedOnly && cells.some((cell) => cell.basis === "not-stated"))
          contextAlsoNotStated = true;
      }
      if (found.kind === "partial") {
        const entry = partial.get(`${kind}:${counted}`) ?? { kind, ages: found.countedAges, situations: [] };
        entry.situations.push(row.situation);
        partial.set(`${kind}:${counted}`, entry);
      }
    }
  }

  const items = (group: Map<string, IndicationKind[]>) => {
    // Risk groups with the same kinds share one phrase: "preventie en behandeling bij ‘…’".
    const byKinds = new Map<string, string[]>();
    for (const [situation, kinds] of group) {
      const key = andList(
        kinds.map((k) => kindWord(k)),
        lang,
      );
      byKinds.set(key, [...(byKinds.get(key) ?? []), situation]);
    }
    return [...byKinds].map(([kinds, codes]) => text.item(kinds, groups(codes))).join("; ");
  };
  if (notStated.size > 0) sentences.push(text.notStated(items(notStated)));
  if (context.size > 0) sentences.push(text.context(items(context), contextAlsoNotStated));
  for (const kind of INDICATION_KINDS) {
    if (none[kind].length > 0)
      sentences.push(text.none(kindWord(kind), groups(none[kind], text.anyGroup), coverage.includeGeneral));
  }
  for (const { kind, ages, situations } of partial.values()) {
    sentences.push(text.partial(kindWord(kind), groups(situations), runsPhrase(ages, lang)));
  }

  if (sentences.length === 0) return [text.noGaps];
  if (sentences.length <= SUMMARY_MAX_SENTENCES) return sentences;
  return [...sentences.slice(0, SUMMARY_MAX_SENTENCES - 1), text.more];
}

/** The general row: ages with nothing at all, and ages reached only on a weaker basis. */
function generalSentences(coverage: Coverage, lang: Lang): string[] {
  const text = messages(lang).coverageSummary;
  const kindWord = engineTexts(lang).kind;
  const general = coverage.rows.find((row) => row.situation === GENERAL_ROW);
  const sentences: string[] = [];
  for (const kind of INDICATION_KINDS) {
    const agesWhere = (test: (cell: KindCoverage) => boolean) =>
      coverage.ages.filter((_, index) => {
        const cell = general?.cells[index]?.[kind];
        return cell !== undefined && !cell.covered && test(cell);
      });
    const none = agesWhere((cell) => cell.basis === null);
    if (none.length > 0) sentences.push(text.generalNone(kindWord(kind), runsPhrase(none, lang)));
    for (const basis of ["context", "not-stated"] as const) {
      const weak = agesWhere((cell) => cell.basis === basis);
      if (weak.length > 0)
        sentences.push(text.generalWeak(kindWord(kind), runsPhrase(weak, lang), basis === "not-stated"));
    }
  }
  return sentences;
}
