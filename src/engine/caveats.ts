import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Indication, Intervention } from "../domain/types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "../domain/vocabulary.js";
import type { MatchedIntervention } from "./ordering.js";
import type { AdviceCaveat, CaveatKind } from "./response.js";
import type { DocumentWords, EngineTexts } from "./texts.js";

/** What caveat sentences may draw on besides the match itself. */
export interface CaveatContext {
  readonly texts: EngineTexts;
  readonly lang: Lang;
  readonly now: Date;
  readonly documentWords: (documentId: string | undefined) => DocumentWords;
  /** Source document ids known to the catalogue: tells a note about a document from a note about a web page. */
  readonly documentIds: ReadonlySet<string>;
  /**
   * One object per catalogue and language (the catalogue view). Caveats depend on the
   * content, the language and `now` only, so everything but staleness is prepared once under it.
   */
  readonly cacheKey: object;
}

/**
 * The caveats of one recommendation, in a fixed order: how the best indication's age
 * is known, the notes of the matched indications, source quirks and disagreements,
 * then the recognition. Identical texts appear once.
 */
export function caveatsFor(match: MatchedIntervention, context: CaveatContext): AdviceCaveat[] {
  const prepared = preparedFor(match.intervention, context);
  const caveats: AdviceCaveat[] = [];
  const seen = new Set<string>();
  const add = (caveat: AdviceCaveat | undefined) => {
    if (!caveat || seen.has(caveat.text)) return;
    seen.add(caveat.text);
    caveats.push(caveat);
  };

  const best = match.matched[0];
  if (best) for (const caveat of prepared.indication(best).age) add(caveat);
  for (const indication of match.matched) add(prepared.indication(indication).note);

  // A note naming source documents counts when a matched indication cites one of them;
  // a note citing only web pages is about the intervention as a whole and always counts.
  for (const note of prepared.notes) {
    if (!note.documents || match.matched.some((i) => i.source && note.documents?.has(i.source.document))) {
      add(note.caveat);
    }
  }

  const { recognition } = prepared;
  if (recognition.kind === "none") add(recognition.caveat);
  if (recognition.kind === "dated" && context.now.getTime() >= recognition.staleFrom) add(recognition.caveat);
  return caveats;
}

/**
 * From when (ms since the epoch) the intervention's recognition caveat is "stale";
 * Infinity when it never is. Staleness is the only part of the caveats that changes with
 * `now`, so callers may keep the rest and compare `now` with this.
 */
export function recognitionStaleFrom(intervention: Intervention, context: CaveatContext): number {
  const { recognition } = preparedFor(intervention, context);
  return recognition.kind === "dated" ? recognition.staleFrom : Number.POSITIVE_INFINITY;
}

interface IndicationCaveats {
  readonly age: readonly AdviceCaveat[];
  readonly note: AdviceCaveat | undefined;
}

interface PreparedIntervention {
  readonly indication: (indication: Indication) => IndicationCaveats;
  readonly notes: readonly {
    readonly caveat: AdviceCaveat;
    readonly documents: ReadonlySet<string> | undefined;
  }[];
  readonly recognition:
    | { readonly kind: "none"; readonly caveat: AdviceCaveat }
    | { readonly kind: "dated"; readonly staleFrom: number; readonly caveat: AdviceCaveat }
    | { readonly kind: "undated" };
}

const prepared = new WeakMap<object, Map<Intervention, PreparedIntervention>>();

function caveat(kind: CaveatKind, text: string): AdviceCaveat {
  // Shared by every advice that carries it; frozen so no reader can change another's.
  return Object.freeze({ kind, text });
}

function preparedFor(intervention: Intervention, context: CaveatContext): PreparedIntervention {
  let byIntervention = prepared.get(context.cacheKey);
  if (!byIntervention) {
    byIntervention = new Map();
    prepared.set(context.cacheKey, byIntervention);
  }
  let entry = byIntervention.get(intervention);
  if (!entry) {
    entry = prepare(intervention, context);
    byIntervention.set(intervention, entry);
  }
  return entry;
}

function prepare(intervention: Intervention, context: CaveatContext): PreparedIntervention {
  const byIndication = new Map<Indication, IndicationCaveats>();
  const notes = intervention.notes
    .filter((note) => note.kind !== "scope")
    .map((note) => {
      const documents = note.sources.filter((source) => context.documentIds.has(source));
      return {
        caveat: caveat(
          note.kind === "quirk" ? "source-quirk" : "source-disagreement",
          localize(note.text, context.lang),
        ),
        documents: documents.length > 0 ? new Set(documents) : undefined,
      };
    });
  return {
    indication(indication) {
      let entry = byIndication.get(indication);
      if (!entry) {
        entry = {
          age: ageCaveats(intervention, indication, context),
          note: indication.note && caveat("indication-note", localize(indication.note, context.lang)),
        };
        byIndication.set(indication, entry);
      }
      return entry;
    },
    notes,
    recognition: recognitionOf(intervention, context),
  };
}

/** How the indication's age is known: from context, not stated, approximate, an end borrowed from context. */
function ageCaveats(
  intervention: Intervention,
  indication: Indication,
  context: CaveatContext,
): AdviceCaveat[] {
  const { texts, lang } = context;
  const facts = { document: context.documentWords(indication.source?.document), name: intervention.name };
  const { age } = indication;
  const caveats: AdviceCaveat[] = [];
  if (age.basis === "not-stated") caveats.push(caveat("age-not-stated", texts.caveatAgeNotStated(facts)));
  if (age.basis === "context")
    caveats.push(caveat("age-from-context", texts.caveatAgeFromContext({ ...facts, age })));
  // A context age is loose by nature; "approximate" only adds news for an age the item states.
  if (age.basis === "stated" && age.approximate) {
    caveats.push(caveat("age-approximate", texts.caveatAgeApproximate({ ...facts, age })));
  }
  const bounds = age.boundsFromContext ?? [];
  if (bounds.length > 0) {
    // The content's own note on the age says it best; the generic sentence is the fallback.
    const text = age.note ? localize(age.note, lang) : texts.caveatBoundFromContext({ ...facts, bounds });
    caveats.push(caveat("age-bound-from-context", text));
  } else if (age.note) {
    caveats.push(caveat("indication-note", localize(age.note, lang)));
  }
  return caveats;
}

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the first day it can mean (UTC). */
export function recognitionDate(date: string): Date | undefined {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  if (year === undefined || !Number.isInteger(year)) return undefined;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The latest dated recognition and from when it counts as stale (RECOGNITION_STALE_AFTER_YEARS). */
function recognitionOf(
  intervention: Intervention,
  context: CaveatContext,
): PreparedIntervention["recognition"] {
  if (intervention.recognitions.length === 0) {
    return {
      kind: "none",
      caveat: caveat("recognition-not-stated", context.texts.caveatRecognitionNotStated()),
    };
  }
  let latest: { recognition: Intervention["recognitions"][number]; date: string; time: number } | undefined;
  for (const recognition of intervention.recognitions) {
    const time = recognition.date ? recognitionDate(recognition.date)?.getTime() : undefined;
    if (recognition.date && time !== undefined && (!latest || time > latest.time)) {
      latest = { recognition, date: recognition.date, time };
    }
  }
  if (!latest) return { kind: "undated" };
  const staleFrom = new Date(latest.time);
  staleFrom.setUTCFullYear(staleFrom.getUTCFullYear() + RECOGNITION_STALE_AFTER_YEARS);
  const text = context.texts.caveatRecognitionStale({
    level: latest.recognition.level,
    date: latest.date,
    years: RECOGNITION_STALE_AFTER_YEARS,
  });
  return { kind: "dated", staleFrom: staleFrom.getTime(), caveat: caveat("recognition-stale", text) };
}
