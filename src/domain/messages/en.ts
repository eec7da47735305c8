import type { AgeRange } from "../age.js";
import { ageBasisInWordsWith, ageInWordsWith, sourceWordingAddsNews } from "../age-grammar.js";
import { choiceList } from "../choices.js";
import type { DatabankAges } from "../recognition.js";
import { joinWords } from "../text.js";
import {
  type IndicationKind,
  type Need,
  RECOGNITION_STALE_AFTER_YEARS,
  type RecognitionLevel,
} from "../vocabulary.js";
import { choiceTable, flagList } from "./help-format.js";
import type { Messages } from "./index.js";
import { aside, capitalise, longDate, longDateTime, plural } from "./sentence-parts.js";
import type {
  AgeWords,
  CliMessages,
  DocumentWords,
  EngineTexts,
  FieldTexts,
  QueryTexts,
  RequestTexts,
} from "./shapes.js";

/*
 * Every text Hechtingswijzer writes, in English: the same keys as the Dutch
 * reference (nl.ts). Decision 079.
 */

// ── Ages (src/domain/age-grammar.ts puts the words together) ──

const ageWords: AgeWords = {
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
};

// ── Field messages both input checks give: the advice request and the search query ──

const fields: FieldTexts = {
  range: (min, max) => `must be from ${min} to ${max}`,
  oneOf: (values) => `must be ${joinWords(values, "or")}`,
  unknownSituation: (code, choices) => `unknown situation "${code}"; choose from: ${choiceList(choices)}`,
};

/** Known source documents by id, as sentences name them; other documents are named by their title. */
const documents: Readonly<Record<string, DocumentWords>> = {
  richtlijn: { subject: "The guideline", object: "the guideline" },
  nji: { subject: "The NJi", object: "the NJi" },
};

// ── The advice engine's sentences ──

const KIND: Record<IndicationKind, string> = { prevention: "prevention", treatment: "treatment" };
const NEED: Record<Need, string> = {
  prevention: "prevention",
  treatment: "treatment",
  either: "prevention or treatment",
};
const LEVEL: Record<RecognitionLevel, string> = {
  "goed-onderbouwd": "Well-founded",
  "effectief-eerste-aanwijzingen": "Effective according to first indications",
  "effectief-goede-aanwijzingen": "Effective according to good indications",
  "effectief-sterke-aanwijzingen": "Effective according to strong indications",
  "niet-erkend": "Not recognised",
};

/** The age in words, as every page and the CLI write it (src/domain/age-grammar.ts). */
function ageRange(range: AgeRange): string {
  return ageInWordsWith(range, ageWords);
}

/** The source's own (Dutch) wording, quoted as a fact when it explains the range (e.g. "tot 16 jaar" for 7–15). */
function wording(range: AgeRange): string | undefined {
  return sourceWordingAddsNews(range) ? `source: "${range.text}"` : undefined;
}

/** The age with its preposition: "for 0–4 …", but "from …" stays as it is. */
function forAge(range: AgeRange): string {
  const phrase = ageRange(range);
  if (phrase.startsWith("from ")) return phrase;
  return phrase === "first year of life" ? "in the first year of life" : `for ${phrase}`;
}

function list(labels: readonly string[]): string {
  return joinWords(labels, "or");
}

const engine: EngineTexts = {
  kind: (kind) => KIND[kind],
  need: (need) => NEED[need],
  age: ageRange,
  recognitionLevel: (level) => LEVEL[level],

  reason({ document, name, kind, situationLabels, age, databankRank }) {
    const what =
      situationLabels.length === 0
        ? `as general ${KIND[kind]}`
        : `as ${KIND[kind]} for ${list(situationLabels)}`;
    const agePart =
      age.basis === "not-stated"
        ? "without stating an age"
        : `${forAge(age)}${aside(wording(age), ageBasisInWordsWith(age, ageWords))}`;
    const rank = databankRank === undefined ? "" : ` It is ranked ${databankRank} by effectiveness.`;
    return `${document.subject} lists ${name} ${what}, ${agePart}.${rank}`;
  },

  mismatchWords: { comma: ", ", and: " and ", end: "." },
  mismatchStart: ({ document, name }) => `According to ${document.object}, ${name} is `,
  mismatchKind: ({ kind, need }) => `meant as ${KIND[kind]} (the request is for ${NEED[need]})`,
  mismatchAgeHead(age, child) {
    if (child === "unborn" && age.fromPregnancyWeek !== undefined) {
      return `only from week ${age.fromPregnancyWeek} of pregnancy (`;
    }
    if (child === "unborn" && age.basis === "not-stated") {
      return "without a stated age (an unborn child fits only an intervention that the source says starts in pregnancy)";
    }
    const source = wording(age);
    return `${forAge(age)} (${source ? `${source}; ` : ""}`;
  },
  mismatchAgeTail(age, side) {
    if (side === "younger") return "this child is younger)";
    if (side === "older") return "this child is older)";
    if (age.fromPregnancyWeek !== undefined) return "the pregnancy is not that far along yet)";
    return age.basis === "not-stated" ? "" : "this child is not born yet)";
  },
  mismatchSituation: ({ situationLabels }) =>
    `for ${list(situationLabels)} (${plural(situationLabels.length, "that situation was not chosen", "none of those situations was chosen")})`,

  caveatAgeFromContext: ({ document, name, age }) =>
    `The age (${ageRange(age)}) is not stated with ${name} itself but comes from its context in ${document.object}; treat it as a guide, not a strict limit.`,
  caveatAgeApproximate: ({ age }) => `The age limit (${ageRange(age)}) is approximate.`,
  caveatAgeNotStated: ({ document, name }) =>
    `${document.subject} states no age for ${name}; the age does not rule this child out, nor does it confirm a fit.`,
  caveatBoundFromContext({ document, name, bounds }) {
    const which =
      bounds.length > 1
        ? "The lower and upper age limits are"
        : bounds[0] === "from"
          ? "The lower age limit is"
          : "The upper age limit is";
    return `${which} not stated with ${name} itself; they come from the list heading in ${document.object}.`;
  },
  caveatRecognitionStale: ({ level, date, years }) =>
    `The recognition (${LEVEL[level]}, ${date}) is more than ${years} years old; the Databank reviews such recognitions. Check the current status.`,
  caveatRecognitionNotStated: () =>
    "The sources state no recognition by the Databank Effectieve Jeugdinterventies.",

  noticeUnverified: (labels) =>
    `First check whether ${plural(labels.length, "this condition", "these conditions")} for intervention ${plural(labels.length, "is", "are")} met: ${labels.join("; ")}.`,

  caveatEndNotStated: ({ document, name, end }) =>
    `${document.subject} states no ${end === "from" ? "lower" : "upper"} age limit for ${name}.`,
  outcomeRecommendations: (count) =>
    count === 1 ? "One intervention fits this request." : `${count} interventions fit this request.`,
  outcomeNothingFits: ({ unborn }) =>
    unborn
      ? "An unborn child fits only an intervention that the sources say starts in pregnancy, and for this request there is none."
      : "No intervention in the sources fits this combination of age, need and situation.",
  outcomeNotMet: (labels) =>
    `According to the guideline, ${plural(labels.length, "this condition", "these conditions")} for intervention must be met first: ${labels.join("; ")}.`,
  nextAfterBirth: (names) =>
    `After birth, ${plural(names.length, "this fits", "these fit")} the same request: ${names.join(", ")}.`,
  nextNeedEither: ({ need, names }) =>
    `With the need prevention or treatment (instead of ${NEED[need]}), ${plural(names.length, "this fits", "these fit")}: ${names.join(", ")}.`,
  nextAfterBirthNeedEither: ({ need, names }) =>
    `After birth, with the need prevention or treatment (instead of ${NEED[need]}), ${plural(names.length, "this fits", "these fit")}: ${names.join(", ")}.`,
  nextFirstPrecondition: ({ label, explanation }) => `First: ${label}. ${explanation}`,
  nextOnceMet: (names) =>
    names.length === 0
      ? "Even once the conditions are met, no intervention fits this request."
      : `Once the conditions are met, ${plural(names.length, "this fits", "these fit")}: ${names.join(", ")}.`,
  nextNothingElse: ({ unborn }) =>
    unborn
      ? "After birth and with another need, too, the sources name no intervention that fits."
      : "With another need, too, the sources name no intervention that fits.",
};

// ── The command line ──

const cli: CliMessages = {
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
    db: "Database: migrate, export DIR [--revision N], import DIR",
    users: "Accounts for /beheer: add --role ROLE EMAIL, list",
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
  hechtingswijzer db export DIR [--revision N]              write the content as content files to DIR
                                                            (--revision N: as of revision N; default the current one)
  hechtingswijzer db import DIR [--author NAME] [--reason TEXT]
                                                            check DIR and store it as a new revision

Options:
  --database URL   postgres://… for PostgreSQL, else an SQLite file
                   (default: $DATABASE_URL, else $SQLITE_FILE or data/hechtingswijzer.sqlite)
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
    revisionOnlyWithExport: "--revision belongs with export",
    revisionNotNumber: (value) =>
      `--revision: "${value}" is not a revision number; give a whole number from 1`,
    unknownRevision: (revision, current) =>
      current === 0
        ? `--revision: there is no revision ${revision}; the database holds no content yet`
        : `--revision: there is no revision ${revision}; choose 1 to ${current} (the current one)`,
  },
};

export const en: Messages = {
  // ── Domain: ages and the field messages both input checks give ──
  age: ageWords,
  fields,
  // ── The advice engine: request check, sentences, advice as text, coverage ──
  /** Every message the advice request check gives. */
  request: {
    ...fields,
    wholeNumber: (min, max) => `must be a whole number from ${min} to ${max}`,
    childObject: (keys) => `must be an object with ${joinWords(keys, "or")}`,
    exactlyOneAge: (keys) => `give exactly one of ${joinWords(keys, "or")}`,
    situationCode: "must be a situation code",
    notSituationCode: "is not a situation code",
    situationList: "must be a list of situation codes",
    tooManySituations: (max) => `may hold at most ${max} codes`,
    object: "must be an object",
    jsonObject: "the request must be a JSON object",
    unknownField: (allowed) => `unknown field; allowed: ${allowed.join(", ")}`,
    unreadable: "the request could not be read",
  } satisfies RequestTexts,
  documents,
  /** How a sentence names a source the catalogue does not know. */
  unknownDocument: "the source",
  engine,
  /** Runs of table ages in words (src/engine/coverage-words.ts). */
  ageRuns: {
    everyAge: "every age",
    /** Before "eerste levensjaar": "in het eerste levensjaar". */
    inFirstYear: (words: string) => `in the ${words}`,
    forChildren: (words: string) => `for children aged ${words}`,
  },
  /** The advice as text for a terminal (src/engine/plain-text.ts). */
  adviceText: {
    title: "Hechtingswijzer — advice",
    child: "Child",
    unborn: (week: number) => `not born yet (pregnancy week ${week})`,
    years: (years: number) => `${years} years`,
    months: (months: number) => `${months} months`,
    need: "Need",
    situations: "Situations",
    none: "none",
    notice: "Note",
    recommended: "Recommended",
    onceMet: "Once the conditions are met",
    nextSteps: "What next",
    age: "Age",
    specific: "specific to",
    general: "general",
    why: "Why",
    caveats: "Caveats",
    notSuitable: "Does not fit",
    warnings: "Do not use — not effective or even harmful",
    item: "item",
  },
  /** The sentences above the policy tables that name the main gaps (src/engine/coverage-summary.ts). */
  coverageSummary: {
    and: "and",
    quote: (label: string) => `‘${label}’`,
    generalNone: (kind: string, ages: string) => `No general ${kind}${ages ? ` ${ages}` : ""}.`,
    generalWeak: (kind: string, ages: string, notStated: boolean) =>
      `General ${kind}${ages ? ` ${ages}` : ""} only with an age ${notStated ? "the source does not state" : "taken from the context of a list"}.`,
    item: (kinds: string, situations: string) => `${kinds} for ${situations}`,
    notStated: (items: string) => `The age is not stated anywhere for: ${items}.`,
    context: (items: string, alsoNotStated: boolean) =>
      `The age comes wholly or partly from the context of a list${alsoNotStated ? " or is not stated" : ""} for: ${items}.`,
    groups: (n: number) => `${n} risk groups`,
    everyGroup: "every risk group",
    anyGroup: "any risk group",
    none: (kind: string, situations: string, includeGeneral: boolean) =>
      `No ${kind} ${includeGeneral ? "for" : "specifically for"} ${situations}.`,
    partial: (kind: string, situations: string, ages: string) =>
      `${capitalise(kind)} for ${situations} only ${ages}.`,
    more: "More gaps are shown in the tables.",
    noGaps: "No gaps: every age in every situation has an intervention with a stated age.",
  },
  /** The coverage gaps as export rows (src/engine/coverage-export.ts). */
  coverageExport: {
    /** In the file name of the download: hechtingswijzer-hiaten-r12.csv. */
    fileName: "gaps",
    general: "general (no risk group)",
    none: "no intervention",
    context: "only interventions with an age from the context of a list",
    "not-stated": "only interventions whose age the source does not state",
  },
  // ── Search ──
  search: {
    /** Every message the search query check gives. */
    query: {
      ...fields,
      onlyOnce: "may be given only once",
      wholeNumber: "must be a whole number",
      trueOrFalse: "must be true or false",
      text: "must be text",
      atLeast: (min) => `must be at least ${min}`,
      ageOrMonths: "give age or ageMonths, not both",
    } satisfies QueryTexts,
    /** The notice for words that found nothing (src/search/no-match-notice.ts). */
    noMatch: {
      nothing: (words: string) => `No interventions found for ${words}.`,
      partly: (words: string) => `Nothing found for ${words}; the results fit the other words.`,
      and: "and",
      suggestion: "Try the decision aid: it asks for the age, the need and the situation.",
      /** Where a professional can go when words find nothing: the keuzehulp asks for age, need and situation. */
      keuzehulpPath: "/en/keuzehulp",
    },
    /** The search result as text for a terminal (src/search/text-report.ts). */
    report: {
      warning: "Warning, do not use",
      source: "source",
      item: "item",
      results: (n: number) => (n === 1 ? "1 intervention found" : `${n} interventions found`),
      page: (page: number, pages: number) => `page ${page} of ${pages}`,
      age: (years: number) => `age ${years}`,
      situations: "situation",
      ageLabel: "age",
      kinds: { prevention: "prevention", treatment: "treatment" },
      foundIn: "found in",
      fields: {
        name: "name",
        abbreviation: "abbreviation",
        alias: "other name",
        situation: "target group",
        summary: "summary",
        fact: "fact",
      },
      none: "No interventions found. Try another word or fewer filters.",
    },
  },
  // ── The command line ──
  /** The table of `content list` (src/catalog/content-table.ts). */
  contentTable: {
    headers: ["Intervention", "Kind", "Situations", "Age", "Rank", "Source"],
    kind: { prevention: "prevention", treatment: "treatment" },
    general: "general",
    noSource: "no source",
  },
  /** Every text the command line writes itself. */
  cli,
  // ── The web pages: shared words, components, pages ──
  /** The words the pages share: layout, menu, common labels (src/web). */
  site: {
    lang: "en",
    siteName: "Hechtingswijzer",
    tagline: "Recognised interventions for problematic attachment (ages 0–18)",
    skipLink: "Skip to content",
    errorPrefix: "Error:",
    nav: {
      label: "Main menu",
      home: "Home",
      keuzehulp: "Decision aid",
      interventies: "Interventions",
      beleidsmakers: "Policy makers",
      nietDoen: "Do not use",
      richtlijn: "Guideline",
    },
    footer: {
      label: "About this site",
      toegankelijkheid: "Accessibility",
      privacy: "Privacy",
      bronnen: "Sources",
      reageer: "Feedback",
      disclaimer:
        "An aid to choosing; it does not replace professional judgement. Based on the Dutch guideline on problematic attachment and the NJi overview.",
    },
    languageSwitch: {
      label: "Language",
      other: "Nederlands",
      otherLang: "nl",
      hint: "Lees deze pagina in het Nederlands",
    },
    errorSummary: { title: "Something is not filled in correctly" },
    common: {
      source: "Source",
      sources: "Sources",
      item: "item",
      list: "list",
      years: "years",
      age: "Age",
      name: "Name",
      notStated: "not stated in the source",
      yes: "yes",
      no: "no",
      unknown: "don't know",
      prevention: "prevention",
      treatment: "treatment",
      general: "general",
      submit: "Show",
      readMore: "More about",
      inDatabank: "In the Databank Effectieve Jeugdinterventies",
      approx: "about",
      previous: "Previous",
      next: "Next",
      page: "Page",
      scrollHint: "Scroll sideways to see the whole table.",
    },
    need: { prevention: "Prevention", treatment: "Treatment", either: "Both / don't know" },
    recognition: LEVEL,
    noteKind: { quirk: "Quirk in the source", disagreement: "Sources disagree", scope: "Scope" },
    harmfulWarning: {
      title: "Do not use: harmful practices",
      lead: "Never use interventions that force attachment or have trauma ‘worked through’ by regression:",
      more: "Why not",
      compactTitle: "Do not use",
      compactLead: "never use practices that force attachment or have trauma ‘worked through’ by regression:",
      whyNot: "Why not",
      allOnPage: "All about practices that do not work",
    },
    notFound: {
      title: "Page not found",
      text: "This page does not exist (any more). Check the address or go to the home page.",
    },
    serverError: {
      title: "Something went wrong",
      text: "Because of an error on our side this page could not be shown. Please try again later.",
    },
  },
  components: {
    ageChart: {
      title: "Ages per intervention",
      desc: (n: number) =>
        `Bar chart of ${n} interventions over ages 0 to 18. Each line is an intervention with prevention (solid bar) or treatment (hatched bar). The first column (preg.) is pregnancy. A light bar with a dashed outline means the source does not state the age, or one of its ends. The table below holds the same data.`,
      prevention: "prevention",
      treatment: "treatment",
      prenatal: "preg.",
      axis: "age in years",
      openLegend: "age or one end not stated",
      table: "The same data as a table",
      intervention: "Intervention",
      kind: "Kind",
      age: "Age",
      situations: "Situations",
      general: "general",
    },
    indicationsTable: {
      caption: (name: string) => `Whom ${name} is meant for, per source`,
      kind: "Kind",
      situations: "Situation",
      age: "Age",
      rank: "Databank rank",
      source: "Source",
      general: "general (no risk group)",
      inSource: "in the source",
    },
    recognitionBadge: {
      none: "no recognition stated",
      disagree: "the sources differ",
      inReview: "under review",
      inReviewHint: `the latest recognition is more than ${RECOGNITION_STALE_AFTER_YEARS} years old`,
    },
    recognitionList: {
      none: "No recognition stated in the sources.",
      date: "date",
      noDate: "date not stated",
      /** The ages in English words, the source's Dutch wording quoted beside them. */
      ages: (wording: string, read: DatabankAges | undefined) =>
        read
          ? `ages according to this source: ${read.from}${read.fromUnit === "months" ? " months" : ""} to ${read.to} year${read.to === 1 ? "" : "s"}, written “${wording}”`
          : `ages according to this source: “${wording}”`,
      staleHint: `Older than ${RECOGNITION_STALE_AFTER_YEARS} years: the Databank marks such a recognition as ‘in herbeoordeling’.`,
      source: "source",
    },
    sourceCitation: {
      item: "item",
    },
  },
  pages: {
    apiDocs: {
      title: "API reference",
      description: "Every path, parameter, schema and error code of the Hechtingswijzer REST API.",
    },
    home: {
      title: "Hechtingswijzer",
      lead: "Which recognised intervention suits a child (0–18) with (a risk of) problematic attachment? This aid brings together the conclusions of the Dutch guideline on problematic attachment and the Netherlands Youth Institute's overview of recognised interventions, citing the source for every outcome.",
      professionals: "For professionals",
      professionalsText:
        "Enter age, need and situation and see which interventions fit, why, and where that is stated.",
      professionalsLink: "Go to the decision aid",
      policy: "For policy makers",
      policyText: "See which ages and risk groups the available interventions cover and where the gaps are.",
      policyLink: "Go to the overview",
      allLink: "Browse all interventions",
      preconditionsTitle: "First: two conditions",
      preconditionsLead:
        "According to the guideline an intervention only makes sense when both conditions are met:",
      preconditionsMore: "More about the guideline",
    },
    keuzehulp: {
      page: {
        title: "Decision aid",
        resultTitle: "Decision aid: result",
        editTitle: "Decision aid: change your answers",
        lead: "Fill in what you know about the child. You will see which recognised interventions fit, why, and where the sources say so.",
      },
      form: {
        childTitle: "The child",
        age: "Age",
        ageHint: "A whole number. For an unborn child: choose ‘pregnancy week’ and enter the week.",
        unit: "Unit",
        units: { years: "years", months: "months", "pregnancy-week": "pregnancy week" },
        need: "What are you looking for?",
        situations: "Situation (choose what applies)",
        situationsHint: "Leave empty when none of these risk groups applies.",
        preconditionsTitle: "Conditions from the guideline",
        preconditionsHint:
          "Without these conditions an intervention makes no sense, according to the guideline.",
        submit: "Show suitable interventions",
        privacy: "Nothing is stored. The result's address holds only codes and numbers.",
      },
      result: {
        title: "Result",
        for: "For",
        years: (n: number) => `a child of ${n} years`,
        months: (n: number) => `a child of ${n} months`,
        week: (n: number) => `an unborn child (pregnancy week ${n})`,
        need: "Looking for",
        situations: "Situation",
        none: "no risk group chosen",
        nextSteps: "What next",
        see: "See",
        age: "Age",
        order:
          "In order: first interventions for the chosen situation, then general ones; then how certain the age is and the Databank ranking.",
        specific: "for the chosen situation",
        general: "general",
        why: "Why",
        caveats: "Note",
        blockedTitle: "First the conditions",
        onceMet: "Once the conditions are met, these interventions would fit:",
        notSuitable: (n: number) => `Not suitable (${n})`,
        print: "Print",
        address: "See this result again at",
        change: "Change the answers",
        warningsTitle: "Do not use",
        source: "Source",
        question: "Your question",
        changeLink: "Change",
        precondition: "Condition",
        recognised: (level: string, date: string | undefined) =>
          date === undefined ? level : `${level}, ${date}`,
        details: (hasCaveats: boolean) => (hasCaveats ? "Why, notes and sources" : "Why, and sources"),
        compareLabel: "Compare",
        compareSelected: "Compare selected",
        made: (date: Date, revision: number) =>
          `Made on ${longDate(date, "en-GB")} with Hechtingswijzer's knowledge base, revision ${revision}.`,
      },
      formInput: {
        ageMissing: "Enter the child's age",
        ageNotWhole: "Enter the age as a whole number, for example 3",
        ageRange: (unit: "years" | "months" | "pregnancy-week", min: number, max: number) =>
          `${unit === "years" ? "The age in years" : unit === "months" ? "The age in months" : "The pregnancy week"} must be between ${min} and ${max}`,
        unit: "Choose whether the age is in years, months or weeks of pregnancy",
        need: "Choose what you are looking for: prevention, treatment or both",
        situation: "Choose situations from the list only",
        precondition: "Choose yes, no or don't know",
        other: "Check this field",
      },
    },
    interventies: {
      list: {
        title: "Interventions",
        lead: "All recognised interventions from the guideline and the NJi overview. Search or filter; the chart shows the ages they are meant for.",
        filters: "Search and filter",
        results: (n: number) => (n === 1 ? "1 intervention found" : `${n} interventions found`),
        none: "No interventions found. Try fewer filters or other words.",
        pages: "Pagination",
        chart: "Ages",
        warning: "Note: this is not a recognised intervention",
        why: "Why not",
      },
      searchForm: {
        q: "Search by name, situation or topic",
        qHint: "For example: foster care, depression, VHT",
        age: "Child's age (years)",
        need: "Kind",
        any: "All",
        situations: "Situation",
        recognition: "Recognition in the Databank",
        inDatabank: "In the Databank Effectieve Jeugdinterventies",
        yes: "Yes",
        no: "No",
        submit: "Search",
        reset: "Clear all filters",
      },
      resultItem: {
        kinds: "Kind",
        ages: "Age",
        recognition: "Recognition",
        notStated: "not stated",
        inDatabank: "In the Databank",
        yes: "yes",
        no: "no",
      },
      detail: {
        professionals: "For professionals",
        policymakers: "For policy makers",
        keyFacts: "Key facts",
        fullName: "Full name",
        aliases: "Also called",
        inDatabank: "In the Databank Effectieve Jeugdinterventies",
        yes: "yes",
        no: "no",
        facts: "More facts",
        indications: "Who it is for",
        ages: "Ages",
        recognitions: "Recognition",
        notes: "Notes on the sources",
        listings: "Also listed without a target group",
        related: "Related interventions",
        compare: "Compare with other interventions",
        feedback: "Feedback: is something on this page not right?",
        source: "source",
        summarySources: "Sources of this summary",
        ownDescription: "Hechtingswijzer's own description; no source found",
        kinds: "Kind",
        agesFact: "Age",
        databankPages: (n: number): string => (n === 1 ? "Page in the Databank" : "Pages in the Databank"),
      },
    },
    vergelijken: {
      title: "Compare interventions",
      lead: (min: number, max: number) => `Choose ${min} to ${max} interventions to see them side by side.`,
      pick: "Which interventions do you want to compare?",
      submit: "Compare",
      tooFew: (min: number) => `Choose at least ${min} interventions`,
      tooMany: (max: number) => `Choose at most ${max} interventions`,
      unknown: (id: string) => `Unknown intervention: ${id}`,
      caption: "Comparison",
      aspect: "Aspect",
      fullName: "Full name",
      indications: "Who it is for",
      recognition: "Recognition",
      inDatabank: "In the Databank",
      professionals: "For professionals",
      none: "not stated",
      yes: "yes",
      no: "no",
      general: "general",
    },
    nietDoen: {
      title: "Do not use: not effective or even harmful",
      lead: "The guideline names two kinds of interventions that do not work and can harm children. Hechtingswijzer never recommends them and warns about them with every advice.",
      why: "Why not",
      alsoKnownAs: "Also called",
      source: "Source",
      secondary: "Additional source",
    },
    reageer: {
      page: {
        title: "Feedback",
        lead: "Is something wrong, missing, or not working well? Let us know. Do not write details about a child or family in your message.",
        about: "What is your feedback about?",
        chooseAbout: "Choose a page or intervention",
        pagesGroup: "Pages",
        interventionsGroup: "Interventions",
        pages: {
          "/": "Home page",
          "/keuzehulp": "Decision aid",
          "/interventies": "Interventions overview",
          "/beleidsmakers": "Policy makers",
          "/vergelijken": "Compare",
          "/richtlijn": "Guideline",
          "/niet-doen": "Do not use",
          "/bronnen": "Sources",
          "/toegankelijkheid": "Accessibility",
          "/privacy": "Privacy",
        },
        message: "Your feedback",
        messageHint: (max: number) => `At most ${max} characters.`,
        name: "Your name (optional)",
        email: "Your e-mail address (optional)",
        emailHint: "Only if you would like an answer.",
        role: "Your role (optional)",
        roles: {
          "": "I'd rather not say",
          professional: "Youth-care professional",
          policymaker: "Policy maker",
          parent: "Parent or carer",
          researcher: "Researcher",
          other: "Other",
        },
        submit: "Send feedback",
        expired:
          "The form has expired or was not sent from this site. Check your feedback and send it again.",
        privacy: "Read what we store",
        thanksTitle: "Thank you for your feedback",
        thanks: "We have received your feedback and will look at it as soon as possible.",
        back: "Back to the page",
        home: "Go to the home page",
      },
      formInput: {
        about: "Choose what your feedback is about",
        messageMissing: "Write your feedback",
        messageTooLong: (max: number) => `Your feedback can be at most ${max} characters long`,
        nameTooLong: (max: number) => `Your name can be at most ${max} characters long`,
        email: "Enter a valid e-mail address, like name@example.com, or leave the field empty",
        role: "Choose a role from the list",
        controlCharacters: "Do not use invisible control characters in this field",
      },
    },
    beleidsmakers: {
      title: "For policy makers: coverage and gaps",
      lead: "Which ages and risk groups do the recognised interventions from the guideline and the NJi overview cover? A cell without an intervention is a gap.",
      summaryTitle: "The main gaps",
      prevention: "Prevention",
      treatment: "Treatment",
      caption: (kind: string, filtered: boolean) =>
        `${kind}: interventions per situation and age (years)${filtered ? ", contracted only" : ""}`,
      situation: "Situation",
      general: "general (no risk group)",
      gap: "gap",
      partial: (ages: string) => `gap: ${ages}`,
      uncounted: (ages: string) => `not counted: ${ages}`,
      basis: { context: "age from the context", "not-stated": "age not stated" },
      formTitle: "What does your municipality contract?",
      formLead:
        "Tick the interventions your municipality purchases. The tables then show only those, and the gaps that remain.",
      contracted: "Our municipality contracts these interventions",
      includeGeneral: "Count general interventions in every situation",
      count: "Also count ages that are not stated or only taken from the context",
      includeGeneralLegend: "Display",
      countLegend: "Ages",
      submit: "Show remaining gaps",
      reset: "Show all interventions",
      filtered: (n: number) =>
        `You see the coverage with ${n} contracted ${n === 1 ? "intervention" : "interventions"}.`,
      gapsCount: (n: number) =>
        n === 1 ? "1 cell without a counted intervention" : `${n} cells without a counted intervention`,
      downloads: "Downloads",
      gapsCsv: "The gaps in this view (CSV)",
      printHint: "Print through your browser: the menu and the form are left out.",
      csv: "All interventions and indications (CSV)",
      json: "All interventions and indications (JSON)",
      coverageJson: "Coverage per age and situation in this view (JSON)",
      unknownId: "Choose interventions from the list only",
      note: "A cell counts as covered when the source states an intervention's age. An age the source does not state, or that only comes from the context of a list, is shown but not counted unless you choose so below. ‘General’ means interventions not tied to a risk group.",
    },
    richtlijn: {
      title: "The guideline in brief",
      lead: "Chapter 5 of the Dutch guideline on problematic attachment (Richtlijnen Jeugdhulp en Jeugdbescherming) draws conclusions on prevention and intervention. Here they are in our own words.",
      preconditions: "Conditions for any intervention",
      general: "Recognised prevention for young children",
      generalText:
        "Four recognised preventive interventions strengthen parents' sensitivity and so promote secure attachment in young children (up to about seven). The guideline lists them in order of effectiveness according to the Databank Effectieve Jeugdinterventies: VIPP-SD (0–6), the Basic Trust method (2–12), K-VHT (0–4) and individual Shantala baby massage.",
      risk: "Prevention for risk groups",
      riskText:
        "For parents in specific risk groups there are preventive interventions, among others for foster and adoptive parents, mothers with depression after giving birth, single teenage mothers, parents of children with severe behaviour problems and children at increased risk of disorganised attachment. The age for this list reads ‘tot ongeveer twaalf zeven jaar’ in the source: a typo that we read as ‘about’ and record.",
      treatment: "Treatment for children older than seven",
      treatmentText:
        "For treating problematic attachment in older children the guideline names, among others, the Basic Trust method, Video home training, ITGG, Sherborne Samenspel, Theraplay, Differentiation and Phase therapy, DDP and MBT-A.",
      harmful: "Not effective or harmful",
      harmfulText:
        "Interventions that try to achieve attachment by coercion and interventions that have trauma ‘worked through’ by regression (therapeutic holding, holding, rebirthing) are not shown to be effective, contradict attachment theory and can harm children.",
      harmfulLink: "Read why these practices are not used",
      allLink: "See all interventions with their sources",
      source: "Source",
    },
    bronnen: {
      title: "Sources",
      lead: "Hechtingswijzer is built on two public sources. Every advice and every indication points to the place in one of them. Descriptions are in our own words; names, ages and numbers are kept exactly.",
      primary: "Primary sources",
      publisher: "Publisher",
      section: "Part",
      secondary: "Additional sources",
      secondaryLead:
        "For facts the primary sources do not give (full name, recognition and date, format) we use public pages. Where they disagree with each other or with the guideline, we show both.",
      usedFor: "Used for",
      none: "No additional sources used yet.",
    },
    toegankelijkheid: {
      title: "Accessibility",
      lead: "Hechtingswijzer aims to be usable by everyone, including with a screen reader, keyboard only, magnification or without JavaScript.",
      standardTitle: "Standard",
      standard:
        "We build to WCAG 2.1 level AA (the standard for Dutch government websites, via EN 301 549). This is a statement by the makers, not yet a formal accessibility statement after an independent audit.",
      doneTitle: "What we do",
      done: [
        "Every page has a ‘Skip to content’ link, clear headings and landmarks.",
        "Every form field has a label; groups have a fieldset with a legend; hints and error messages are tied to their field.",
        "When something is wrong, a summary at the top links to the fields, and what you entered stays.",
        "Everything works with the keyboard alone and without JavaScript; focus is always visible.",
        "The age chart has a text description and the same data as a table; prevention and treatment differ in more than colour.",
        "Pages adapt from 320 pixels wide and can be zoomed to 400%.",
        "With every change we check all pages and states automatically with axe and the HTML validator.",
      ],
      knownTitle: "Known limitations",
      known:
        "Texts from the sources are sometimes formal. Some English texts fall back to Dutch where no translation exists yet.",
      contactTitle: "Something does not work?",
      contact: "Let us know through the feedback form. Name the page and what went wrong.",
      contactLink: "Go to the feedback form",
    },
    privacy: {
      title: "Privacy",
      lead: "Hechtingswijzer asks nothing about who you are or who the child is, and remembers nothing of an advice.",
      adviceTitle: "The decision aid",
      advice: [
        "What you enter in the decision aid (age, need, situations, conditions) is used only to compute the advice and is then forgotten.",
        "We do not store it and do not write it to log files; the server keeps no addresses of advice pages.",
        "An advice's address holds only codes and numbers, no names or free text. Feel free to share it with a colleague.",
        "Advice pages and filtered lists are kept by no cache at all (Cache-Control: private, no-store).",
        "Their address can still stay in your browser history and in the logs of a proxy or network on the way, for instance your organisation's. On a shared computer, clear your browser history if needed.",
      ],
      feedbackTitle: "Feedback",
      feedback: [
        "When you send feedback we store: what it is about, your message and – only if you fill them in – your name, e-mail address and role, with the date.",
        "We use this only to improve Hechtingswijzer and to answer you if needed. Do not write details about a child or family in your message.",
        "The form sets one functional cookie that protects it against abuse (CSRF). There are no other cookies.",
      ],
      feedbackRetention: (months: number) =>
        `We erase your name and e-mail address ${months} months after your feedback; until then only administrators see them. We keep the message itself until an administrator deletes it, and never show it on the site.`,
      thirdTitle: "No third parties",
      third:
        "This site loads no scripts, fonts or analytics from other parties. Links to sources take you to other sites; their own rules apply there.",
    },
  },
  beheer: {
    title: "Curation",
    roles: { editor: "editor", reviewer: "reviewer", admin: "administrator" },
    /**
     * What each field of the knowledge base is called in /beheer: the editor's labels and
     * the history's field-level diff, keyed by the property name in the content schema.
     */
    /** /beheer/concepten and /beheer/inhoud/bewerken: drafts, review and publishing (decision 095). */
    editing: {
      kinds: {
        intervention: "Intervention",
        "harmful-practice": "Harmful practice",
        situation: "Situation",
        precondition: "Precondition",
        source: "Source",
        synonyms: "Synonyms",
      },
      synonymsItem: "Synonym list of the search",
      draftsTitle: "Drafts",
      draftsLead:
        "Changes waiting for a reviewer. A reviewer who did not write any of the draft publishes it as a new revision.",
      selfPublishAllowed:
        "On this installation whoever wrote a draft may also publish it (ALLOW_SELF_PUBLISH).",
      noDrafts: "There are no open drafts.",
      recentTitle: "Published or withdrawn",
      noRecent: "No drafts published or withdrawn yet.",
      columns: {
        item: "Item",
        kind: "Kind",
        savedBy: "Last saved by",
        savedAt: "Saved",
        reason: "Reason",
        status: "Outcome",
      },
      statuses: { open: "open", published: "published", withdrawn: "withdrawn" },
      publishedAs: (revision: number) => `published as revision ${revision}`,
      draftTitle: (item: string) => `Draft: ${item}`,
      backToDrafts: "Back to the drafts",
      facts: {
        kind: "Kind",
        status: "Status",
        version: "Version",
        authors: "Written by",
        savedAt: "Last saved",
        reason: "Reason",
        base: "Started from",
        baseRevision: (revision: number) => (revision === 0 ? "new item" : `revision ${revision}`),
      },
      changesTitle: "Changes compared with the published version",
      noChanges: "No difference from the published version.",
      publishTitle: "Publish",
      publishLead:
        "Publishing makes a new revision. The site, the API and the decision aid show it within seconds.",
      publish: "Publish",
      withdrawTitle: "Withdraw",
      withdrawLead: "Withdrawing gives the draft up; its saved versions are kept.",
      withdraw: "Withdraw draft",
      editDraft: "Go on editing the draft",
      mayNotPublish: "Only a reviewer publishes.",
      refused: {
        "own-draft": "You wrote part of this draft. Another reviewer publishes it (four eyes).",
        "not-open": "This draft was already published or withdrawn.",
        "draft-changed": "The draft was saved again meanwhile. Look at the new version, then publish.",
        "base-changed":
          "This item was published again since the draft began. The editor first takes that change into the draft.",
        invalid: "The draft no longer fits the knowledge base. Edit the draft and solve these points:",
        unchanged: "The draft equals the published version: there is nothing to publish.",
        busy: "Something else was published at the same moment. Please try again.",
        "no-such-version": "This item did not exist in that revision.",
      },
      published: (revision: number) =>
        `Published as revision ${revision}. The site, the API and the decision aid show the change within seconds.`,
      withdrawn: "The draft was withdrawn.",
      editTitle: (item: string) => `Edit: ${item}`,
      newTitle: (kind: string) => `New: ${kind}`,
      editLead:
        "Your change becomes a draft. A reviewer looks at it and publishes it; until then nobody outside /beheer sees any of it. Save in between: after 30 minutes without saving your session ends and what you typed is lost.",
      editingDraft: (version: number, by: string) =>
        `You are editing the open draft (version ${version}, last saved by ${by}).`,
      viewDraft: "View the draft",
      baseChanged: (revision: number) =>
        `This item was published in revision ${revision} since the draft began. Below is what changed then. Take it over where needed: saving builds your draft on revision ${revision}.`,
      conflict: (by: string, version: number) =>
        `${by} saved this draft meanwhile (version ${version}). Below are the differences between that version and your input; your input is still in the form. Save again to keep your input as a new version.`,
      publishedChangesTitle: "What was published meanwhile",
      conflictChangesTitle: "Difference between the saved version and your input",
      reason: "Reason for the change",
      reasonHint: "Goes into the history, for example: age brought in line with the 2024 Databank.",
      reasonMissing: "Give a reason for the change",
      idFixed: "The identifier of an existing item does not change; make a new item instead",
      idTaken: "An item with this identifier exists already",
      save: "Save draft",
      saved: (version: number) => `Draft saved (version ${version}). A reviewer can publish it now.`,
      itemNotFound: "This item does not exist.",
      badRequest: "Give a kind (soort=) and an item (id=).",
      editLink: "Edit",
      newLinksTitle: "Add something new",
      publishedBy: (reviewer: string) => `published by ${reviewer}`,
      revertLink: "Set back to this version",
      revertTitle: (item: string, revision: number) => `Set ${item} back to revision ${revision}`,
      revertLead: (revision: number) =>
        `Setting back makes a new revision with the content of revision ${revision}. The history stays complete; this too can be set back again.`,
      revertChangesTitle: "What changes compared with now",
      revertReason: "Reason for setting back",
      revertReasonMissing: "Give a reason for setting back",
      revertSubmit: "Set back",
      reverted: (revision: number, to: number) =>
        `Set back: revision ${revision} has the content of revision ${to}. The site, the API and the decision aid show it within seconds.`,
      revertNotAllowed: "Only a reviewer sets a version back.",
      badRevertRevision: "The address names no revision (revisie=…): a whole number from 1.",
      notFound: "This draft does not exist.",
    },
    fields: {
      id: "Identifier (in the web address)",
      name: "Name",
      abbreviation: "Abbreviation",
      fullName: "Full name",
      aliases: "Other names",
      inDatabank: "In the Databank Effectieve Jeugdinterventies",
      recognitions: "Recognitions",
      level: "Level",
      date: "Date",
      ages: "Ages according to the source",
      source: "Source",
      note: "Note",
      summary: "Summary",
      professionals: "For professionals",
      policymakers: "For policy makers",
      sources: "Sources",
      ownDescription: "Own description (no source found)",
      facts: "Facts",
      topic: "Topic",
      text: "Text",
      indications: "Indications",
      kind: "Kind",
      situations: "Situations",
      age: "Age",
      basis: "How the age is known",
      from: "From (years)",
      to: "Up to and including (years)",
      fromPregnancyWeek: "From pregnancy week",
      startsInPregnancy: "Starts in pregnancy (week not stated)",
      approximate: "Approximate",
      boundsFromContext: "Bounds from the context",
      databankRank: "Order in the Databank",
      listings: "Listings without a target group",
      notes: "Notes and disagreements",
      about: "About these places in the source",
      related: "Related interventions",
      document: "Document",
      section: "Section",
      list: "List",
      item: "Item (number)",
      synonyms: "Synonyms",
      classTerms: "Words for the whole class",
      reason: "Why not to do it",
      secondary: "Further sources",
      code: "Code",
      label: "Name",
      requestKey: "Key in an advice request",
      explanation: "Explanation",
      title: "Title",
      publisher: "Publisher",
      url: "Web address",
      description: "Description",
      nl: "Dutch",
      en: "English",
    },
    /** /beheer/inhoud: the content index, one item's history and the field-level diff of two revisions. */
    history: {
      indexTitle: "Content",
      indexLead: (revision: number) =>
        `Everything in the published content (revision ${revision}). Editing makes a draft that a reviewer publishes. Each item also links to its history: which revisions changed it, by whom and why, and what changed field by field.`,
      sections: {
        interventions: "Interventions",
        harmfulPractices: "Harmful practices",
        situations: "Situations",
        preconditions: "Conditions from the guideline",
        sources: "Source documents",
        synonyms: "Search synonyms",
      },
      name: "Name",
      id: "Identifier",
      actions: "Actions",
      historyLink: "History",
      synonymsName: "Synonym list",
      synonymsCount: (groups: number) =>
        `The search knows ${groups} groups of words that mean the same; the list is one item with one history.`,
      kinds: {
        intervention: "intervention",
        "harmful-practice": "harmful practice",
        situation: "situation",
        precondition: "precondition",
        source: "source document",
        synonyms: "synonym list",
      },
      title: (name: string) => `History of ${name}`,
      lead: (kind: string) => `Every revision that changed this ${kind}, newest first.`,
      caption: "Revisions, newest first",
      revision: "Revision",
      time: "Time",
      author: "By",
      reason: "Reason",
      removed: "(removed in this revision)",
      compareTitle: "Compare two revisions",
      from: "From revision",
      to: "To revision",
      compare: "Show the difference",
      onlyOne: "This item has only one revision: there is nothing to compare yet.",
      /** When a revision was made, in the Netherlands' time zone. */
      revisionTime: (iso: string) => longDateTime(new Date(iso), "en-GB"),
      revisionChoice: (revision: number, time: string) => `Revision ${revision} (${time})`,
      revisionAt: (revision: number, time: string) => `revision ${revision} (${time})`,
      diffTitle: (name: string, from: number, to: number) =>
        `Difference in ${name}: revisions ${from} and ${to}`,
      diffLead: (from: string, to: string) => `What changed from ${from} to ${to}, field by field.`,
      toHistory: "Back to the history",
      toIndex: "Back to the content",
      notFoundTitle: "Not found",
      notFoundItem: "This item does not exist and never did.",
      notFoundRevision: "This item has no revision with that number. Choose one from its history.",
      badRequestTitle: "Incorrect address",
      badKind: (kinds: string) => `The kind (soort=…) must be one of: ${kinds}.`,
      badId: "The address names no item (id=…).",
      badRevision: "From and to (van=…, tot=…) must be revision numbers: whole numbers from 1.",
    },
    /** How <FieldDiff> shows one change: which field, what it was and what it is now. */
    fieldDiff: {
      none: "There is no difference.",
      caption: "Changed fields",
      field: "Field",
      before: "Before",
      after: "Now",
      absent: "(not present)",
      wholeItem: "The whole item",
      yes: "yes",
      no: "no",
      empty: "(empty)",
      unknown: "unknown",
    },
    login: {
      title: "Log in to curation",
      lead: "Only for editors, reviewers and administrators of the knowledge base.",
      email: "E-mail address",
      password: "Password",
      submit: "Log in",
      refused: "The e-mail address or the password is not right.",
      locked: "Too many failed attempts. Try again in a quarter of an hour.",
      expired: "The form had expired. Please fill it in again.",
      loggedOut: "You are logged out.",
    },
    secondStep: {
      title: "Code from your app",
      lead: "Your account is protected with a second step. Open your authenticator app.",
      code: "Code",
      hint: "The six digits your app shows now.",
      submit: "Confirm",
      refused: "This code is not right or was used already. Wait for the next code.",
      locked: "Too many failed attempts. Try again in a quarter of an hour.",
    },
    start: {
      title: "Curation",
      signedInAs: (name: string, role: string) => `You are logged in as ${name} (${role}).`,
      mayTitle: "What you can do here",
      permissions: {
        edit: "Edit the knowledge base: write drafts",
        review: "Review and publish drafts",
        manageAccounts: "Add accounts and change roles",
        readAudit: "Read the audit log",
        handleFeedback: "Read and handle readers' feedback",
        seeFeedbackContacts: "See name and e-mail address with feedback",
      },
      secondFactor: "Set up two-step verification",
      secondFactorOn: "Two-step verification is on.",
      sessionTitle: "Your session",
      session: "You are logged out after 30 minutes without activity, and after 12 hours in any case.",
      logout: "Log out",
      logoutEverywhere: "Log out everywhere",
      logoutEverywhereHint: "Also ends your sessions on other devices.",
    },
    forbidden: { title: "No access", text: "Your role gives no access to this page.", back: "To curation" },
    csrf: {
      title: "Form expired",
      text: "The form had expired or did not come from this site. Nothing was changed.",
      back: "To curation",
    },
    /** The editor's form (src/web/pages/beheer/editor/): rows, choices, hints and problems. */
    editor: {
      rows: {
        recognitions: "Recognition",
        facts: "Fact",
        indications: "Indication",
        listings: "Listing",
        notes: "Note",
        about: "Place",
        secondary: "Further source",
        synonyms: "Group",
      },
      row: (name: string, position: number) => `${name} ${position}`,
      newRow: (name: string) => `Add: ${name.toLowerCase()}`,
      newRowHint: "Fill in these fields to add one; left blank, nothing is added.",
      remove: "Remove",
      trail: (labels: readonly string[]) => labels.join(" › "),
      choices: { none: "—", yes: "yes", no: "no", notStated: "not stated" },
      kinds: { prevention: "prevention", treatment: "treatment" },
      basis: {
        stated: "stated with the intervention",
        context: "from the context in the source",
        "not-stated": "not stated",
      },
      topics: {
        "full-name": "Full name",
        format: "Format",
        developer: "Developer",
        aim: "Aim",
        age: "Age",
        databank: "Databank",
        other: "Other",
      },
      bounds: { from: "lower bound", to: "upper bound" },
      hints: {
        words: "One per line.",
        date: "YYYY, YYYY-MM or YYYY-MM-DD, for example 2017-06-30.",
        url: "A web address starting with https://.",
        slug: "Lower-case letters and hyphens, for example video-hometraining.",
        fullName: "Leave blank when the sources give no full name.",
        sources: "One per line: a source document (for example richtlijn) or a web address.",
        synonyms: "One word per line; the search treats them as the same.",
      },
      problems: {
        empty: "must not be empty",
        slug: "must be lower-case letters and hyphens",
        dutchMissing: "the Dutch text is missing",
        date: "must be YYYY, YYYY-MM or YYYY-MM-DD",
        url: "must be a web address starting with http:// or https://",
        required: "must be filled in",
        number: "must be a number",
        wholeNumber: "must be a whole number",
        choose: "choose one of the options",
        atLeast: (min: string) => `must be at least ${min}`,
        above: (min: string) => `must be above ${min}`,
        atMost: (max: string) => `must be at most ${max}`,
        atLeastItems: (min: string) => `fill in at least ${min}`,
        oneIndication: "an intervention needs at least one indication",
        fromAboveTo: (from: string, to: string) => `the age from (${from}) is above the age up to (${to})`,
        notStatedBounds: "an age that is not stated cannot have bounds",
        needsBounds: "fill in from, up to, a pregnancy week or ‘starts in pregnancy’",
        weekOrStarts: "give a pregnancy week or ‘starts in pregnancy’, not both",
        pregnancyAndAfterBirth: "an age that starts in pregnancy cannot also start after birth",
        unknownSituation: (code: string) => `unknown situation "${code}"`,
        unknownDocument: (id: string) => `unknown source document "${id}"`,
        unknownIntervention: (id: string) => `unknown intervention "${id}"`,
        withoutSource: "the source is missing",
        duplicateId: (id: string) => `the identifier "${id}" is already taken`,
        summarySources: "name the sources of the summary, or fill in an own description (no source found)",
        notSource: (text: string) => `"${text}" is neither a source document nor a web address`,
      },
    },
    quality: {
      edit: "edit",
      title: "Content quality",
      lead: (revision: number) =>
        `What needs attention in the published content (revision ${revision}). Each line links to the intervention's page and to editing it, and names the content file it is kept in.`,
      overview: "Overview",
      count: (n: number) => (n === 1 ? "1 item" : `${n} items`),
      none: "None.",
      intervention: "Intervention",
      file: "Content file",
      where: "Where in the file",
      stale: {
        title: "Recognitions older than five years",
        lead: "The Databank re-assesses a recognition after five years. The site shows these interventions as 'under review'; check whether there is a newer recognition.",
        caption: "Interventions whose latest recognition is older than five years",
        level: "Level",
        date: "Date",
        age: "Age",
        years: (n: number) => (n === 1 ? "1 year" : `${n} years`),
      },
      uncited: {
        title: "Statements without a source",
        lead: "Indications that cite no source, and summaries that name no source and are not marked as own description.",
        schema:
          "The content requires a source (a web address) for every fact and recognition; they appear here only with an empty address.",
        zero: "0 — every indication and summary names a source, and the content requires a source for every fact.",
        caption: "Statements without a source",
        what: "What",
        kinds: { summary: "summary", indication: "indication", fact: "fact", recognition: "recognition" },
      },
      disagreements: {
        title: "Sources that differ, without a note",
        lead: "Sources give different recognition levels or ages, but no 'Sources disagree' note explains it.",
        caption: "Interventions whose sources differ without a note",
        levels: "Levels",
        ages: "Ages",
      },
      ages: {
        title: "Indications whose age is not stated",
        lead: "Indications whose source states no age, or leaves out one end of it. The advice says so when they match; check whether another source gives the age.",
        caption: "Indications without a (complete) age",
        kind: "Kind",
        missing: "What is missing",
        kinds: { prevention: "prevention", treatment: "treatment" },
        missingKinds: { age: "no age", from: "lower end not stated", to: "upper end not stated" },
      },
    },
    accounts: {
      title: "Accounts",
      listTitle: "All accounts",
      caption: "Accounts with their role",
      email: "E-mail address",
      name: "Name",
      role: "Role",
      created: "Created",
      secondFactor: "Second step",
      yes: "on",
      no: "off",
      changeRoleTitle: "Change a role",
      account: "Account",
      newRole: "New role",
      saveRole: "Save role",
      addTitle: "Add an account",
      displayName: "Name",
      displayNameHint: "How others see the person in the audit log and on drafts. Empty: the e-mail address.",
      password: "First password",
      passwordHint: (min: number) => `At least ${min} characters. Hand it over in person, not by e-mail.`,
      submitAdd: "Add account",
      added: (email: string) => `Account ${email} was added.`,
      roleChanged: (email: string, role: string) => `${email} is now ${role}.`,
      errors: {
        email: "Enter a valid e-mail address, such as name@example.org.",
        role: "Choose a role: editor, reviewer or administrator.",
        passwordTooShort: (min: number) => `The password must have at least ${min} characters.`,
        passwordTooLong: (max: number) => `The password may have at most ${max} characters.`,
        displayName: "The name may have at most 100 characters, without line breaks.",
        exists: "An account with this e-mail address exists already.",
        lastAdmin: "This is the last administrator. Make another account administrator first.",
      },
    },
    audit: {
      title: "Audit log",
      lead: "Who did what, when and from which address. The log is only ever added to, never changed.",
      caption: "Audit log, newest first",
      at: "Time (UTC)",
      actor: "By",
      action: "What",
      subject: "Concerns",
      address: "Address",
      detail: "Details",
      none: "The log is still empty.",
      older: "Older entries",
      newer: "Newer entries",
      actions: {
        "session.login": "logged in",
        "session.login-failed": "failed log-in",
        "session.logout": "logged out",
        "session.logout-everywhere": "logged out everywhere",
        "account.create": "account added",
        "account.role": "role changed",
        "account.second-factor": "second step turned on",
        "content.import": "content imported",
        "draft.save": "draft saved",
        "draft.withdraw": "draft withdrawn",
        "content.publish": "draft published",
        "content.revert": "set back to an earlier version",
        "feedback.status": "feedback status changed",
        "feedback.note": "feedback note changed",
        "feedback.revision": "revision linked to feedback",
        "feedback.erase": "contact details erased (retention)",
        "token.create": "API token made",
        "token.revoke": "API token revoked",
        "token.first-use": "API token used for the first time",
      },
    },
    /** /beheer/reacties: the feedback inbox (issue 15 item 6, decision 092). */
    inbox: {
      title: "Feedback",
      lead: "Feedback from readers sent through Reageer!. The public site never shows it. Only an administrator sees name and e-mail address, and they are erased after the retention period.",
      filterTitle: "Filter",
      status: "Status",
      about: "About",
      all: "All",
      filter: "Filter",
      reset: "All feedback",
      csv: "Download as CSV",
      csvFile: "feedback.csv",
      caption: "Feedback, newest first",
      received: "Received (UTC)",
      message: "Message",
      role: "Sender's role",
      name: "Name",
      email: "E-mail address",
      none: "No feedback matches this filter.",
      older: "Older feedback",
      newer: "Newer feedback",
      statuses: { new: "new", "in-progress": "in progress", done: "done" },
      noRole: "not given",
      detailTitle: "Feedback",
      back: "Back to all feedback",
      notFound: "This feedback does not exist (any more).",
      erased: (date: string) => `erased on ${date} (retention period over)`,
      notGiven: "not given",
      hidden: "visible to administrators only",
      updated: "Last changed (UTC)",
      never: "not yet",
      statusTitle: "Change the status",
      saveStatus: "Save status",
      noteTitle: "Internal note",
      note: "Note",
      noteHint: (max: number) =>
        `For curators only; never on the public site. At most ${max} characters. Emptying it removes the note.`,
      saveNote: "Save note",
      revisionTitle: "Dealt with in revision",
      revision: "Knowledge base revision",
      revisionHint: "The revision in which the feedback was dealt with.",
      noRevision: "No revision",
      revisionLabel: (revision: number, date: string, reason: string) =>
        `Revision ${revision} (${date}): ${reason}`,
      saveRevision: "Save revision",
      saved: {
        status: "The status has been saved.",
        note: "The note has been saved.",
        revision: "The revision has been saved.",
      },
      errors: {
        status: "Choose a status.",
        note: (max: number) => `The note may have at most ${max} characters.`,
        revision: "Choose an existing revision.",
      },
    },
    /** Filtering and exporting the audit log (issue 15, item 7). */
    auditExport: {
      filterTitle: "Filter the audit log",
      action: "What",
      anyAction: "Everything",
      actor: "By",
      actorHint: "The e-mail address exactly as in the log, or empty.",
      submit: "Filter",
      clear: "Clear the filter",
      downloadAll: "Download the whole log (CSV)",
      downloadFiltered: "Download this selection (CSV)",
      noneFiltered: "No entries with this filter.",
    },
    /** Personal API tokens for the admin API (issue 15, item 8). */
    tokens: {
      title: "API tokens",
      lead: "With a personal API token a script uses the admin API (/api/v1/admin) on your behalf, with the role your account has at that moment. Keep it like a password.",
      listTitle: "Your tokens",
      allListTitle: "All tokens",
      caption: "API tokens, newest first",
      name: "Name",
      prefix: "Starts with",
      owner: "Owner",
      created: "Made",
      lastUsed: "Last used",
      never: "never",
      none: "There are no tokens yet.",
      revoke: "Revoke",
      revokeLabel: (name: string) => `Revoke token ${name}`,
      addTitle: "Make a token",
      nameLabel: "Name of the token",
      nameHint: "What it is for, for example ‘export script’.",
      submit: "Make token",
      made: (name: string) => `Token ${name} has been made. Copy it now: it is shown only once.`,
      valueLabel: "The new token",
      usage: "Send it in the header Authorization: Bearer followed by the token.",
      revoked: (name: string) => `Token ${name} has been revoked.`,
      errors: {
        name: "Give the token a name of 1 to 60 characters, without line breaks.",
        unknown: "This token no longer exists, or it is not yours.",
      },
    },
    enrol: {
      title: "Two-step verification",
      lead: "Add your account to an authenticator app (for example your organisation's). Type or paste the key; there is no QR code.",
      secret: "Key",
      uri: "Address for the app (otpauth)",
      code: "Code from the app",
      hint: "The six digits the app shows once the account is added.",
      submit: "Turn on two-step verification",
      enabled: "Two-step verification is on. We will ask for a code the next time you log in.",
      refused: "This code does not fit the key. Check the time on your phone and try the next code.",
      notForRole: "Two-step verification is for reviewers and administrators.",
      already: "Two-step verification is on already.",
    },
    cli: {
      usage: `Usage:
  hechtingswijzer users add --role editor|reviewer|admin EMAIL [--name NAME] [--password-stdin]
  hechtingswijzer users list

The password is asked for without showing it, or read from standard input with
--password-stdin. There is never a default password.

Options:
  --database URL     the database (default DATABASE_URL, else SQLITE_FILE or the SQLite file)
  --lang nl|en       language of the messages`,
      subcommandMissing: "give a command (add or list)",
      unknownSubcommand: (name: string) => `unknown command "${name}"; choose add or list`,
      emailMissing: "give exactly one e-mail address",
      roleMissing: "give a role with --role (editor, reviewer or admin)",
      roleInvalid: "choose editor, reviewer or admin",
      prompt: "Password: ",
      promptAgain: "Again: ",
      mismatch: "the two passwords differ",
      noTerminal: "no terminal to ask for the password; use --password-stdin",
      added: (email: string, role: string) => `Account ${email} added with role ${role}.`,
      listEmpty: "There are no accounts yet.",
    },
  },
};
