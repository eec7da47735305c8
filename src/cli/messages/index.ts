import type { Choice } from "../../domain/choices.js";
import type { Lang } from "../../domain/text.js";
import type { ContentBundle } from "../../domain/types.js";
import { enMessages } from "./en.js";
import { nlMessages } from "./nl.js";

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
  readonly summaries: Readonly<Record<"advice" | "search" | "content" | "db", string>>;
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
  };
}

const MESSAGES: Record<Lang, CliMessages> = { nl: nlMessages, en: enMessages };

/** The command line's texts in the given language. */
export function cliMessages(lang: Lang): CliMessages {
  return MESSAGES[lang];
}
