import { ageEnds } from "../domain/age.js";
import { isStaleRecognition, latestRecognition } from "../domain/recognition.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Indication, Intervention, SourcePattern, SourceRef } from "../domain/types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "../domain/vocabulary.js";
import type { CatalogView } from "./catalog-view.js";
import type { Match } from "./match.js";
import type { AdviceCaveat, CaveatKind } from "./response.js";
import type { EngineTexts } from "./texts.js";

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

/** What is uncertain about an age, if anything: the kind of caveat it calls for. */
function ageCaveatKind(age: Indication["age"]): CaveatKind | undefined {
  if (age.basis === "not-stated") return "age-not-stated";
  if (age.basis === "context") return "age-from-context";
  if ((age.boundsFromContext ?? []).length > 0) return "age-bound-from-context";
  if (ageEnds(age).to.basis === "not-stated") return "age-end-not-stated";
  return age.approximate ? "age-approximate" : undefined;
}

/**
 * How a matched indication's age is known, in one caveat at most: the content's own
 * note on the age says it best; a generic sentence where there is none.
 */
export function ageCaveatFor(
  intervention: Intervention,
  indication: Indication,
  view: CatalogView,
  texts: EngineTexts,
  lang: Lang,
): AdviceCaveat | undefined {
  const { age } = indication;
  const kind = ageCaveatKind(age);
  const concerns = indication.source ? { concerns: indication.source } : {};
  if (age.note) return { kind: kind ?? "indication-note", text: localize(age.note, lang), ...concerns };
  const facts = { document: view.documentWords(indication.source?.document), name: intervention.name };
  switch (kind) {
    case "age-not-stated":
      return { kind, text: texts.caveatAgeNotStated(facts), ...concerns };
    case "age-from-context":
      return { kind, text: texts.caveatAgeFromContext({ ...facts, age }), ...concerns };
    case "age-bound-from-context": {
      const text = texts.caveatBoundFromContext({ ...facts, bounds: age.boundsFromContext ?? [] });
      return { kind, text, ...concerns };
    }
    case "age-end-not-stated":
      return { kind, text: texts.caveatEndNotStated({ ...facts, end: "to" }), ...concerns };
    case "age-approximate":
      return { kind, text: texts.caveatAgeApproximate({ ...facts, age }), ...concerns };
    default:
      return undefined;
  }
}

/** The recognition caveat: none stated, or the latest one "in herbeoordeling". */
function recognitionCaveat(
  intervention: Intervention,
  texts: EngineTexts,
  now: Date,
): AdviceCaveat | undefined {
  if (intervention.recognitions.length === 0) {
    return { kind: "recognition-not-stated", text: texts.caveatRecognitionNotStated() };
  }
  const latest = latestRecognition(intervention);
  if (!latest || !isStaleRecognition(latest.date, now)) return undefined;
  const text = texts.caveatRecognitionStale({
    level: latest.level,
    date: latest.date,
    years: RECOGNITION_STALE_AFTER_YEARS,
  });
  return { kind: "recognition-stale", text };
}

/**
 * The caveats of one recommendation, each once: how the best indication's age is
 * known (`ageCaveat`, from {@link ageCaveatFor}), the notes of the matched indications,
 * the intervention's notes that apply (noteApplies), then the recognition.
 */
export function caveatsFor(
  match: Match,
  ageCaveat: AdviceCaveat | undefined,
  texts: EngineTexts,
  lang: Lang,
  now: Date,
): AdviceCaveat[] {
  const { intervention, matched } = match;
  const caveats: AdviceCaveat[] = [];
  const add = (caveat: AdviceCaveat | undefined) => {
    if (caveat && !caveats.some((known) => known.text === caveat.text)) caveats.push(caveat);
  };
  add(ageCaveat);
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
  add(recognitionCaveat(intervention, texts, now));
  return caveats;
}
