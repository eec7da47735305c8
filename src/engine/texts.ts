import type { AgeRange, AgeSide, ChildAge } from "../domain/age.js";
import type { Lang } from "../domain/text.js";
import type { IndicationKind, Need, RecognitionLevel } from "../domain/vocabulary.js";
import { enTexts } from "./texts.en.js";
import { nlTexts } from "./texts.nl.js";

/** A source document as a sentence refers to it: "de richtlijn", "het NJi". */
export interface DocumentWords {
  /** Starts a sentence: "De richtlijn", "Het NJi". */
  readonly subject: string;
  /** After "volgens"/"according to": "de richtlijn", "het NJi". */
  readonly object: string;
}

/** What a reason sentence needs to know about one matched indication. */
export interface ReasonFacts {
  readonly document: DocumentWords;
  readonly name: string;
  readonly kind: IndicationKind;
  /** Labels of the indication's situations; empty for a general indication. */
  readonly situationLabels: readonly string[];
  readonly age: AgeRange;
  readonly databankRank?: number | undefined;
}

/** What a mismatch sentence needs: whose indication, by which source. */
export interface MismatchFacts {
  readonly document: DocumentWords;
  readonly name: string;
}

/** Every sentence the engine writes, in one language. Data in, words out. */
export interface EngineTexts {
  /** "preventie", "behandeling". */
  kind(kind: IndicationKind): string;
  /** "preventie", "behandeling", "preventie of behandeling". */
  need(need: Need): string;
  /** "0–4 jaar", "ongeveer 0–6 jaar", "vanaf 7 jaar", "geen leeftijd vermeld". */
  age(range: AgeRange): string;
  /** The sentence for a matched indication, saying what the source states. */
  reason(facts: ReasonFacts): string;
  /** A mismatch sentence is start + clause + (", " + clause)* + (" en " + clause) + ".". */
  readonly mismatchWords: { readonly comma: string; readonly and: string; readonly end: string };
  /** "Volgens de richtlijn is PIPA ". */
  mismatchStart(facts: MismatchFacts): string;
  /** Clause: "bedoeld als behandeling (gevraagd is preventie)". */
  mismatchKind(facts: { kind: IndicationKind; need: Need }): string;
  /**
   * The indication's half of the age clause: "voor 0–4 jaar (" for a born child; for an
   * unborn one "pas vanaf week 28 van de zwangerschap (" or a whole clause when no age is stated.
   */
  mismatchAgeHead(age: AgeRange, child: ChildAge["kind"]): string;
  /** The child's half of the age clause: "dit kind is ouder)", "de zwangerschap is nog niet zo ver)", "dit kind is nog niet geboren)". */
  mismatchAgeTail(age: AgeRange, side: AgeSide): string;
  /** Clause: "voor pleegkind / pleegzorg of adoptiekind (niet gekozen)". */
  mismatchSituation(facts: { situationLabels: readonly string[] }): string;
  caveatAgeFromContext(facts: MismatchFacts & { age: AgeRange }): string;
  caveatAgeApproximate(facts: MismatchFacts & { age: AgeRange }): string;
  caveatAgeNotStated(facts: MismatchFacts): string;
  caveatBoundFromContext(facts: MismatchFacts & { bounds: readonly ("from" | "to")[] }): string;
  caveatRecognitionStale(facts: { level: RecognitionLevel; date: string; years: number }): string;
  caveatRecognitionNotStated(): string;
  /** An end of the age the source leaves open: "the source names no upper end". */
  caveatEndNotStated(facts: MismatchFacts & { end: "from" | "to" }): string;
  /** One sentence: how many interventions fit. */
  outcomeRecommendations(count: number): string;
  /** One sentence: why nothing fits (an unborn child gets its own). */
  outcomeNothingFits(facts: { unborn: boolean }): string;
  /** One sentence: the preconditions come first. */
  outcomeNotMet(labels: readonly string[]): string;
  nextAfterBirth(names: readonly string[]): string;
  nextNeedEither(facts: { need: Need; names: readonly string[] }): string;
  /** After birth and with need "either": offered only when neither change alone finds anything. */
  nextAfterBirthNeedEither(facts: { need: Need; names: readonly string[] }): string;
  /** What the richtlijn says must come first: the precondition and its explanation. */
  nextFirstPrecondition(facts: { label: string; explanation: string }): string;
  /** What fits once the preconditions are met (names may be empty). */
  nextOnceMet(names: readonly string[]): string;
  /** No other way in the knowledge base leads to an intervention either. */
  nextNothingElse(facts: { unborn: boolean }): string;
  noticeUnverified(labels: readonly string[]): string;
  /** A Databank recognition level as the Databank names it. */
  recognitionLevel(level: RecognitionLevel): string;
}

const TEXTS: Record<Lang, EngineTexts> = { nl: nlTexts, en: enTexts };

/** The engine's sentences in the given language. */
export function engineTexts(lang: Lang): EngineTexts {
  return TEXTS[lang];
}

/** Known source documents by id; other documents are named by their title. */
const DOCUMENT_WORDS: Record<Lang, Record<string, DocumentWords>> = {
  nl: {
    richtlijn: { subject: "De richtlijn", object: "de richtlijn" },
    nji: { subject: "Het NJi", object: "het NJi" },
  },
  en: {
    richtlijn: { subject: "The guideline", object: "the guideline" },
    nji: { subject: "The NJi", object: "the NJi" },
  },
};

/** How sentences refer to a source document; falls back to its title. */
export function documentWords(documentId: string, title: string | undefined, lang: Lang): DocumentWords {
  const known = DOCUMENT_WORDS[lang][documentId];
  if (known) return known;
  const name = title ?? documentId;
  return { subject: name, object: name };
}
