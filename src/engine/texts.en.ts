import type { AgeRange } from "../domain/age.js";
import { ageBasisInWords, ageInWords, sourceWordingAddsNews } from "../domain/age-words.js";
import { joinWords } from "../domain/text.js";
import type { IndicationKind, Need, RecognitionLevel } from "../domain/vocabulary.js";
import type { EngineTexts } from "./texts.js";

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

/** The age in words, as every page and the CLI write it (src/domain/age-words.ts). */
function ageRange(range: AgeRange): string {
  return ageInWords(range, "en");
}

/** The source's own (Dutch) wording, quoted as a fact when it explains the range (e.g. "tot 16 jaar" for 7–15). */
function wording(range: AgeRange): string | undefined {
  return sourceWordingAddsNews(range) ? `source: "${range.text}"` : undefined;
}

/** " (a; b)" from the parts that exist, or "". */
function aside(...parts: (string | undefined)[]): string {
  const present = parts.filter((part) => part !== undefined);
  return present.length === 0 ? "" : ` (${present.join("; ")})`;
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

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** The engine's sentences in English. */
export const enTexts: EngineTexts = {
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
        : `${forAge(age)}${aside(wording(age), ageBasisInWords(age, "en"))}`;
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
