import type { AgeRange } from "../age.js";
import { ageBasisInWordsWith, ageInWordsWith, sourceWordingAddsNews } from "../age-grammar.js";
import { choiceList } from "../choices.js";
import { joinWords } from "../text.js";
import {
  type IndicationKind,
  type Need,
  RECOGNITION_STALE_AFTER_YEARS,
  type RecognitionLevel,
} from "../vocabulary.js";
import { choiceTable, flagList } from "./help-format.js";
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
 * Every text Hechtingswijzer writes, in Dutch: the reference catalogue. English
 * (en.ts) has the same keys; its type is this file's (index.ts). Texts that take
 * facts are functions, so each language keeps its own word order. Grouped by the
 * part of the product that writes them. Decision 079.
 */

// ── Ages (src/domain/age-grammar.ts puts the words together) ──

const ageWords: AgeWords = {
  notStated: "leeftijd niet vermeld in de bron",
  firstYear: "eerste levensjaar",
  years: (n: number) => `${n} jaar`,
  fromWeek: (week: number) => `vanaf ${week} weken zwangerschap`,
  fromPregnancy: "vanaf de zwangerschap",
  fromYears: (n: number) => `vanaf ${n} jaar`,
  upTo: (n: number) => `tot en met ${n} jaar`,
  upToAbout: (n: number) => `tot ongeveer ${n + 1} jaar`,
  range: (from: number, to: number) => `${from} tot en met ${to} jaar`,
  rangeAbout: (from: number, to: number) => `${from} tot ongeveer ${to + 1} jaar`,
  lower: "ondergrens",
  upper: "bovengrens",
  stated: "vermeld",
  statedWithoutWeek: "vermeld zonder week",
  context: "uit de context",
  list: "uit de lijst",
  notStatedEnd: "niet vermeld",
};

// ── Field messages both input checks give: the advice request and the search query ──

const fields: FieldTexts = {
  range: (min, max) => `moet van ${min} tot en met ${max} zijn`,
  oneOf: (values) => `moet ${joinWords(values, "of")} zijn`,
  unknownSituation: (code, choices) => `onbekende situatie "${code}"; kies uit: ${choiceList(choices)}`,
};

// ── The advice engine's sentences ──

const KIND: Record<IndicationKind, string> = { prevention: "preventie", treatment: "behandeling" };
const NEED: Record<Need, string> = {
  prevention: "preventie",
  treatment: "behandeling",
  either: "preventie of behandeling",
};
const LEVEL: Record<RecognitionLevel, string> = {
  "goed-onderbouwd": "Goed onderbouwd",
  "effectief-eerste-aanwijzingen": "Effectief volgens eerste aanwijzingen",
  "effectief-goede-aanwijzingen": "Effectief volgens goede aanwijzingen",
  "effectief-sterke-aanwijzingen": "Effectief volgens sterke aanwijzingen",
  "niet-erkend": "Niet erkend",
};

/** The age in words, as every page and the CLI write it (src/domain/age-grammar.ts). */
function ageRange(range: AgeRange): string {
  return ageInWordsWith(range, ageWords);
}

/** The source's own wording, when it says more than the range itself (e.g. "tot 16 jaar" for 7–15). */
function wording(range: AgeRange): string | undefined {
  return sourceWordingAddsNews(range) ? `in de bron: "${range.text}"` : undefined;
}

/** " (a; b)" from the parts that exist, or "". */
function aside(...parts: (string | undefined)[]): string {
  const present = parts.filter((part) => part !== undefined);
  return present.length === 0 ? "" : ` (${present.join("; ")})`;
}

/** The age with its preposition: "voor 0–4 …", but "vanaf …" stays as it is. */
function forAge(range: AgeRange): string {
  const phrase = ageRange(range);
  if (phrase.startsWith("vanaf ")) return phrase;
  return phrase === "eerste levensjaar" ? "in het eerste levensjaar" : `voor ${phrase}`;
}

function list(labels: readonly string[]): string {
  return joinWords(labels, "of");
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Dutch: dates as a Dutch reader writes them (30-06-2017). */
function dutchDate(date: string): string {
  return date.split("-").reverse().join("-");
}

const engine: EngineTexts = {
  kind: (kind) => KIND[kind],
  need: (need) => NEED[need],
  age: ageRange,
  recognitionLevel: (level) => LEVEL[level],

  reason({ document, name, kind, situationLabels, age, databankRank }) {
    const what =
      situationLabels.length === 0
        ? `als algemene ${KIND[kind]}`
        : `als ${KIND[kind]} bij ${list(situationLabels)}`;
    const agePart =
      age.basis === "not-stated"
        ? "zonder een leeftijd te noemen"
        : `${forAge(age)}${aside(wording(age), ageBasisInWordsWith(age, ageWords))}`;
    const rank =
      databankRank === undefined
        ? ""
        : ` Het staat op plaats ${databankRank} in de rangschikking naar effectiviteit.`;
    return `${document.subject} noemt ${name} ${what}, ${agePart}.${rank}`;
  },

  mismatchWords: { comma: ", ", and: " en ", end: "." },
  mismatchStart: ({ document, name }) => `Volgens ${document.object} is ${name} `,
  mismatchKind: ({ kind, need }) => `bedoeld als ${KIND[kind]} (gevraagd is ${NEED[need]})`,
  mismatchAgeHead(age, child) {
    if (child === "unborn" && age.fromPregnancyWeek !== undefined) {
      return `pas vanaf week ${age.fromPregnancyWeek} van de zwangerschap (`;
    }
    if (child === "unborn" && age.basis === "not-stated") {
      return "zonder vermelde leeftijd (een ongeboren kind past alleen bij een interventie die volgens de bron al in de zwangerschap begint)";
    }
    const source = wording(age);
    return `${forAge(age)} (${source ? `${source}; ` : ""}`;
  },
  mismatchAgeTail(age, side) {
    if (side === "younger") return "dit kind is jonger)";
    if (side === "older") return "dit kind is ouder)";
    if (age.fromPregnancyWeek !== undefined) return "de zwangerschap is nog niet zo ver)";
    return age.basis === "not-stated" ? "" : "dit kind is nog niet geboren)";
  },
  mismatchSituation: ({ situationLabels }) =>
    `voor ${list(situationLabels)} (${plural(situationLabels.length, "die situatie is niet gekozen", "geen van die situaties is gekozen")})`,

  caveatAgeFromContext: ({ document, name, age }) =>
    `De leeftijd (${ageRange(age)}) staat niet bij ${name} zelf, maar komt uit de samenhang in ${document.object}; zie haar als richtpunt, niet als harde grens.`,
  caveatAgeApproximate: ({ age }) => `De leeftijdsgrens (${ageRange(age)}) is bij benadering.`,
  caveatAgeNotStated: ({ document, name }) =>
    `${document.subject} noemt geen leeftijd voor ${name}; de leeftijd sluit dit kind niet uit, maar bevestigt ook niet dat het past.`,
  caveatBoundFromContext({ document, name, bounds }) {
    const which =
      bounds.length > 1
        ? "De onder- en bovengrens"
        : bounds[0] === "from"
          ? "De ondergrens"
          : "De bovengrens";
    return `${which} van de leeftijd staat niet bij ${name} zelf; die komt uit de kop van de lijst in ${document.object}.`;
  },
  caveatRecognitionStale: ({ level, date, years }) =>
    `De erkenning (${LEVEL[level]}, ${dutchDate(date)}) is meer dan ${years} jaar oud; de Databank beoordeelt zo'n erkenning opnieuw. Controleer de actuele status.`,
  caveatRecognitionNotStated: () =>
    "De bronnen vermelden geen erkenning door de Databank Effectieve Jeugdinterventies.",

  noticeUnverified: (labels) =>
    `Controleer eerst of aan ${plural(labels.length, "deze voorwaarde", "deze voorwaarden")} voor interventie is voldaan: ${labels.join("; ")}.`,

  caveatEndNotStated: ({ document, name, end }) =>
    `${document.subject} noemt voor ${name} geen ${end === "from" ? "ondergrens" : "bovengrens"} van de leeftijd.`,
  outcomeRecommendations: (count) =>
    count === 1 ? "Eén interventie past bij deze vraag." : `${count} interventies passen bij deze vraag.`,
  outcomeNothingFits: ({ unborn }) =>
    unborn
      ? "Voor een ongeboren kind past alleen een interventie die volgens de bronnen al in de zwangerschap begint, en bij deze vraag is dat er geen."
      : "Geen interventie uit de bronnen past bij deze combinatie van leeftijd, hulpvraag en situatie.",
  outcomeNotMet: (labels) =>
    `Volgens de richtlijn moet eerst aan ${plural(labels.length, "deze voorwaarde", "deze voorwaarden")} voor interventie zijn voldaan: ${labels.join("; ")}.`,
  nextAfterBirth: (names) =>
    `Na de geboorte ${plural(names.length, "past", "passen")} bij dezelfde vraag: ${names.join(", ")}.`,
  nextNeedEither: ({ need, names }) =>
    `Met de hulpvraag preventie of behandeling (in plaats van ${NEED[need]}) ${plural(names.length, "past", "passen")}: ${names.join(", ")}.`,
  nextAfterBirthNeedEither: ({ need, names }) =>
    `Na de geboorte, met de hulpvraag preventie of behandeling (in plaats van ${NEED[need]}), ${plural(names.length, "past", "passen")}: ${names.join(", ")}.`,
  nextFirstPrecondition: ({ label, explanation }) => `Eerst: ${label}. ${explanation}`,
  nextOnceMet: (names) =>
    names.length === 0
      ? "Ook zodra de voorwaarden vervuld zijn, past bij deze vraag geen interventie."
      : `Zodra de voorwaarden vervuld zijn, ${plural(names.length, "past", "passen")}: ${names.join(", ")}.`,
  nextNothingElse: ({ unborn }) =>
    unborn
      ? "Ook na de geboorte en met een andere hulpvraag noemen de bronnen geen passende interventie."
      : "Ook met een andere hulpvraag noemen de bronnen geen passende interventie.",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ── The command line ──

const cli: CliMessages = {
  lang: "nl",
  main: {
    help: (commandTable) =>
      [
        "Hechtingswijzer — erkende interventies bij problematische gehechtheid",
        "",
        "Gebruik: hechtingswijzer <opdracht> [opties]   (hechtingswijzer <opdracht> --help voor details)",
        "",
        "Opdrachten:",
        commandTable,
        "",
        "Elke opdracht spreekt Nederlands; --lang en geeft Engels (English).",
        "",
      ].join("\n"),
    unknownCommand: (name) => `onbekende opdracht "${name}"`,
    seeHelp: (command) => `Zie: hechtingswijzer ${command} --help`,
    wholeRequest: "verzoek",
  },
  summaries: {
    advice: "Keuzehulp: passende interventies voor een kind (--json voor de API-uitvoer)",
    search: "Zoeken in de interventies (--json voor de API-uitvoer)",
    content: "Kennisbank: validate [MAP] controleert, list toont de indicaties",
    db: "Database: migrate, export MAP, import MAP",
  },
  args: {
    unknownOption: (flag, known) => `onbekende optie ${flag}; deze opdracht kent ${flagList(known)}`,
    needsValue: (flag) => `${flag} heeft een waarde nodig`,
    takesNoValue: (flag) => `${flag} neemt geen waarde`,
    onlyOnce: (flag) => `${flag} mag maar één keer voorkomen`,
    unexpectedArgument: (arg) => `onverwacht argument "${arg}"`,
    unknownLang: (value, langs) => `--lang: "${value}" is geen taal; kies uit ${langs.join(", ")}`,
  },
  advice: {
    usage: (f) => `Gebruik: hechtingswijzer advice --input BESTAND|- [--json] [--no-color] [--lang nl|en]
       hechtingswijzer advice (--age N | --age-months N | --pregnancy-week N) --need BEHOEFTE
                              [--situation CODE]... [--precondition NAAM=ANTWOORD]...
                              [--json] [--no-color] [--lang nl|en]

Geeft passende erkende interventies voor een kind, met redenen, bronnen en kanttekeningen.

Opties:
  --input BESTAND               het adviesverzoek als JSON (- leest van stdin)
  --age N                       leeftijd in hele jaren (0–${f.maxAgeYears})
  --age-months N                leeftijd in maanden (0–${f.maxAgeMonths})
  --pregnancy-week N            nog niet geboren: week van de zwangerschap (1–${f.maxPregnancyWeek})
  --need BEHOEFTE               waar u naar zoekt (zie hieronder)
  --situation CODE              de situatie van het kind; herhaalbaar (zie hieronder)
  --precondition NAAM=ANTWOORD  een voorwaarde met ${f.answers.join(", ")} (standaard unknown); herhaalbaar
  --json                        precies de JSON van de API
  --no-color                    geen kleur (ook zonder terminal of met NO_COLOR)
  --lang nl|en                  taal van advies en meldingen (standaard nl); bij --input geldt
                                de lang van het bestand, als het die noemt

Behoeften (--need):
${choiceTable(f.needs)}

Situaties (--situation):
${choiceTable(f.situations)}

Voorwaarden (--precondition), ook te noemen als ${f.preconditionKeys.join(" of ")}:
${choiceTable(f.preconditions)}

Ongeldige invoer: exitcode 2 en per veld een melding op stderr.`,
    inputOrFlags: "gebruik --input óf de vlaggen (--age, --need, …), niet allebei",
    inputOrFlagsMissing: "geef --input BESTAND of --age/--need",
    preconditionFormat: (entry, answers) =>
      `--precondition verwacht NAAM=ANTWOORD met ANTWOORD ${answers.join(", ")}, niet "${entry}"`,
    unreadableFile: (source, code) => `${source}: kan het bestand niet lezen (${code})`,
    notJson: (name, detail) => `${name}: geen geldige JSON (${detail})`,
    stdin: "stdin",
    invalidContent: "de kennisbank is ongeldig",
  },
  search: {
    usage: `Gebruik: hechtingswijzer search "ZOEKTEKST" [opties]

Zoekt in de erkende interventies (ook op stam, begin van een woord, tikfouten en synoniemen).
Een leeftijd in de tekst ("3 jaar", "8 maanden") wordt een filter.

Opties:
  --age N                leeftijd in jaren (0–18)
  --age-months N         leeftijd in maanden (0–227)
  --need X               prevention | treatment | either
  --situation CODE       situatie, bijvoorbeeld foster-care (herhaalbaar; advice --help toont ze alle)
  --recognition NIVEAU   erkenningsniveau, bijvoorbeeld goed-onderbouwd
  --in-databank true|false
  --page N, --page-size N
  --lang nl|en           taal van de uitvoer en de meldingen (standaard nl)
  --json                 de uitvoer van de API (GET /api/v1/interventions)
  --no-color             geen kleur (ook zonder terminal of met NO_COLOR)`,
  },
  content: {
    usage: `Gebruik:
  hechtingswijzer content validate [MAP]                 controleert de kennisbank (standaard: content/)
  hechtingswijzer content list [MAP] [--json]            toont elke interventie met haar indicaties

Opties:
  --lang nl|en   taal van de uitvoer en de meldingen (standaard nl)

validate: exitcode 0 en een samenvatting als alles klopt; anders exitcode 2 en
elk probleem als "bestand: pad: melding" op stderr.`,
    subcommandMissing: "geef een subopdracht (validate of list)",
    unknownSubcommand: (name) => `onbekende subopdracht "${name}"; kies validate of list`,
    valid: (c) =>
      `geldig: ${c.interventions} interventies, ${c.harmfulPractices} schadelijke praktijken, ${c.situations} situaties, ${c.preconditions} voorwaarden, ${c.sources} brondocumenten, ${c.indications} indicaties, ${c.synonyms} synoniemgroepen`,
    invalid: (count, dir) => `ongeldig: ${count} ${count === 1 ? "probleem" : "problemen"} in ${dir}`,
  },
  db: {
    usage: `Gebruik:
  hechtingswijzer db migrate [--down]                       database bijwerken (--down: laatste migratie terugdraaien)
  hechtingswijzer db export MAP                             huidige inhoud als inhoudsbestanden naar MAP schrijven
  hechtingswijzer db import MAP [--author NAAM] [--reason TEKST]
                                                            MAP controleren en als nieuwe revisie opslaan

Opties:
  --database URL   postgres://… voor PostgreSQL, anders een SQLite-bestand
                   (standaard: $DATABASE_URL, anders data/hechtingswijzer.sqlite)
  --lang nl|en     taal van de meldingen (standaard nl)`,
    subcommandMissing: "geef een opdracht (migrate, export of import)",
    unknownSubcommand: (name) => `onbekende opdracht "${name}"; kies migrate, export of import`,
    takesNoFolder: (name) => `${name} neemt geen map`,
    needsOneFolder: (name) => `${name} verwacht één MAP`,
    downOnlyWithMigrate: "--down hoort bij migrate",
    migrationUndone: (name) => `Migratie ${name} is teruggedraaid.`,
    nothingToUndo: "Er is geen migratie om terug te draaien.",
    migrated: "De database is bijgewerkt naar de nieuwste migratie.",
    exportEmpty: "de database bevat nog geen inhoud (importeer eerst).",
    removedFile: (file, revision) => `verwijderd: ${file} (hoort niet bij revisie ${revision})`,
    exported: (revision, dir, files) => `Revisie ${revision} geschreven naar ${dir} (${files} bestanden).`,
    importInvalid: (dir) => `${dir} is niet geldig; er is niets opgeslagen.`,
    unchanged: (revision) =>
      `Ongewijzigd: de inhoud is gelijk aan revisie ${revision}; er is geen nieuwe revisie gemaakt.`,
    imported: (revision, author) => `Revisie ${revision} opgeslagen (auteur: ${author}).`,
  },
};

export const nl = {
  age: ageWords,
  fields,
  search: {
    /** Every message the search query check gives. */
    query: {
      ...fields,
      onlyOnce: "mag maar één keer voorkomen",
      wholeNumber: "moet een geheel getal zijn",
      trueOrFalse: "moet true of false zijn",
      text: "moet tekst zijn",
      atLeast: (min) => `moet minstens ${min} zijn`,
      ageOrMonths: "geef age of ageMonths, niet allebei",
    } satisfies QueryTexts,
    /** The notice for words that found nothing (src/search/no-match-notice.ts). */
    noMatch: {
      nothing: (words: string) => `Geen interventies gevonden voor ${words}.`,
      partly: (words: string) => `Niets gevonden voor ${words}; de resultaten passen bij de andere woorden.`,
      and: "en",
      suggestion: "Probeer de keuzehulp: die vraagt naar de leeftijd, de hulpvraag en de situatie.",
      /** Where a professional can go when words find nothing: the keuzehulp asks for age, need and situation. */
      keuzehulpPath: "/keuzehulp",
    },
    /** The search result as text for a terminal (src/search/text-report.ts). */
    report: {
      warning: "Let op, niet doen",
      source: "bron",
      item: "punt",
      results: (n: number) => (n === 1 ? "1 interventie gevonden" : `${n} interventies gevonden`),
      page: (page: number, pages: number) => `pagina ${page} van ${pages}`,
      age: (years: number) => `leeftijd ${years} jaar`,
      situations: "situatie",
      ageLabel: "leeftijd",
      kinds: { prevention: "preventie", treatment: "behandeling" },
      foundIn: "gevonden in",
      fields: {
        name: "naam",
        abbreviation: "afkorting",
        alias: "andere naam",
        situation: "doelgroep",
        summary: "samenvatting",
        fact: "feit",
      },
      none: "Geen interventies gevonden. Probeer een ander woord of minder filters.",
    },
  },
  /** Every text the command line writes itself. */
  cli,
  /** The table of `content list` (src/catalog/content-table.ts). */
  contentTable: {
    headers: ["Interventie", "Soort", "Situaties", "Leeftijd", "Rang", "Bron"],
    kind: { prevention: "preventie", treatment: "behandeling" },
    general: "algemeen",
    noSource: "geen bron",
  },
  /** Every message the advice request check gives. */
  request: {
    ...fields,
    wholeNumber: (min, max) => `moet een heel getal van ${min} tot en met ${max} zijn`,
    childObject: (keys) => `moet een object zijn met ${joinWords(keys, "of")}`,
    exactlyOneAge: (keys) => `geef precies één van ${joinWords(keys, "of")}`,
    situationCode: "moet een situatiecode zijn",
    notSituationCode: "is geen situatiecode",
    situationList: "moet een lijst van situatiecodes zijn",
    tooManySituations: (max) => `mag hoogstens ${max} codes bevatten`,
    object: "moet een object zijn",
    jsonObject: "het verzoek moet een JSON-object zijn",
    unknownField: (allowed) => `onbekend veld; toegestaan: ${allowed.join(", ")}`,
    unreadable: "het verzoek kon niet worden gelezen",
  } satisfies RequestTexts,
  /** Known source documents by id, as sentences name them; other documents are named by their title. */
  documents: {
    richtlijn: { subject: "De richtlijn", object: "de richtlijn" },
    nji: { subject: "Het NJi", object: "het NJi" },
  } as Readonly<Record<string, DocumentWords>>,
  engine,
  /** How a sentence names a source the catalogue does not know. */
  unknownDocument: "de bron",
  /** Runs of table ages in words (src/engine/coverage-words.ts). */
  ageRuns: {
    everyAge: "alle leeftijden",
    /** Before "eerste levensjaar": "in het eerste levensjaar". */
    inFirstYear: (words: string) => `in het ${words}`,
    forChildren: (words: string) => `voor kinderen van ${words}`,
  },
  /** The advice as text for a terminal (src/engine/plain-text.ts). */
  adviceText: {
    title: "Hechtingswijzer — advies",
    child: "Kind",
    unborn: (week: number) => `nog niet geboren (zwangerschapsweek ${week})`,
    years: (years: number) => `${years} jaar`,
    months: (months: number) => `${months} maanden`,
    need: "Vraag",
    situations: "Situaties",
    none: "geen",
    notice: "Let op",
    recommended: "Aanbevolen",
    onceMet: "Zodra de voorwaarden vervuld zijn",
    nextSteps: "Hoe verder",
    age: "Leeftijd",
    specific: "specifiek voor",
    general: "algemeen",
    why: "Waarom",
    caveats: "Kanttekeningen",
    notSuitable: "Past niet",
    warnings: "Niet doen — niet effectief of zelfs schadelijk",
    item: "item",
  },
  /** The sentences above the policy tables that name the main gaps (src/engine/coverage-summary.ts). */
  coverageSummary: {
    and: "en",
    quote: (label: string) => `‘${label}’`,
    generalNone: (kind: string, ages: string) => `Geen algemene ${kind}${ages ? ` ${ages}` : ""}.`,
    generalWeak: (kind: string, ages: string, notStated: boolean) =>
      `Algemene ${kind}${ages ? ` ${ages}` : ""} alleen met een leeftijd die ${notStated ? "de bron niet vermeldt" : "uit de context van een lijst komt"}.`,
    item: (kinds: string, situations: string) => `${kinds} bij ${situations}`,
    notStated: (items: string) => `De leeftijd is nergens vermeld voor: ${items}.`,
    context: (items: string, alsoNotStated: boolean) =>
      `De leeftijd komt geheel of deels uit de context van een lijst${alsoNotStated ? " of is niet vermeld" : ""} voor: ${items}.`,
    groups: (n: number) => `${n} risicogroepen`,
    everyGroup: "elke risicogroep",
    anyGroup: "een risicogroep",
    none: (kind: string, situations: string, includeGeneral: boolean) =>
      `Geen ${kind} ${includeGeneral ? "voor" : "specifiek voor"} ${situations}.`,
    partial: (kind: string, situations: string, ages: string) =>
      `${capitalise(kind)} bij ${situations} alleen ${ages}.`,
    more: "Meer gaten staan in de tabellen.",
    noGaps: "Geen gaten: elke leeftijd in elke situatie heeft een interventie met een vermelde leeftijd.",
  },
  /** The coverage gaps as export rows (src/engine/coverage-export.ts). */
  coverageExport: {
    /** In the file name of the download: hechtingswijzer-hiaten-r12.csv. */
    fileName: "hiaten",
    general: "algemeen (geen risicogroep)",
    none: "geen interventie",
    context: "alleen interventies met een leeftijd uit de context van een lijst",
    "not-stated": "alleen interventies waarvan de bron de leeftijd niet vermeldt",
  },
  /** The words the pages share: layout, menu, common labels (src/web). */
  site: {
    lang: "nl",
    siteName: "Hechtingswijzer",
    tagline: "Erkende interventies bij problematische gehechtheid (0–18 jaar)",
    skipLink: "Naar de inhoud",
    errorPrefix: "Fout:",
    nav: {
      label: "Hoofdmenu",
      home: "Start",
      keuzehulp: "Keuzehulp",
      interventies: "Interventies",
      beleidsmakers: "Beleidsmakers",
      nietDoen: "Niet doen",
      richtlijn: "Richtlijn",
    },
    footer: {
      label: "Over deze site",
      toegankelijkheid: "Toegankelijkheid",
      privacy: "Privacy",
      bronnen: "Bronnen",
      reageer: "Reageer!",
      disclaimer:
        "Hulpmiddel bij de keuze; het vervangt geen professioneel oordeel. Gebaseerd op de Richtlijn Problematische gehechtheid en het overzicht van het NJi.",
    },
    languageSwitch: { label: "Taal", other: "English", otherLang: "en", hint: "Read this page in English" },
    errorSummary: { title: "Er is iets niet goed ingevuld" },
    common: {
      source: "Bron",
      sources: "Bronnen",
      item: "item",
      list: "lijst",
      years: "jaar",
      age: "Leeftijd",
      name: "Naam",
      notStated: "niet vermeld in de bron",
      yes: "ja",
      no: "nee",
      unknown: "weet ik niet",
      prevention: "preventie",
      treatment: "behandeling",
      general: "algemeen",
      submit: "Toon",
      readMore: "Meer over",
      inDatabank: "In de Databank Effectieve Jeugdinterventies",
      approx: "ongeveer",
      previous: "Vorige",
      next: "Volgende",
      page: "Pagina",
    },
    need: { prevention: "Preventie", treatment: "Behandeling", either: "Allebei / weet ik niet" },
    recognition: LEVEL,
    noteKind: {
      quirk: "Eigenaardigheid in de bron",
      disagreement: "Bronnen verschillen",
      scope: "Reikwijdte",
    },
    harmfulWarning: {
      title: "Niet doen: schadelijke praktijken",
      lead: "Gebruik nooit interventies die gehechtheid afdwingen of trauma laten ‘doorwerken’ door regressie:",
      more: "Waarom niet",
    },
    notFound: {
      title: "Pagina niet gevonden",
      text: "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
    },
    serverError: {
      title: "Er ging iets mis",
      text: "Door een fout aan onze kant kon deze pagina niet worden getoond. Probeer het later opnieuw.",
    },
  },
  components: {
    ageChart: {
      title: "Leeftijden per interventie",
      desc: (n: number) =>
        `Staafdiagram van ${n} interventies over de leeftijden 0 tot en met 18 jaar. Elke regel is een interventie met preventie (effen staaf) of behandeling (gearceerde staaf). De eerste kolom (zw.) is de zwangerschap. Een lichte staaf met stippelrand betekent dat de bron de leeftijd, of een grens ervan, niet noemt. De tabel hieronder bevat dezelfde gegevens.`,
      prevention: "preventie",
      treatment: "behandeling",
      prenatal: "zw.",
      axis: "leeftijd in jaren",
      openLegend: "leeftijd of een grens niet vermeld",
      table: "Dezelfde gegevens als tabel",
      intervention: "Interventie",
      kind: "Soort",
      age: "Leeftijd",
      situations: "Situaties",
      general: "algemeen",
    },
    indicationsTable: {
      caption: (name: string) => `Voor wie ${name} bedoeld is, per bron`,
      kind: "Soort",
      situations: "Situatie",
      age: "Leeftijd",
      rank: "Rang Databank",
      source: "Bron",
      general: "algemeen (geen risicogroep)",
      inSource: "in de bron",
    },
    recognitionBadge: {
      none: "geen erkenning vermeld",
      disagree: "de bronnen verschillen",
      inReview: "in herbeoordeling",
      inReviewHint: `de laatste erkenning is ouder dan ${RECOGNITION_STALE_AFTER_YEARS} jaar`,
    },
    recognitionList: {
      none: "Geen erkenning vermeld in de bronnen.",
      date: "datum",
      noDate: "datum niet vermeld",
      ages: "leeftijd volgens deze bron",
      staleHint: `Ouder dan ${RECOGNITION_STALE_AFTER_YEARS} jaar: de Databank markeert zo’n erkenning als ‘in herbeoordeling’.`,
      source: "bron",
    },
    sourceCitation: {
      item: "punt",
    },
  },
};
