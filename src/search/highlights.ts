import { type Lang, localize } from "../domain/text.js";
import type { Catalog, Intervention } from "../domain/types.js";
import { forEachWord, stem } from "./analysis.js";
import type { Highlight, HighlightField } from "./result-schema.js";

/** Characters of context kept on each side of the first match in a long text. */
const CONTEXT = 70;
const MAX_HIGHLIGHTS = 3;

type Range = { start: number; end: number };

/** Texts longer than this are cut to a window around their first match. */
const SHORT_TEXT = CONTEXT * 2 + 40;

/**
 * The ranges of words in `text` whose stem is one of `stems`, merged where they
 * overlap. In a long text only the ranges that {@link snippet} can keep are
 * sure to be there: the scan stops once it is more than CONTEXT characters past
 * every match so far (docs/decisions/035). A later word can then neither be in
 * the window, nor join a range that is.
 */
export function matchRanges(text: string, stems: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  let lastMatchEnd = -1;
  const pastWindow =
    text.length > SHORT_TEXT
      ? (start: number) => lastMatchEnd >= 0 && start > lastMatchEnd + CONTEXT
      : undefined;
  const visit = (start: number, end: number, folded: string) => {
    if (!stems.has(stem(folded))) return;
    ranges.push({ start, end });
    if (end > lastMatchEnd) lastMatchEnd = end;
  };
  forEachWord(text, true, visit, pastWindow);
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Cuts a long text to a window around its first match, moving the ranges along. */
function snippet(text: string, ranges: Range[]): { text: string; matches: Range[] } {
  const first = ranges[0];
  if (!first || text.length <= SHORT_TEXT) return { text, matches: ranges };
  let start = Math.max(0, first.start - CONTEXT);
  let end = Math.min(text.length, first.end + CONTEXT);
  // Cut at spaces so no word is broken in half.
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > first.end ? text.lastIndexOf(" ", end) : end;
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  const matches = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: prefix + text.slice(start, end) + suffix, matches };
}

/**
 * Short texts of an intervention where the query's words occur, most telling
 * field first, with the matched words as ranges. At most three.
 */
export function highlightsFor(
  catalog: Catalog,
  intervention: Intervention,
  stems: ReadonlySet<string>,
  lang: Lang,
): Highlight[] {
  if (stems.size === 0) return [];
  const candidates: [HighlightField, string][] = [
    ["name", intervention.name],
    ["abbreviation", intervention.abbreviation ?? ""],
    ...[intervention.fullName ?? "", ...intervention.aliases].map((a): [HighlightField, string] => [
      "alias",
      a,
    ]),
    ...[...new Set(intervention.indications.flatMap((i) => i.situations))].map(
      (code): [HighlightField, string] => {
        const situation = catalog.situationByCode.get(code);
        return ["situation", situation ? localize(situation.label, lang) : ""];
      },
    ),
    ["summary", localize(intervention.summary.professionals, lang)],
    ...intervention.facts.map((f): [HighlightField, string] => ["fact", localize(f.text, lang)]),
  ];
  const highlights: Highlight[] = [];
  const seen = new Set<string>();
  for (const [field, text] of candidates) {
    if (highlights.length >= MAX_HIGHLIGHTS) break;
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    const ranges = matchRanges(text, stems);
    if (ranges.length === 0) continue;
    highlights.push({ field, ...snippet(text, ranges) });
  }
  return highlights;
}
