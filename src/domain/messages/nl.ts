import type { AgeRange } from "../age.js";
import { ageBasisInWordsWith, ageInWordsWith, sourceWordingAddsNews } from "../age-grammar.js";
import { choiceList } from "../choices.js";
import { joinWords } from "../text.js";
import type { IndicationKind, Need, RecognitionLevel } from "../vocabulary.js";
import type { AgeWords, DocumentWords, EngineTexts, FieldTexts, QueryTexts, RequestTexts } from "./shapes.js";

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

export const nl = {
  age: ageWords,
  fields,
  /** Every message the search query check gives. */
  searchQuery: {
    ...fields,
    onlyOnce: "mag maar één keer voorkomen",
    wholeNumber: "moet een geheel getal zijn",
    trueOrFalse: "moet true of false zijn",
    text: "moet tekst zijn",
    atLeast: (min) => `moet minstens ${min} zijn`,
    ageOrMonths: "geef age of ageMonths, niet allebei",
  } satisfies QueryTexts,
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
};
