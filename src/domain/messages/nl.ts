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

/** Known source documents by id, as sentences name them; other documents are named by their title. */
const documents: Readonly<Record<string, DocumentWords>> = {
  richtlijn: { subject: "De richtlijn", object: "de richtlijn" },
  nji: { subject: "Het NJi", object: "het NJi" },
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

/** The age with its preposition: "voor 0–4 …", but "vanaf …" stays as it is. */
function forAge(range: AgeRange): string {
  const phrase = ageRange(range);
  if (phrase.startsWith("vanaf ")) return phrase;
  return phrase === "eerste levensjaar" ? "in het eerste levensjaar" : `voor ${phrase}`;
}

function list(labels: readonly string[]): string {
  return joinWords(labels, "of");
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
    db: "Database: migrate, export MAP [--revision N], import MAP",
    users: "Accounts voor /beheer: add --role ROL E-MAILADRES, list",
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
  hechtingswijzer db export MAP [--revision N]              inhoud als inhoudsbestanden naar MAP schrijven
                                                            (--revision N: zoals in revisie N; standaard de huidige)
  hechtingswijzer db import MAP [--author NAAM] [--reason TEKST]
                                                            MAP controleren en als nieuwe revisie opslaan

Opties:
  --database URL   postgres://… voor PostgreSQL, anders een SQLite-bestand
                   (standaard: $DATABASE_URL, anders $SQLITE_FILE of data/hechtingswijzer.sqlite)
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
    revisionOnlyWithExport: "--revision hoort bij export",
    revisionNotNumber: (value) => `--revision: "${value}" is geen revisienummer; geef een heel getal vanaf 1`,
    unknownRevision: (revision, current) =>
      current === 0
        ? `--revision: revisie ${revision} bestaat niet; de database bevat nog geen inhoud`
        : `--revision: revisie ${revision} bestaat niet; kies 1 tot en met ${current} (de huidige)`,
  },
};

export const nl = {
  // ── Domain: ages and the field messages both input checks give ──
  age: ageWords,
  fields,
  // ── The advice engine: request check, sentences, advice as text, coverage ──
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
  documents,
  /** How a sentence names a source the catalogue does not know. */
  unknownDocument: "de bron",
  engine,
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
  // ── Search ──
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
  // ── The command line ──
  /** The table of `content list` (src/catalog/content-table.ts). */
  contentTable: {
    headers: ["Interventie", "Soort", "Situaties", "Leeftijd", "Rang", "Bron"],
    kind: { prevention: "preventie", treatment: "behandeling" },
    general: "algemeen",
    noSource: "geen bron",
  },
  /** Every text the command line writes itself. */
  cli,
  // ── The web pages: shared words, components, pages ──
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
      scrollHint: "Scroll opzij om de hele tabel te zien.",
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
      compactTitle: "Niet doen",
      compactLead:
        "gebruik nooit werkwijzen die gehechtheid afdwingen of trauma laten ‘doorwerken’ door regressie:",
      whyNot: "Waarom niet",
      allOnPage: "Alles over werkwijzen die niet werken",
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
      /** The source's own wording is Dutch: quoted as it stands. */
      ages: (wording: string, _read: DatabankAges | undefined) => `leeftijd volgens deze bron: “${wording}”`,
      staleHint: `Ouder dan ${RECOGNITION_STALE_AFTER_YEARS} jaar: de Databank markeert zo’n erkenning als ‘in herbeoordeling’.`,
      source: "bron",
    },
    sourceCitation: {
      item: "punt",
    },
  },
  pages: {
    apiDocs: {
      title: "API-referentie",
      description: "Alle paden, parameters, schema's en foutcodes van de REST-API van de Hechtingswijzer.",
    },
    home: {
      title: "Hechtingswijzer",
      lead: "Welke erkende interventie past bij een kind (0–18 jaar) met (een risico op) problematische gehechtheid? Deze wijzer zet de conclusies van de Richtlijn Problematische gehechtheid en het overzicht van erkende interventies van het Nederlands Jeugdinstituut bij elkaar, met bij elke uitkomst de bron.",
      professionals: "Voor professionals",
      professionalsText:
        "Vul leeftijd, hulpvraag en situatie in en zie welke interventies passen, waarom, en waar dat staat.",
      professionalsLink: "Naar de keuzehulp",
      policy: "Voor beleidsmakers",
      policyText:
        "Bekijk welke leeftijden en risicogroepen door het aanbod gedekt zijn en waar gaten zitten.",
      policyLink: "Naar het overzicht",
      allLink: "Alle interventies bekijken",
      preconditionsTitle: "Eerst: twee voorwaarden",
      preconditionsLead:
        "Volgens de richtlijn heeft een interventie pas zin als aan beide voorwaarden is voldaan:",
      preconditionsMore: "Meer over de richtlijn",
    },
    keuzehulp: {
      page: {
        title: "Keuzehulp",
        resultTitle: "Keuzehulp: uitkomst",
        editTitle: "Keuzehulp: gegevens wijzigen",
        lead: "Vul in wat u weet over het kind. U ziet welke erkende interventies passen, waarom, en waar dat in de bronnen staat.",
      },
      form: {
        childTitle: "Het kind",
        age: "Leeftijd",
        ageHint: "Een heel getal. Voor een ongeboren kind: kies ‘zwangerschapsweek’ en vul de week in.",
        unit: "Eenheid",
        units: { years: "jaar", months: "maanden", "pregnancy-week": "zwangerschapsweek" },
        need: "Wat zoekt u?",
        situations: "Situatie (kies wat van toepassing is)",
        situationsHint: "Laat leeg als geen van deze risicogroepen van toepassing is.",
        preconditionsTitle: "Voorwaarden uit de richtlijn",
        preconditionsHint: "Zonder deze voorwaarden heeft een interventie volgens de richtlijn geen zin.",
        submit: "Toon passende interventies",
        privacy: "Er wordt niets opgeslagen. Het adres van de uitkomst bevat alleen codes en getallen.",
      },
      result: {
        title: "Uitkomst",
        for: "Voor",
        years: (n: number) => `een kind van ${n} jaar`,
        months: (n: number) => `een kind van ${n} maanden`,
        week: (n: number) => `een ongeboren kind (zwangerschapsweek ${n})`,
        need: "Gezocht",
        situations: "Situatie",
        none: "geen risicogroep gekozen",
        nextSteps: "Hoe verder",
        see: "Bekijk",
        age: "Leeftijd",
        order:
          "Op volgorde: eerst interventies voor de gekozen situatie, dan algemene; daarna hoe zeker de leeftijd is en de rangorde in de Databank.",
        specific: "voor de gekozen situatie",
        general: "algemeen",
        why: "Waarom",
        caveats: "Let op",
        blockedTitle: "Eerst de voorwaarden",
        onceMet: "Als aan de voorwaarden is voldaan, zouden deze interventies passen:",
        notSuitable: (n: number) => `Past niet (${n})`,
        print: "Afdrukken",
        address: "Deze uitkomst opnieuw bekijken",
        change: "Gegevens aanpassen",
        warningsTitle: "Niet doen",
        source: "Bron",
        question: "Uw vraag",
        changeLink: "Wijzigen",
        precondition: "Voorwaarde",
        recognised: (level: string, date: string | undefined) =>
          date === undefined ? level : `${level}, ${dutchDate(date)}`,
        details: (hasCaveats: boolean): string =>
          hasCaveats ? "Waarom, let op en bronnen" : "Waarom en bronnen",
        compareLabel: "Vergelijken",
        compareSelected: "Vergelijk geselecteerde",
        made: (date: Date, revision: number) =>
          `Opgesteld op ${longDate(date, "nl-NL")} met de kennisbank van Hechtingswijzer, revisie ${revision}.`,
      },
      formInput: {
        ageMissing: "Vul de leeftijd van het kind in",
        ageNotWhole: "Vul de leeftijd in als een heel getal, bijvoorbeeld 3",
        ageRange: (unit: "years" | "months" | "pregnancy-week", min: number, max: number) =>
          `${unit === "years" ? "De leeftijd in jaren" : unit === "months" ? "De leeftijd in maanden" : "De zwangerschapsweek"} moet tussen ${min} en ${max} liggen`,
        unit: "Kies of de leeftijd in jaren, maanden of zwangerschapsweken is",
        need: "Kies wat u zoekt: preventie, behandeling of allebei",
        situation: "Kies alleen situaties uit de lijst",
        precondition: "Kies ja, nee of weet ik niet",
        other: "Controleer dit veld",
      },
    },
    interventies: {
      list: {
        title: "Interventies",
        lead: "Alle erkende interventies uit de richtlijn en het NJi-overzicht. Zoek of filter; de grafiek toont voor welke leeftijden ze bedoeld zijn.",
        filters: "Zoeken en filteren",
        results: (n: number) => (n === 1 ? "1 interventie gevonden" : `${n} interventies gevonden`),
        none: "Geen interventies gevonden. Probeer minder filters of andere woorden.",
        pages: "Paginering",
        chart: "Leeftijden",
        warning: "Let op: dit is geen erkende interventie",
        why: "Waarom niet",
      },
      searchForm: {
        q: "Zoek op naam, situatie of onderwerp",
        qHint: "Bijvoorbeeld: pleegzorg, depressie, VHT",
        age: "Leeftijd van het kind (jaren)",
        need: "Soort",
        any: "Alles",
        situations: "Situatie",
        recognition: "Erkenning in de Databank",
        inDatabank: "In de Databank Effectieve Jeugdinterventies",
        yes: "Ja",
        no: "Nee",
        submit: "Zoeken",
        reset: "Wis alle filters",
      },
      resultItem: {
        kinds: "Soort",
        ages: "Leeftijd",
        recognition: "Erkenning",
        notStated: "niet vermeld",
        inDatabank: "In de Databank",
        yes: "ja",
        no: "nee",
      },
      detail: {
        professionals: "Voor professionals",
        policymakers: "Voor beleidsmakers",
        keyFacts: "Kerngegevens",
        fullName: "Volledige naam",
        aliases: "Ook genoemd",
        inDatabank: "In de Databank Effectieve Jeugdinterventies",
        yes: "ja",
        no: "nee",
        facts: "Meer feiten",
        indications: "Voor wie",
        ages: "Leeftijden",
        recognitions: "Erkenning",
        notes: "Opmerkingen over de bronnen",
        listings: "Ook genoemd zonder doelgroep",
        related: "Verwante interventies",
        compare: "Vergelijk met andere interventies",
        feedback: "Reageer! Klopt er iets niet op deze pagina?",
        source: "bron",
        summarySources: "Bronnen van deze samenvatting",
        ownDescription: "Eigen beschrijving van Hechtingswijzer; geen bron gevonden",
        kinds: "Soort",
        agesFact: "Leeftijd",
        databankPages: (n: number): string => (n === 1 ? "Pagina in de Databank" : "Pagina’s in de Databank"),
      },
    },
    vergelijken: {
      title: "Interventies vergelijken",
      lead: (min: number, max: number) => `Kies ${min} tot ${max} interventies om ze naast elkaar te zien.`,
      pick: "Welke interventies wilt u vergelijken?",
      submit: "Vergelijk",
      tooFew: (min: number) => `Kies minstens ${min} interventies`,
      tooMany: (max: number) => `Kies hoogstens ${max} interventies`,
      unknown: (id: string) => `Onbekende interventie: ${id}`,
      caption: "Vergelijking",
      aspect: "Kenmerk",
      fullName: "Volledige naam",
      indications: "Voor wie",
      recognition: "Erkenning",
      inDatabank: "In de Databank",
      professionals: "Voor professionals",
      none: "niet vermeld",
      yes: "ja",
      no: "nee",
      general: "algemeen",
    },
    nietDoen: {
      title: "Niet doen: niet effectief of zelfs schadelijk",
      lead: "De richtlijn noemt twee soorten interventies die niet werken en kinderen kunnen schaden. De Hechtingswijzer raadt ze nooit aan en waarschuwt er bij elk advies voor.",
      why: "Waarom niet",
      alsoKnownAs: "Ook genoemd",
      source: "Bron",
      secondary: "Aanvullende bron",
    },
    reageer: {
      page: {
        title: "Reageer!",
        lead: "Klopt er iets niet, mist er iets, of werkt iets niet goed? Laat het ons weten. Schrijf geen gegevens over een kind of gezin in uw bericht.",
        about: "Waar gaat uw reactie over?",
        chooseAbout: "Kies een pagina of interventie",
        pagesGroup: "Pagina’s",
        interventionsGroup: "Interventies",
        pages: {
          "/": "Startpagina",
          "/keuzehulp": "Keuzehulp",
          "/interventies": "Overzicht interventies",
          "/beleidsmakers": "Beleidsmakers",
          "/vergelijken": "Vergelijken",
          "/richtlijn": "Richtlijn",
          "/niet-doen": "Niet doen",
          "/bronnen": "Bronnen",
          "/toegankelijkheid": "Toegankelijkheid",
          "/privacy": "Privacy",
        },
        message: "Uw reactie",
        messageHint: (max: number) => `Hoogstens ${max} tekens.`,
        name: "Uw naam (niet verplicht)",
        email: "Uw e-mailadres (niet verplicht)",
        emailHint: "Alleen als u antwoord wilt.",
        role: "Uw rol (niet verplicht)",
        roles: {
          "": "Zeg ik liever niet",
          professional: "Professional in de jeugdhulp",
          policymaker: "Beleidsmaker",
          parent: "Ouder of opvoeder",
          researcher: "Onderzoeker",
          other: "Anders",
        },
        submit: "Verstuur reactie",
        expired:
          "Het formulier is verlopen of niet vanaf deze site verstuurd. Controleer uw reactie en verstuur opnieuw.",
        privacy: "Lees wat we bewaren",
        thanksTitle: "Bedankt voor uw reactie",
        thanks: "We hebben uw reactie ontvangen en bekijken hem zo snel mogelijk.",
        back: "Terug naar de pagina",
        home: "Naar de startpagina",
      },
      formInput: {
        about: "Kies waar uw reactie over gaat",
        messageMissing: "Schrijf uw reactie",
        messageTooLong: (max: number) => `Uw reactie mag hoogstens ${max} tekens lang zijn`,
        nameTooLong: (max: number) => `Uw naam mag hoogstens ${max} tekens lang zijn`,
        email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg",
        role: "Kies een rol uit de lijst",
        controlCharacters: "Gebruik in dit veld geen onzichtbare stuurtekens",
      },
    },
    beleidsmakers: {
      title: "Voor beleidsmakers: dekking en gaten",
      lead: "Welke leeftijden en risicogroepen worden gedekt door de erkende interventies uit de richtlijn en het NJi-overzicht? Een cel zonder interventie is een gat.",
      summaryTitle: "De belangrijkste gaten",
      prevention: "Preventie",
      treatment: "Behandeling",
      caption: (kind: string, filtered: boolean) =>
        `${kind}: interventies per situatie en leeftijd (jaren)${filtered ? ", alleen gecontracteerde" : ""}`,
      situation: "Situatie",
      general: "algemeen (geen risicogroep)",
      gap: "gat",
      partial: (ages: string) => `gat: ${ages}`,
      uncounted: (ages: string) => `niet geteld: ${ages}`,
      basis: { context: "leeftijd uit de context", "not-stated": "leeftijd niet vermeld" },
      formTitle: "Wat heeft uw gemeente gecontracteerd?",
      formLead:
        "Vink de interventies aan die uw gemeente inkoopt. De tabellen tonen dan alleen die interventies, en de gaten die overblijven.",
      contracted: "Onze gemeente contracteert deze interventies",
      includeGeneral: "Tel algemene interventies mee in elke situatie",
      count: "Tel ook leeftijden die niet of alleen uit de context vermeld zijn",
      includeGeneralLegend: "Weergave",
      countLegend: "Leeftijden",
      submit: "Toon resterende gaten",
      reset: "Toon alle interventies",
      filtered: (n: number) =>
        `U ziet de dekking met ${n} gecontracteerde ${n === 1 ? "interventie" : "interventies"}.`,
      gapsCount: (n: number) =>
        n === 1 ? "1 cel zonder getelde interventie" : `${n} cellen zonder getelde interventie`,
      downloads: "Downloads",
      gapsCsv: "De gaten in deze weergave (CSV)",
      printHint: "Afdrukken kan via uw browser: menu en formulier worden dan weggelaten.",
      csv: "Alle interventies en indicaties (CSV)",
      json: "Alle interventies en indicaties (JSON)",
      coverageJson: "Dekking per leeftijd en situatie in deze weergave (JSON)",
      unknownId: "Kies alleen interventies uit de lijst",
      note: "Een cel telt als gedekt als de bron de leeftijd van een interventie vermeldt. Een leeftijd die de bron niet noemt of die alleen uit de context van een lijst komt, staat erbij maar telt niet mee, tenzij u dat hieronder kiest. ‘Algemeen’ zijn interventies die niet aan een risicogroep gebonden zijn.",
    },
    richtlijn: {
      title: "De richtlijn in het kort",
      lead: "De Richtlijn Problematische gehechtheid (Richtlijnen Jeugdhulp en Jeugdbescherming) trekt in hoofdstuk 5 conclusies over preventie en interventie. Hieronder staan ze in onze eigen woorden.",
      preconditions: "Voorwaarden voor elke interventie",
      general: "Erkende preventie voor jonge kinderen",
      generalText:
        "Vier erkende preventieve interventies versterken de sensitiviteit van ouders en bevorderen zo veilige gehechtheid bij jonge kinderen (tot ongeveer zeven jaar). De richtlijn noemt ze in volgorde van effectiviteit volgens de Databank Effectieve Jeugdinterventies: VIPP-SD (0–6 jaar), de Basic Trust-methode (2–12 jaar), K-VHT (0–4 jaar) en Shantala Babymassage individueel.",
      risk: "Preventie voor risicogroepen",
      riskText:
        "Voor ouders in specifieke risicogroepen zijn er preventieve interventies, onder meer voor pleeg- en adoptieouders, moeders met een depressie na de bevalling, alleenstaande tienermoeders, ouders van kinderen met ernstige gedragsproblemen en kinderen met een verhoogd risico op gedesorganiseerde gehechtheid. De leeftijd bij deze lijst staat in de bron als ‘tot ongeveer twaalf zeven jaar’: een tikfout die wij als ‘ongeveer’ lezen en vastleggen.",
      treatment: "Behandeling bij kinderen ouder dan zeven jaar",
      treatmentText:
        "Voor de behandeling van problematische gehechtheid bij oudere kinderen noemt de richtlijn onder meer de Basic Trust-methode, Video-hometraining, ITGG, Sherborne Samenspel, Theraplay, Differentiatie- en Fasetherapie, DDP en MBT-A.",
      harmful: "Niet effectief of schadelijk",
      harmfulText:
        "Interventies die gehechtheid met dwang willen bereiken en interventies die trauma laten ‘doorwerken’ via regressie (therapeutisch vasthouden, holding, rebirthing) zijn niet bewezen effectief, gaan in tegen de gehechtheidstheorie en kunnen kinderen schaden.",
      harmfulLink: "Lees waarom deze praktijken niet gebruikt worden",
      allLink: "Bekijk alle interventies met hun bronnen",
      source: "Bron",
    },
    bronnen: {
      title: "Bronnen",
      lead: "De Hechtingswijzer is gebouwd op twee openbare bronnen. Elk advies en elke indicatie verwijst naar de plek in een van deze bronnen. Beschrijvingen zijn in onze eigen woorden; namen, leeftijden en getallen zijn overgenomen.",
      primary: "Primaire bronnen",
      publisher: "Uitgever",
      section: "Onderdeel",
      secondary: "Aanvullende bronnen",
      secondaryLead:
        "Voor feiten die de primaire bronnen niet geven (volledige naam, erkenning en datum, vorm) gebruiken we openbare pagina’s. Waar zij elkaar of de richtlijn tegenspreken, tonen we beide.",
      usedFor: "Gebruikt bij",
      none: "Nog geen aanvullende bronnen gebruikt.",
    },
    toegankelijkheid: {
      title: "Toegankelijkheid",
      lead: "De Hechtingswijzer wil voor iedereen bruikbaar zijn, ook met een schermlezer, alleen een toetsenbord, vergroting of zonder JavaScript.",
      standardTitle: "Norm",
      standard:
        "We bouwen volgens WCAG 2.1 niveau AA (de norm voor Nederlandse overheidswebsites, via EN 301 549). Dit is een verklaring van de makers, nog geen formele toegankelijkheidsverklaring na een onafhankelijke audit.",
      doneTitle: "Wat we doen",
      done: [
        "Elke pagina heeft een link ‘Naar de inhoud’, duidelijke koppen en landmarks.",
        "Elk formulierveld heeft een label; groepen hebben een fieldset met legend; hints en foutmeldingen zijn aan het veld gekoppeld.",
        "Bij een fout ziet u bovenaan een overzicht met links naar de velden, en uw invoer blijft staan.",
        "Alles werkt met alleen het toetsenbord en zonder JavaScript; de focus is altijd zichtbaar.",
        "De leeftijdsgrafiek heeft een tekstbeschrijving en dezelfde gegevens als tabel; preventie en behandeling verschillen niet alleen in kleur.",
        "De pagina’s passen zich aan vanaf 320 pixels breed en zijn in te zoomen tot 400%.",
        "Bij elke wijziging controleren we automatisch alle pagina’s en toestanden met axe en de HTML-validator.",
      ],
      knownTitle: "Bekende beperkingen",
      known:
        "Teksten uit de bronnen zijn soms ambtelijk. Sommige Engelse teksten vallen terug op het Nederlands waar nog geen vertaling is.",
      contactTitle: "Iets werkt niet?",
      contact: "Laat het ons weten via het reactieformulier. Noem de pagina en wat er misging.",
      contactLink: "Naar het reactieformulier",
    },
    privacy: {
      title: "Privacy",
      lead: "De Hechtingswijzer vraagt niets over wie u bent of over wie het kind is, en onthoudt niets van een advies.",
      adviceTitle: "De keuzehulp",
      advice: [
        "Wat u in de keuzehulp invult (leeftijd, hulpvraag, situaties, voorwaarden) wordt alleen gebruikt om het advies te berekenen en daarna vergeten.",
        "We slaan het niet op en schrijven het niet in logbestanden; de server bewaart geen adressen van adviespagina’s.",
        "Het adres van een advies bevat alleen codes en getallen, geen namen of vrije tekst. Deel het gerust met een collega.",
        "Adviespagina’s en gefilterde lijsten worden door geen enkele cache bewaard (Cache-Control: private, no-store).",
        "Hun adres kan wel blijven staan in de geschiedenis van uw browser en in de logbestanden van een proxy of netwerk onderweg, bijvoorbeeld van uw organisatie. Gebruikt u een gedeelde computer, wis dan zo nodig uw browsergeschiedenis.",
      ],
      feedbackTitle: "Reageer!",
      feedback: [
        "Als u een reactie stuurt, bewaren we: waar de reactie over gaat, uw bericht, en – alleen als u ze invult – uw naam, e-mailadres en rol, met de datum.",
        "We gebruiken dit alleen om de Hechtingswijzer te verbeteren en om u zo nodig te antwoorden. Schrijf geen gegevens over een kind of gezin in uw bericht.",
        "Het formulier zet één functioneel cookie dat het tegen misbruik beschermt (CSRF). Er zijn geen andere cookies.",
      ],
      feedbackRetention: (months: number) =>
        `Uw naam en e-mailadres wissen we ${months} maanden na uw reactie; tot dan zien alleen beheerders ze. Het bericht zelf bewaren we tot een beheerder het verwijdert, en we tonen het nooit op de site.`,
      thirdTitle: "Geen derden",
      third:
        "Deze site laadt geen scripts, lettertypen of statistieken van andere partijen. Links naar bronnen brengen u naar andere sites; daar gelden hun eigen regels.",
    },
  },
  /** /beheer: log-in, accounts and the audit log for the people who keep the knowledge base (issue 15). */
  beheer: {
    title: "Beheer",
    roles: { editor: "redacteur", reviewer: "reviewer", admin: "beheerder" },
    /**
     * What each field of the knowledge base is called in /beheer: the editor's labels and
     * the history's field-level diff, keyed by the property name in the content schema.
     */
    /** /beheer/concepten and /beheer/inhoud/bewerken: drafts, review and publishing (decision 095). */
    editing: {
      kinds: {
        intervention: "Interventie",
        "harmful-practice": "Schadelijke praktijk",
        situation: "Situatie",
        precondition: "Voorwaarde",
        source: "Bron",
        synonyms: "Synoniemen",
      },
      synonymsItem: "Synoniemenlijst van de zoekfunctie",
      draftsTitle: "Concepten",
      draftsLead:
        "Wijzigingen die op een reviewer wachten. Een reviewer die niet aan het concept meeschreef, publiceert het als nieuwe revisie.",
      selfPublishAllowed:
        "Op deze installatie mag wie aan een concept schreef het ook zelf publiceren (ALLOW_SELF_PUBLISH).",
      noDrafts: "Er zijn geen open concepten.",
      recentTitle: "Gepubliceerd of ingetrokken",
      noRecent: "Nog geen concepten gepubliceerd of ingetrokken.",
      columns: {
        item: "Onderdeel",
        kind: "Soort",
        savedBy: "Laatst opgeslagen door",
        savedAt: "Opgeslagen",
        reason: "Reden",
        status: "Uitkomst",
      },
      statuses: { open: "open", published: "gepubliceerd", withdrawn: "ingetrokken" },
      publishedAs: (revision: number) => `gepubliceerd als revisie ${revision}`,
      draftTitle: (item: string) => `Concept: ${item}`,
      backToDrafts: "Terug naar de concepten",
      facts: {
        kind: "Soort",
        status: "Status",
        version: "Versie",
        authors: "Geschreven door",
        savedAt: "Laatst opgeslagen",
        reason: "Reden",
        base: "Begonnen vanaf",
        baseRevision: (revision: number) => (revision === 0 ? "nieuw onderdeel" : `revisie ${revision}`),
      },
      changesTitle: "Wijzigingen ten opzichte van de gepubliceerde versie",
      noChanges: "Geen verschil met de gepubliceerde versie.",
      publishTitle: "Publiceren",
      publishLead:
        "Publiceren maakt een nieuwe revisie. De site, de API en de keuzehulp tonen haar binnen enkele seconden.",
      publish: "Publiceren",
      withdrawTitle: "Intrekken",
      withdrawLead: "Intrekken geeft het concept op; de opgeslagen versies blijven bewaard.",
      withdraw: "Concept intrekken",
      editDraft: "Concept verder bewerken",
      mayNotPublish: "Alleen een reviewer publiceert.",
      refused: {
        "own-draft": "U schreef aan dit concept mee. Een andere reviewer publiceert het (vier ogen).",
        "not-open": "Dit concept is al gepubliceerd of ingetrokken.",
        "draft-changed":
          "Het concept is intussen opnieuw opgeslagen. Bekijk de nieuwe versie en publiceer dan.",
        "base-changed":
          "Sinds dit concept begon, is dit onderdeel opnieuw gepubliceerd. De redacteur verwerkt die wijziging eerst in het concept.",
        invalid: "Het concept past niet meer bij de kennisbank. Bewerk het concept en los deze punten op:",
        unchanged: "Het concept is gelijk aan de gepubliceerde versie: er is niets te publiceren.",
        busy: "Er werd tegelijk iets anders gepubliceerd. Probeer het opnieuw.",
        "no-such-version": "Dit onderdeel bestond niet in die revisie.",
      },
      published: (revision: number) =>
        `Gepubliceerd als revisie ${revision}. De site, de API en de keuzehulp tonen de wijziging binnen enkele seconden.`,
      withdrawn: "Het concept is ingetrokken.",
      editTitle: (item: string) => `Bewerken: ${item}`,
      newTitle: (kind: string) => `Nieuw: ${kind}`,
      editLead:
        "Uw wijziging wordt een concept. Een reviewer bekijkt het en publiceert het; tot dan ziet niemand buiten /beheer iets ervan. Sla tussendoor op: na 30 minuten zonder opslaan verloopt uw sessie en gaat wat u typte verloren.",
      editingDraft: (version: number, by: string) =>
        `U bewerkt het open concept (versie ${version}, laatst opgeslagen door ${by}).`,
      viewDraft: "Bekijk het concept",
      baseChanged: (revision: number) =>
        `Sinds dit concept begon, is dit onderdeel gepubliceerd in revisie ${revision}. Hieronder staat wat er toen veranderde. Neem het over waar nodig: opslaan bouwt uw concept verder op revisie ${revision}.`,
      conflict: (by: string, version: number) =>
        `${by} heeft dit concept intussen opgeslagen (versie ${version}). Hieronder staan de verschillen tussen die versie en uw invoer; uw invoer staat nog in het formulier. Sla opnieuw op om uw invoer als nieuwe versie te bewaren.`,
      publishedChangesTitle: "Wat intussen gepubliceerd werd",
      conflictChangesTitle: "Verschil tussen de opgeslagen versie en uw invoer",
      reason: "Reden van de wijziging",
      reasonHint:
        "Komt in de geschiedenis te staan, bijvoorbeeld: leeftijd aangepast aan de Databank van 2024.",
      reasonMissing: "Geef een reden voor de wijziging",
      idFixed: "Het kenmerk van een bestaand onderdeel verandert niet; maak een nieuw onderdeel",
      idTaken: "Er bestaat al een onderdeel met dit kenmerk",
      save: "Concept opslaan",
      saved: (version: number) =>
        `Concept opgeslagen (versie ${version}). Een reviewer kan het nu publiceren.`,
      itemNotFound: "Dit onderdeel bestaat niet.",
      badRequest: "Geef een soort (soort=) en een onderdeel (id=).",
      editLink: "Bewerken",
      newLinksTitle: "Iets nieuws toevoegen",
      publishedBy: (reviewer: string) => `gepubliceerd door ${reviewer}`,
      revertLink: "Terugzetten naar deze versie",
      revertTitle: (item: string, revision: number) => `${item} terugzetten naar revisie ${revision}`,
      revertLead: (revision: number) =>
        `Terugzetten maakt een nieuwe revisie met de inhoud van revisie ${revision}. De geschiedenis blijft volledig; ook dit terugzetten kunt u weer terugdraaien.`,
      revertChangesTitle: "Wat er verandert ten opzichte van nu",
      revertReason: "Reden van het terugzetten",
      revertReasonMissing: "Geef een reden voor het terugzetten",
      revertSubmit: "Terugzetten",
      reverted: (revision: number, to: number) =>
        `Teruggezet: revisie ${revision} heeft de inhoud van revisie ${to}. De site, de API en de keuzehulp tonen die binnen enkele seconden.`,
      revertNotAllowed: "Alleen een reviewer zet een versie terug.",
      badRevertRevision: "Het adres noemt geen revisie (revisie=…): een heel getal vanaf 1.",
      notFound: "Dit concept bestaat niet.",
    },
    fields: {
      id: "Kenmerk (in het webadres)",
      name: "Naam",
      abbreviation: "Afkorting",
      fullName: "Volledige naam",
      aliases: "Andere namen",
      inDatabank: "In de Databank Effectieve Jeugdinterventies",
      recognitions: "Erkenningen",
      level: "Niveau",
      date: "Datum",
      ages: "Leeftijden volgens de bron",
      source: "Bron",
      note: "Toelichting",
      summary: "Samenvatting",
      professionals: "Voor professionals",
      policymakers: "Voor beleidsmakers",
      sources: "Bronnen",
      ownDescription: "Eigen beschrijving (geen bron gevonden)",
      facts: "Feiten",
      topic: "Onderwerp",
      text: "Tekst",
      indications: "Indicaties",
      kind: "Soort",
      situations: "Situaties",
      age: "Leeftijd",
      basis: "Hoe de leeftijd bekend is",
      from: "Vanaf (jaar)",
      to: "Tot en met (jaar)",
      fromPregnancyWeek: "Vanaf zwangerschapsweek",
      startsInPregnancy: "Begint in de zwangerschap (week niet vermeld)",
      approximate: "Bij benadering",
      boundsFromContext: "Grenzen uit de context",
      databankRank: "Volgorde in de Databank",
      listings: "Vermeldingen zonder doelgroep",
      notes: "Notities en meningsverschillen",
      about: "Over deze plaatsen in de bron",
      related: "Verwante interventies",
      document: "Document",
      section: "Paragraaf",
      list: "Lijst",
      item: "Onderdeel (nummer)",
      synonyms: "Synoniemen",
      classTerms: "Woorden voor de hele soort",
      reason: "Waarom niet doen",
      secondary: "Aanvullende bronnen",
      code: "Code",
      label: "Naam",
      requestKey: "Sleutel in een adviesvraag",
      explanation: "Uitleg",
      title: "Titel",
      publisher: "Uitgever",
      url: "Webadres",
      description: "Beschrijving",
      nl: "Nederlands",
      en: "Engels",
    },
    /** /beheer/inhoud: the content index, one item's history and the field-level diff of two revisions. */
    history: {
      indexTitle: "Inhoud",
      indexLead: (revision: number) =>
        `Alles in de gepubliceerde inhoud (revisie ${revision}). Bewerken maakt een concept dat een reviewer publiceert. Bij elk item staat ook de geschiedenis: welke revisies het veranderden, door wie en waarom, en wat er per veld veranderde.`,
      sections: {
        interventions: "Interventies",
        harmfulPractices: "Schadelijke werkwijzen",
        situations: "Situaties",
        preconditions: "Voorwaarden uit de richtlijn",
        sources: "Brondocumenten",
        synonyms: "Zoeksynoniemen",
      },
      name: "Naam",
      id: "Kenmerk",
      actions: "Acties",
      historyLink: "Geschiedenis",
      synonymsName: "Synoniemenlijst",
      synonymsCount: (groups: number) =>
        `De zoekfunctie kent ${groups} groepen woorden die hetzelfde betekenen; de lijst is één item met één geschiedenis.`,
      kinds: {
        intervention: "interventie",
        "harmful-practice": "schadelijke werkwijze",
        situation: "situatie",
        precondition: "voorwaarde",
        source: "brondocument",
        synonyms: "synoniemenlijst",
      },
      title: (name: string) => `Geschiedenis van ${name}`,
      lead: (kind: string) => `Elke revisie die deze ${kind} veranderde, nieuwste eerst.`,
      caption: "Revisies, nieuwste eerst",
      revision: "Revisie",
      time: "Tijd",
      author: "Door",
      reason: "Reden",
      removed: "(verwijderd in deze revisie)",
      compareTitle: "Twee revisies vergelijken",
      from: "Van revisie",
      to: "Tot revisie",
      compare: "Verschil tonen",
      onlyOne: "Er is maar één revisie van dit item: er is nog niets te vergelijken.",
      /** When a revision was made, in the Netherlands' time zone. */
      revisionTime: (iso: string) => longDateTime(new Date(iso), "nl-NL"),
      revisionChoice: (revision: number, time: string) => `Revisie ${revision} (${time})`,
      revisionAt: (revision: number, time: string) => `revisie ${revision} (${time})`,
      diffTitle: (name: string, from: number, to: number) => `Verschil in ${name}: revisie ${from} en ${to}`,
      diffLead: (from: string, to: string) => `Wat er veranderde van ${from} tot ${to}, veld voor veld.`,
      toHistory: "Terug naar de geschiedenis",
      toIndex: "Terug naar de inhoud",
      notFoundTitle: "Niet gevonden",
      notFoundItem: "Dit item bestaat niet, en heeft ook nooit bestaan.",
      notFoundRevision: "Dit item heeft geen revisie met dat nummer. Kies er een uit de geschiedenis.",
      badRequestTitle: "Onjuist adres",
      badKind: (kinds: string) => `De soort (soort=…) moet een van deze zijn: ${kinds}.`,
      badId: "Het adres noemt geen item (id=…).",
      badRevision: "Van en tot (van=…, tot=…) moeten revisienummers zijn: hele getallen vanaf 1.",
    },
    /** How <FieldDiff> shows one change: which field, what it was and what it is now. */
    fieldDiff: {
      none: "Er is geen verschil.",
      caption: "Veranderde velden",
      field: "Veld",
      before: "Eerder",
      after: "Nu",
      absent: "(niet aanwezig)",
      wholeItem: "Het hele item",
      yes: "ja",
      no: "nee",
      empty: "(leeg)",
      unknown: "onbekend",
    },
    login: {
      title: "Inloggen voor beheer",
      lead: "Alleen voor redacteuren, reviewers en beheerders van de kennisbank.",
      email: "E-mailadres",
      password: "Wachtwoord",
      submit: "Inloggen",
      refused: "Het e-mailadres of het wachtwoord klopt niet.",
      locked: "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
      expired: "Het formulier was verlopen. Vul het opnieuw in.",
      loggedOut: "U bent uitgelogd.",
    },
    secondStep: {
      title: "Code uit uw app",
      lead: "Uw account is beveiligd met een tweede stap. Open uw authenticator-app.",
      code: "Code",
      hint: "De zes cijfers die uw app nu toont.",
      submit: "Bevestigen",
      refused: "Deze code klopt niet of is al gebruikt. Wacht op de volgende code.",
      locked: "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
    },
    start: {
      title: "Beheer",
      signedInAs: (name: string, role: string) => `U bent ingelogd als ${name} (${role}).`,
      mayTitle: "Wat u hier kunt doen",
      permissions: {
        edit: "De kennisbank bewerken: concepten schrijven",
        review: "Concepten beoordelen en publiceren",
        manageAccounts: "Accounts toevoegen en rollen wijzigen",
        readAudit: "Het auditlog lezen",
        handleFeedback: "Reacties van lezers lezen en afhandelen",
        seeFeedbackContacts: "Naam en e-mailadres bij reacties zien",
      },
      secondFactor: "Tweestapsverificatie instellen",
      secondFactorOn: "Tweestapsverificatie staat aan.",
      sessionTitle: "Uw sessie",
      session: "U wordt na 30 minuten zonder activiteit uitgelogd, en in elk geval na 12 uur.",
      logout: "Uitloggen",
      logoutEverywhere: "Overal uitloggen",
      logoutEverywhereHint: "Beëindigt ook uw sessies op andere apparaten.",
    },
    forbidden: {
      title: "Geen toegang",
      text: "Uw rol geeft geen toegang tot deze pagina.",
      back: "Naar beheer",
    },
    csrf: {
      title: "Formulier verlopen",
      text: "Het formulier was verlopen of kwam niet van deze site. Er is niets gewijzigd.",
      back: "Naar beheer",
    },
    /** The editor's form (src/web/pages/beheer/editor/): rows, choices, hints and problems. */
    editor: {
      /** One row of a repeatable group, numbered from 1: "Indicatie 2". */
      rows: {
        recognitions: "Erkenning",
        facts: "Feit",
        indications: "Indicatie",
        listings: "Vermelding",
        notes: "Notitie",
        about: "Plaats",
        secondary: "Aanvullende bron",
        synonyms: "Groep",
      },
      row: (name: string, position: number) => `${name} ${position}`,
      newRow: (name: string) => `${name} toevoegen`,
      newRowHint: "Vul deze velden in om er een toe te voegen; leeg blijft weg.",
      remove: "Verwijderen",
      /** Joins the labels of a field's place in the form: "Indicatie 2 › Leeftijd › Vanaf (jaar)". */
      trail: (labels: readonly string[]) => labels.join(" › "),
      choices: { none: "—", yes: "ja", no: "nee", notStated: "niet vermeld" },
      kinds: { prevention: "preventie", treatment: "behandeling" },
      basis: {
        stated: "vermeld bij de interventie",
        context: "uit de samenhang in de bron",
        "not-stated": "niet vermeld",
      },
      topics: {
        "full-name": "Volledige naam",
        format: "Vorm",
        developer: "Ontwikkelaar",
        aim: "Doel",
        age: "Leeftijd",
        databank: "Databank",
        other: "Overig",
      },
      bounds: { from: "ondergrens", to: "bovengrens" },
      hints: {
        words: "Eén per regel.",
        date: "JJJJ, JJJJ-MM of JJJJ-MM-DD, bijvoorbeeld 2017-06-30.",
        url: "Een webadres dat begint met https://.",
        slug: "Kleine letters en koppeltekens, bijvoorbeeld video-hometraining.",
        fullName: "Leeg laten als de bronnen geen volledige naam noemen.",
        sources: "Eén per regel: een brondocument (bijvoorbeeld richtlijn) of een webadres.",
        synonyms: "Eén woord per regel; de zoekfunctie behandelt ze als hetzelfde.",
      },
      /** The checks' messages as a curator reads them (src/web/pages/beheer/editor/problem-texts.ts). */
      problems: {
        empty: "mag niet leeg zijn",
        slug: "moet uit kleine letters en koppeltekens bestaan",
        dutchMissing: "de Nederlandse tekst ontbreekt",
        date: "moet JJJJ, JJJJ-MM of JJJJ-MM-DD zijn",
        url: "moet een webadres zijn dat begint met http:// of https://",
        required: "moet ingevuld zijn",
        number: "moet een getal zijn",
        wholeNumber: "moet een heel getal zijn",
        choose: "kies een van de mogelijkheden",
        atLeast: (min: string) => `moet minstens ${min} zijn`,
        above: (min: string) => `moet groter dan ${min} zijn`,
        atMost: (max: string) => `mag hoogstens ${max} zijn`,
        atLeastItems: (min: string) => `vul er minstens ${min} in`,
        oneIndication: "een interventie heeft minstens één indicatie nodig",
        fromAboveTo: (from: string, to: string) =>
          `de leeftijd vanaf (${from}) is hoger dan tot en met (${to})`,
        notStatedBounds: "een niet vermelde leeftijd kan geen grenzen hebben",
        needsBounds: "vul vanaf, tot en met, een zwangerschapsweek of ‘begint in de zwangerschap’ in",
        weekOrStarts: "geef een zwangerschapsweek of ‘begint in de zwangerschap’, niet allebei",
        pregnancyAndAfterBirth:
          "een leeftijd die in de zwangerschap begint, kan niet ook na de geboorte beginnen",
        unknownSituation: (code: string) => `onbekende situatie "${code}"`,
        unknownDocument: (id: string) => `onbekend brondocument "${id}"`,
        unknownIntervention: (id: string) => `onbekende interventie "${id}"`,
        withoutSource: "de bron ontbreekt",
        duplicateId: (id: string) => `het kenmerk "${id}" bestaat al`,
        summarySources:
          "noem de bronnen van de samenvatting, of vul een eigen beschrijving in (geen bron gevonden)",
        notSource: (text: string) => `"${text}" is geen brondocument en geen webadres`,
      },
    },
    quality: {
      edit: "bewerken",
      title: "Kwaliteit van de inhoud",
      lead: (revision: number) =>
        `Wat aandacht vraagt in de gepubliceerde inhoud (revisie ${revision}). Elke regel linkt naar de pagina van de interventie, naar het bewerken ervan, en noemt het inhoudsbestand waarin die staat.`,
      overview: "Overzicht",
      count: (n: number) => (n === 1 ? "1 punt" : `${n} punten`),
      none: "Geen.",
      intervention: "Interventie",
      file: "Inhoudsbestand",
      where: "Waar in het bestand",
      stale: {
        title: "Erkenningen ouder dan vijf jaar",
        lead: "De Databank beoordeelt een erkenning na vijf jaar opnieuw. De site toont deze interventies als 'in herbeoordeling'; kijk of er een nieuwere erkenning is.",
        caption: "Interventies waarvan de laatste erkenning ouder is dan vijf jaar",
        level: "Niveau",
        date: "Datum",
        age: "Leeftijd",
        years: (n: number) => `${n} jaar`,
      },
      uncited: {
        title: "Uitspraken zonder bron",
        lead: "Indicaties zonder bronvermelding, en samenvattingen die geen bron noemen en niet als eigen beschrijving zijn gemarkeerd.",
        schema:
          "De inhoud eist bij elk feit en elke erkenning een bron (een webadres); die staan hier alleen bij een leeg adres.",
        zero: "0 — elke indicatie en samenvatting noemt een bron, en de inhoud eist bij elk feit een bron.",
        caption: "Uitspraken zonder bron",
        what: "Wat",
        kinds: { summary: "samenvatting", indication: "indicatie", fact: "feit", recognition: "erkenning" },
      },
      disagreements: {
        title: "Bronnen die verschillen, zonder toelichting",
        lead: "Bronnen geven verschillende erkenningsniveaus of leeftijden, maar geen notitie 'Bronnen verschillen' legt dat uit.",
        caption: "Interventies waarvan de bronnen verschillen zonder toelichting",
        levels: "Niveaus",
        ages: "Leeftijden",
      },
      ages: {
        title: "Indicaties zonder vermelde leeftijd",
        lead: "Indicaties waarvan de bron geen leeftijd noemt, of één grens ervan niet. Het advies zegt dat er dan bij; kijk of een andere bron de leeftijd geeft.",
        caption: "Indicaties zonder (volledige) leeftijd",
        kind: "Soort",
        missing: "Wat ontbreekt",
        kinds: { prevention: "preventie", treatment: "behandeling" },
        missingKinds: {
          age: "geen leeftijd",
          from: "ondergrens niet vermeld",
          to: "bovengrens niet vermeld",
        },
      },
    },
    accounts: {
      title: "Accounts",
      listTitle: "Alle accounts",
      caption: "Accounts met hun rol",
      email: "E-mailadres",
      name: "Naam",
      role: "Rol",
      created: "Aangemaakt",
      secondFactor: "Tweede stap",
      yes: "aan",
      no: "uit",
      changeRoleTitle: "Rol wijzigen",
      account: "Account",
      newRole: "Nieuwe rol",
      saveRole: "Rol opslaan",
      addTitle: "Account toevoegen",
      displayName: "Naam",
      displayNameHint:
        "Zoals anderen de persoon zien in het auditlog en bij concepten. Leeg: het e-mailadres.",
      password: "Eerste wachtwoord",
      passwordHint: (min: number) => `Minstens ${min} tekens. Geef het persoonlijk door, niet per e-mail.`,
      submitAdd: "Account toevoegen",
      added: (email: string) => `Account ${email} is toegevoegd.`,
      roleChanged: (email: string, role: string) => `${email} is nu ${role}.`,
      errors: {
        email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
        role: "Kies een rol: redacteur, reviewer of beheerder.",
        passwordTooShort: (min: number) => `Het wachtwoord moet minstens ${min} tekens hebben.`,
        passwordTooLong: (max: number) => `Het wachtwoord mag hoogstens ${max} tekens hebben.`,
        displayName: "De naam mag hoogstens 100 tekens hebben, zonder regeleinden.",
        exists: "Er is al een account met dit e-mailadres.",
        lastAdmin: "Dit is de laatste beheerder. Maak eerst een ander account beheerder.",
      },
    },
    audit: {
      title: "Auditlog",
      lead: "Wie wat deed, wanneer en vanaf welk adres. Het log wordt alleen aangevuld, nooit gewijzigd.",
      caption: "Auditlog, nieuwste eerst",
      at: "Tijd (UTC)",
      actor: "Door",
      action: "Wat",
      subject: "Betreft",
      address: "Adres",
      detail: "Details",
      none: "Het log is nog leeg.",
      older: "Oudere regels",
      newer: "Nieuwere regels",
      actions: {
        "session.login": "ingelogd",
        "session.login-failed": "mislukte inlog",
        "session.logout": "uitgelogd",
        "session.logout-everywhere": "overal uitgelogd",
        "account.create": "account toegevoegd",
        "account.role": "rol gewijzigd",
        "account.second-factor": "tweede stap aangezet",
        "content.import": "inhoud geïmporteerd",
        "draft.save": "concept opgeslagen",
        "draft.withdraw": "concept ingetrokken",
        "content.publish": "concept gepubliceerd",
        "content.revert": "teruggezet naar een eerdere versie",
        "feedback.status": "status reactie gewijzigd",
        "feedback.note": "notitie bij reactie gewijzigd",
        "feedback.revision": "revisie bij reactie gekoppeld",
        "feedback.erase": "contactgegevens gewist (bewaartermijn)",
        "token.create": "API-token gemaakt",
        "token.revoke": "API-token ingetrokken",
        "token.first-use": "API-token voor het eerst gebruikt",
      },
    },
    /** /beheer/reacties: the feedback inbox (issue 15 item 6, decision 092). */
    inbox: {
      title: "Reacties",
      lead: "Reacties van lezers via Reageer!. De openbare site toont ze nooit. Naam en e-mailadres ziet alleen een beheerder, en ze worden na de bewaartermijn gewist.",
      filterTitle: "Filteren",
      status: "Status",
      about: "Over",
      all: "Alle",
      filter: "Filteren",
      reset: "Alle reacties",
      csv: "Download als CSV",
      csvFile: "reacties.csv",
      caption: "Reacties, nieuwste eerst",
      received: "Ontvangen (UTC)",
      message: "Bericht",
      role: "Rol van de afzender",
      name: "Naam",
      email: "E-mailadres",
      none: "Er zijn geen reacties die bij dit filter passen.",
      older: "Oudere reacties",
      newer: "Nieuwere reacties",
      statuses: { new: "nieuw", "in-progress": "in behandeling", done: "afgehandeld" },
      noRole: "niet opgegeven",
      detailTitle: "Reactie",
      back: "Terug naar alle reacties",
      notFound: "Deze reactie bestaat niet (meer).",
      erased: (date: string) => `gewist op ${date} (bewaartermijn verstreken)`,
      notGiven: "niet opgegeven",
      hidden: "alleen zichtbaar voor beheerders",
      updated: "Laatst gewijzigd (UTC)",
      never: "nog niet",
      statusTitle: "Status wijzigen",
      saveStatus: "Status opslaan",
      noteTitle: "Interne notitie",
      note: "Notitie",
      noteHint: (max: number) =>
        `Alleen voor beheer; nooit op de openbare site. Hoogstens ${max} tekens. Leeg maken verwijdert de notitie.`,
      saveNote: "Notitie opslaan",
      revisionTitle: "Afgehandeld in revisie",
      revision: "Revisie van de kennisbank",
      revisionHint: "De revisie waarin de reactie is verwerkt.",
      noRevision: "Geen revisie",
      revisionLabel: (revision: number, date: string, reason: string) =>
        `Revisie ${revision} (${date}): ${reason}`,
      saveRevision: "Revisie opslaan",
      saved: {
        status: "De status is opgeslagen.",
        note: "De notitie is opgeslagen.",
        revision: "De revisie is opgeslagen.",
      },
      errors: {
        status: "Kies een status.",
        note: (max: number) => `De notitie mag hoogstens ${max} tekens hebben.`,
        revision: "Kies een bestaande revisie.",
      },
    },
    /** Filtering and exporting the audit log (issue 15, item 7). */
    auditExport: {
      filterTitle: "Auditlog filteren",
      action: "Wat",
      anyAction: "Alles",
      actor: "Door",
      actorHint: "Het e-mailadres precies zoals in het log, of leeg.",
      submit: "Filteren",
      clear: "Filter wissen",
      downloadAll: "Het hele log downloaden (CSV)",
      downloadFiltered: "Deze selectie downloaden (CSV)",
      noneFiltered: "Geen regels met dit filter.",
    },
    /** Personal API tokens for the admin API (issue 15, item 8). */
    tokens: {
      title: "API-tokens",
      lead: "Met een persoonlijk API-token gebruikt een script de beheer-API (/api/v1/admin) namens u, met de rol die uw account op dat moment heeft. Bewaar het als een wachtwoord.",
      listTitle: "Uw tokens",
      allListTitle: "Alle tokens",
      caption: "API-tokens, nieuwste eerst",
      name: "Naam",
      prefix: "Begint met",
      owner: "Van",
      created: "Gemaakt",
      lastUsed: "Laatst gebruikt",
      never: "nooit",
      none: "Er zijn nog geen tokens.",
      revoke: "Intrekken",
      revokeLabel: (name: string) => `Token ${name} intrekken`,
      addTitle: "Token maken",
      nameLabel: "Naam van het token",
      nameHint: "Waarvoor het dient, bijvoorbeeld ‘exportscript’.",
      submit: "Token maken",
      made: (name: string) => `Token ${name} is gemaakt. Kopieer het nu: het wordt maar één keer getoond.`,
      valueLabel: "Het nieuwe token",
      usage: "Stuur het mee in de kop Authorization: Bearer gevolgd door het token.",
      revoked: (name: string) => `Token ${name} is ingetrokken.`,
      errors: {
        name: "Geef het token een naam van 1 tot 60 tekens, zonder regeleinden.",
        unknown: "Dit token bestaat niet meer, of het is niet van u.",
      },
    },
    enrol: {
      title: "Tweestapsverificatie",
      lead: "Voeg uw account toe in een authenticator-app (bijvoorbeeld van uw organisatie). Typ of plak de sleutel; er is geen QR-code.",
      secret: "Sleutel",
      uri: "Adres voor de app (otpauth)",
      code: "Code uit de app",
      hint: "De zes cijfers die de app na het toevoegen toont.",
      submit: "Tweestapsverificatie aanzetten",
      enabled: "Tweestapsverificatie staat aan. Bij de volgende keer inloggen vragen we om een code.",
      refused:
        "Deze code past niet bij de sleutel. Controleer de tijd op uw telefoon en probeer de volgende code.",
      notForRole: "Tweestapsverificatie is er voor reviewers en beheerders.",
      already: "Tweestapsverificatie staat al aan.",
    },
    cli: {
      usage: `Gebruik:
  hechtingswijzer users add --role editor|reviewer|admin E-MAILADRES [--name NAAM] [--password-stdin]
  hechtingswijzer users list

Het wachtwoord wordt gevraagd zonder het te tonen, of met --password-stdin van de
standaardinvoer gelezen. Er is nooit een standaardwachtwoord.

Opties:
  --database URL     de database (standaard DATABASE_URL, anders SQLITE_FILE of het SQLite-bestand)
  --lang nl|en       taal van de meldingen`,
      subcommandMissing: "geef een opdracht (add of list)",
      unknownSubcommand: (name: string) => `onbekende opdracht "${name}"; kies add of list`,
      emailMissing: "geef precies één e-mailadres",
      roleMissing: "geef een rol met --role (editor, reviewer of admin)",
      roleInvalid: "kies editor, reviewer of admin",
      prompt: "Wachtwoord: ",
      promptAgain: "Nogmaals: ",
      mismatch: "de twee wachtwoorden verschillen",
      noTerminal: "geen terminal om het wachtwoord te vragen; gebruik --password-stdin",
      added: (email: string, role: string) => `Account ${email} toegevoegd met rol ${role}.`,
      listEmpty: "Er zijn nog geen accounts.",
    },
  },
};
