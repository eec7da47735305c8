import type { AgeRange, AgeSide, ChildAge } from "../age.js";
import type { Choice } from "../choices.js";
import type { Lang } from "../text.js";
import type { ContentBundle } from "../types.js";
import type { IndicationKind, Need, RecognitionLevel } from "../vocabulary.js";

/*
 * The shapes of the catalogue's sections whose texts take facts: what a sentence
 * needs to know, so each language writes it in its own word order.
 */

/** The words an age is written with (src/domain/age-grammar.ts puts them together). */
export interface AgeWords {
  readonly notStated: string;
  readonly firstYear: string;
  readonly years: (n: number) => string;
  readonly fromWeek: (week: number) => string;
  readonly fromPregnancy: string;
  readonly fromYears: (n: number) => string;
  readonly upTo: (n: number) => string;
  readonly upToAbout: (n: number) => string;
  readonly range: (from: number, to: number) => string;
  readonly rangeAbout: (from: number, to: number) => string;
  readonly lower: string;
  readonly upper: string;
  readonly stated: string;
  readonly statedWithoutWeek: string;
  readonly context: string;
  readonly list: string;
  readonly notStatedEnd: string;
}

/**
 * The field messages both input checks give (the advice request and the search query),
 * written once so a reader meets the same words in the API, the pages and the CLI.
 * Messages never repeat the field: each issue carries its path.
 */
export interface FieldTexts {
  range(min: number, max: number): string;
  oneOf(values: readonly string[]): string;
  unknownSituation(code: string, choices: readonly Choice[]): string;
}

/**
 * Every message the advice request check gives, in one language. Messages never
 * repeat the field: each issue carries its path (child.ageYears: moet …). Where a
 * value must come from a list, the message lists the valid values, so the reader
 * can fix the request without looking anything up.
 */
export interface RequestTexts extends FieldTexts {
  wholeNumber(min: number, max: number): string;
  childObject(keys: readonly string[]): string;
  exactlyOneAge(keys: readonly string[]): string;
  situationCode: string;
  /** For text far longer than any code: no list, it was never meant as one. */
  notSituationCode: string;
  situationList: string;
  tooManySituations(max: number): string;
  object: string;
  jsonObject: string;
  unknownField(allowed: readonly string[]): string;
  unreadable: string;
}

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

/** Every message the search query check gives, in one language; a value from a list names the list. */
export interface QueryTexts extends FieldTexts {
  onlyOnce: string;
  wholeNumber: string;
  trueOrFalse: string;
  text: string;
  atLeast(min: number): string;
  ageOrMonths: string;
}

/** What `advice --help` lists, taken from the knowledge base and the request vocabulary. */
export interface AdviceHelpFacts {
  readonly situations: readonly Choice[];
  /** Each need with its label ("preventie"). */
  readonly needs: readonly Choice[];
  /** Each precondition by id, with its label. */
  readonly preconditions: readonly Choice[];
  /** The same preconditions by the key a JSON request uses. */
  readonly preconditionKeys: readonly string[];
  readonly answers: readonly string[];
  readonly maxAgeYears: number;
  readonly maxAgeMonths: number;
  readonly maxPregnancyWeek: number;
}

/** The counts `content validate` reports: one per part of the knowledge base, and its indications. */
export type BundleCounts = Readonly<Record<keyof ContentBundle | "indications", number>>;

/**
 * Every text the command line writes itself, in one language. Texts from the
 * engine, the search and the knowledge base come in the same language from there.
 */
export interface CliMessages {
  readonly lang: Lang;
  readonly main: {
    /** The top-level help around the table of commands and their summaries. */
    readonly help: (commandTable: string) => string;
    readonly unknownCommand: (name: string) => string;
    /** The line after a usage error: where to find the options. */
    readonly seeHelp: (command: string) => string;
    /** The field name of an issue about the input as a whole (its path is empty). */
    readonly wholeRequest: string;
  };
  /** One line per command for the top-level help. */
  readonly summaries: Readonly<Record<"advice" | "search" | "content" | "db" | "users", string>>;
  readonly args: {
    readonly unknownOption: (flag: string, known: readonly string[]) => string;
    readonly needsValue: (flag: string) => string;
    readonly takesNoValue: (flag: string) => string;
    readonly onlyOnce: (flag: string) => string;
    readonly unexpectedArgument: (arg: string) => string;
    readonly unknownLang: (value: string, langs: readonly string[]) => string;
  };
  readonly advice: {
    readonly usage: (facts: AdviceHelpFacts) => string;
    readonly inputOrFlags: string;
    readonly inputOrFlagsMissing: string;
    readonly preconditionFormat: (entry: string, answers: readonly string[]) => string;
    readonly unreadableFile: (source: string, code: string) => string;
    readonly notJson: (name: string, detail: string) => string;
    readonly stdin: string;
    readonly invalidContent: string;
  };
  readonly search: {
    readonly usage: string;
  };
  readonly content: {
    readonly usage: string;
    readonly subcommandMissing: string;
    readonly unknownSubcommand: (name: string) => string;
    readonly valid: (counts: BundleCounts) => string;
    readonly invalid: (count: number, dir: string) => string;
  };
  readonly db: {
    readonly usage: string;
    readonly subcommandMissing: string;
    readonly unknownSubcommand: (name: string) => string;
    readonly takesNoFolder: (name: string) => string;
    readonly needsOneFolder: (name: string) => string;
    readonly downOnlyWithMigrate: string;
    readonly migrationUndone: (name: string) => string;
    readonly nothingToUndo: string;
    readonly migrated: string;
    readonly exportEmpty: string;
    readonly removedFile: (file: string, revision: number) => string;
    readonly exported: (revision: number, dir: string, files: number) => string;
    readonly importInvalid: (dir: string) => string;
    readonly unchanged: (revision: number) => string;
    readonly imported: (revision: number, author: string) => string;
    readonly revisionOnlyWithExport: string;
    readonly revisionNotNumber: (value: string) => string;
    readonly unknownRevision: (revision: number, current: number) => string;
  };
}
