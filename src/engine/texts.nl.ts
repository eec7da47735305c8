import type { AgeRange } from "../domain/age.js";
import { ageBasisInWords, ageInWords, sourceWordingAddsNews } from "../domain/age-words.js";
import { joinWords } from "../domain/text.js";
import type { IndicationKind, Need, RecognitionLevel } from "../domain/vocabulary.js";
import type { EngineTexts } from "./texts.js";

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

/** The age in words, as every page and the CLI write it (src/domain/age-words.ts). */
function ageRange(range: AgeRange): string {
  return ageInWords(range, "nl");
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

/** The engine's sentences in Dutch. */
export const nlTexts: EngineTexts = {
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
        : `${forAge(age)}${aside(wording(age), ageBasisInWords(age, "nl"))}`;
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
