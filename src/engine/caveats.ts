import { isStaleRecognition } from "../domain/recognition.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Indication, Intervention, SourcePattern, SourceRef } from "../domain/types.js";
import type { KeptSentences } from "./kept-sentences.js";
import type { Match } from "./match.js";
import type { AdviceCaveat } from "./response.js";

type Note = Intervention["notes"][number];

/** Whether a matched indication stands at the place a pattern names (every given field equal). */
function standsAt(pattern: SourcePattern, source: SourceRef | undefined): boolean {
  if (!source) return false;
  return (
    pattern.document === source.document &&
    (pattern.section === undefined || pattern.section === source.section) &&
    (pattern.list === undefined || pattern.list === source.list) &&
    (pattern.item === undefined || pattern.item === source.item)
  );
}

/**
 * THE rule for which of an intervention's notes a match shows (issue 11: "one rule in
 * one place"). The indication a quirk is about, when it matched; undefined when the note
 * does not apply.
 * - A disagreement between sources (age, group, recognition) always applies: a
 *   professional must see it whichever source's indication matched (DOMAIN.md).
 * - A quirk applies when an indication it is about matched: the places it names
 *   (`about`), else any indication from a document it names.
 * - A scope note says what the sources cover; it belongs on the intervention's page.
 */
export function noteApplies(
  note: Note,
  matched: readonly Indication[],
): { concerns?: SourceRef } | undefined {
  if (note.kind === "disagreement") return {};
  if (note.kind === "scope") return undefined;
  const concerned = matched.find((indication) =>
    note.about
      ? note.about.some((pattern) => standsAt(pattern, indication.source))
      : indication.source !== undefined && note.sources.includes(indication.source.document),
  );
  return concerned?.source ? { concerns: concerned.source } : undefined;
}

/** The recognition caveat: none stated, or the latest one "in herbeoordeling" at `now`. */
function recognitionCaveat(
  intervention: Intervention,
  sentences: KeptSentences,
  now: Date,
): AdviceCaveat | undefined {
  const recognition = sentences.recognitionCaveat(intervention);
  if (!recognition) return undefined;
  const { caveat, latestDate } = recognition;
  return latestDate === undefined || isStaleRecognition(latestDate, now) ? caveat : undefined;
}

/**
 * The caveats of one recommendation, each once: how the best indication's age is
 * known, the notes of the matched indications, the intervention's notes that apply
 * (noteApplies), then the recognition.
 */
export function caveatsFor(match: Match, sentences: KeptSentences, lang: Lang, now: Date): AdviceCaveat[] {
  const { intervention, matched } = match;
  const caveats: AdviceCaveat[] = [];
  const add = (caveat: AdviceCaveat | undefined) => {
    if (caveat && !caveats.some((known) => known.text === caveat.text)) caveats.push(caveat);
  };
  add(sentences.ageCaveat(matched[0] as Indication));
  for (const indication of matched) {
    if (indication.note) {
      const text = localize(indication.note, lang);
      add({ kind: "indication-note", text, ...(indication.source ? { concerns: indication.source } : {}) });
    }
  }
  for (const note of intervention.notes) {
    const applies = noteApplies(note, matched);
    if (!applies) continue;
    const kind = note.kind === "quirk" ? "source-quirk" : "source-disagreement";
    add({ kind, text: localize(note.text, lang), ...applies });
  }
  add(recognitionCaveat(intervention, sentences, now));
  return caveats;
}
