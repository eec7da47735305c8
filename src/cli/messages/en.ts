import { choiceTable, flagList } from "./format.js";
import type { CliMessages } from "./index.js";

/** The command line in English (--lang en). */
export const enMessages: CliMessages = {
  lang: "en",
  main: {
    help: (commandTable) =>
      [
        "Hechtingswijzer — recognised interventions for problematic attachment",
        "",
        "Usage: hechtingswijzer <command> [options]   (hechtingswijzer <command> --help for details)",
        "",
        "Commands:",
        commandTable,
        "",
        "Every command speaks Dutch unless given --lang en (English).",
        "",
      ].join("\n"),
    unknownCommand: (name) => `unknown command "${name}"`,
    seeHelp: (command) => `See: hechtingswijzer ${command} --help --lang en`,
    wholeRequest: "request",
  },
  summaries: {
    advice: "Decision aid: interventions that fit a child (--json for the API output)",
    search: "Search the interventions (--json for the API output)",
    content: "Knowledge base: validate [DIR] checks it, list shows the indications",
    db: "Database: migrate, export DIR, import DIR",
  },
  args: {
    unknownOption: (flag, known) => `unknown option ${flag}; this command knows ${flagList(known)}`,
    needsValue: (flag) => `${flag} needs a value`,
    takesNoValue: (flag) => `${flag} takes no value`,
    onlyOnce: (flag) => `${flag} may be given only once`,
    unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
    unknownLang: (value, langs) => `--lang: "${value}" is not a language; choose from ${langs.join(", ")}`,
  },
  advice: {
    usage: (f) => `Usage: hechtingswijzer advice --input FILE|- [--json] [--no-color] [--lang nl|en]
       hechtingswijzer advice (--age N | --age-months N | --pregnancy-week N) --need NEED
                              [--situation CODE]... [--precondition NAME=ANSWER]...
                              [--json] [--no-color] [--lang nl|en]

Gives the recognised interventions that fit a child, with reasons, sources and caveats.

Options:
  --input FILE                  the advice request as JSON (- reads stdin)
  --age N                       age in completed years (0–${f.maxAgeYears})
  --age-months N                age in months (0–${f.maxAgeMonths})
  --pregnancy-week N            not born yet: the week of pregnancy (1–${f.maxPregnancyWeek})
  --need NEED                   what you are looking for (see below)
  --situation CODE              the child's situation; repeatable (see below)
  --precondition NAME=ANSWER    a precondition with ${f.answers.join(", ")} (default unknown); repeatable
  --json                        exactly the API's JSON
  --no-color                    no colour (it is also off without a terminal or with NO_COLOR)
  --lang nl|en                  language of advice and messages (default nl); with --input the
                                file's lang applies when it names one

Needs (--need):
${choiceTable(f.needs)}

Situations (--situation):
${choiceTable(f.situations)}

Preconditions (--precondition), also named ${f.preconditionKeys.join(" or ")}:
${choiceTable(f.preconditions)}

Invalid input: exit code 2 and a message per field on stderr.`,
    inputOrFlags: "use --input or the flags (--age, --need, …), not both",
    inputOrFlagsMissing: "give --input FILE or --age/--need",
    preconditionFormat: (entry, answers) =>
      `--precondition expects NAME=ANSWER with ANSWER ${answers.join(", ")}, not "${entry}"`,
    unreadableFile: (source, code) => `${source}: cannot read the file (${code})`,
    notJson: (name, detail) => `${name}: not valid JSON (${detail})`,
    stdin: "stdin",
    invalidContent: "the knowledge base is invalid",
  },
  search: {
    usage: `Usage: hechtingswijzer search "QUERY" [options]

Searches the recognised interventions (also by stem, word start, typos and synonyms).
An age in the text ("3 jaar", "8 maanden") becomes a filter.

Options:
  --age N                age in years (0–18)
  --age-months N         age in months (0–227)
  --need X               prevention | treatment | either
  --situation CODE       situation, e.g. foster-care (repeatable; advice --help lists them all)
  --recognition LEVEL    recognition level, e.g. goed-onderbouwd
  --in-databank true|false
  --page N, --page-size N
  --lang nl|en           language of the output and the messages (default nl)
  --json                 the API's output (GET /api/v1/interventions)
  --no-color             no colour (it is also off without a terminal or with NO_COLOR)`,
  },
  content: {
    usage: `Usage:
  hechtingswijzer content validate [DIR]                 checks the knowledge base (default: content/)
  hechtingswijzer content list [DIR] [--json]            shows each intervention with its indications

Options:
  --lang nl|en   language of the output and the messages (default nl)

validate: exit code 0 and a summary when all is well; otherwise exit code 2 and
each problem as "file: path: message" on stderr.`,
    subcommandMissing: "give a subcommand (validate or list)",
    unknownSubcommand: (name) => `unknown subcommand "${name}"; choose validate or list`,
    valid: (c) =>
      `valid: ${c.interventions} interventions, ${c.harmfulPractices} harmful practices, ${c.situations} situations, ${c.preconditions} preconditions, ${c.sources} source documents, ${c.indications} indications, ${c.synonyms} synonym groups`,
    invalid: (count, dir) => `invalid: ${count} ${count === 1 ? "problem" : "problems"} in ${dir}`,
  },
  db: {
    usage: `Usage:
  hechtingswijzer db migrate [--down]                       update the database (--down: undo the last migration)
  hechtingswijzer db export DIR                             write the current content as content files to DIR
  hechtingswijzer db import DIR [--author NAME] [--reason TEXT]
                                                            check DIR and store it as a new revision

Options:
  --database URL   postgres://… for PostgreSQL, else an SQLite file
                   (default: $DATABASE_URL, else data/hechtingswijzer.sqlite)
  --lang nl|en     language of the messages (default nl)`,
    subcommandMissing: "give a command (migrate, export or import)",
    unknownSubcommand: (name) => `unknown command "${name}"; choose migrate, export or import`,
    takesNoFolder: (name) => `${name} takes no folder`,
    needsOneFolder: (name) => `${name} expects one DIR`,
    downOnlyWithMigrate: "--down belongs with migrate",
    migrationUndone: (name) => `Migration ${name} has been undone.`,
    nothingToUndo: "There is no migration to undo.",
    migrated: "The database is up to date with the newest migration.",
    exportEmpty: "the database holds no content yet (import first).",
    removedFile: (file, revision) => `removed: ${file} (not part of revision ${revision})`,
    exported: (revision, dir, files) => `Revision ${revision} written to ${dir} (${files} files).`,
    importInvalid: (dir) => `${dir} is not valid; nothing has been stored.`,
    unchanged: (revision) => `Unchanged: the content equals revision ${revision}; no new revision was made.`,
    imported: (revision, author) => `Revision ${revision} stored (author: ${author}).`,
  },
};
