import { messages } from "../../../../domain/messages/index.js";
import type { Lang } from "../../../../domain/text.js";

type ProblemTexts = ReturnType<typeof messages>["beheer"]["editor"]["problems"];

/**
 * The messages the content schema (zod) and the content check (validate-content) give, as
 * a curator reads them: each pattern once, its parts passed on. A message not listed here
 * is shown as it is: better English than nothing.
 */
const TABLE: readonly [RegExp, (texts: ProblemTexts, match: RegExpMatchArray) => string][] = [
  [/^must not be empty$/, (t) => t.empty],
  [/^must be lower-case words joined by hyphens$/, (t) => t.slug],
  [/^missing Dutch text$/, (t) => t.dutchMissing],
  [/^must be YYYY, YYYY-MM or YYYY-MM-DD$/, (t) => t.date],
  [/^Invalid URL$/, (t) => t.url],
  [/^Invalid input: expected \w+, received undefined$/, (t) => t.required],
  [/^Invalid input: expected int, received number$/, (t) => t.wholeNumber],
  [/^Invalid input: expected (number|int), received \w+$/, (t) => t.number],
  [/^Invalid option: expected one of /, (t) => t.choose],
  [/^Invalid input: expected boolean, received \w+$/, (t) => t.choose],
  [/^Too small: expected number to be >=(-?[\d.]+)$/, (t, m) => t.atLeast(m[1] ?? "")],
  [/^Too small: expected number to be >(-?[\d.]+)$/, (t, m) => t.above(m[1] ?? "")],
  [/^Too big: expected number to be <=(-?[\d.]+)$/, (t, m) => t.atMost(m[1] ?? "")],
  [/^Too small: expected array to have >=(\d+) items?$/, (t, m) => t.atLeastItems(m[1] ?? "")],
  [/^an intervention needs at least one indication$/, (t) => t.oneIndication],
  [/^age from (\d+) is above age to (\d+)$/, (t, m) => t.fromAboveTo(m[1] ?? "", m[2] ?? "")],
  [/^a not-stated age cannot have bounds$/, (t) => t.notStatedBounds],
  [/^a \S+ age needs from, to, fromPregnancyWeek or startsInPregnancy$/, (t) => t.needsBounds],
  [/^give either fromPregnancyWeek or startsInPregnancy/, (t) => t.weekOrStarts],
  [/^an age that starts in pregnancy cannot also start after birth$/, (t) => t.pregnancyAndAfterBirth],
  [/^unknown situation code "(.*)"$/, (t, m) => t.unknownSituation(m[1] ?? "")],
  [/^unknown source document "(.*)"$/, (t, m) => t.unknownDocument(m[1] ?? "")],
  [/^unknown intervention "(.*)"$/, (t, m) => t.unknownIntervention(m[1] ?? "")],
  [/ without a source$/, (t) => t.withoutSource],
  [/^duplicate (?:id|[\w ]+ id|situation code) "(.*)"/, (t, m) => t.duplicateId(m[1] ?? "")],
  [/^a summary must name the sources it rests on/, (t) => t.summarySources],
  [/^"(.*)" is neither a source document id nor a web address$/, (t, m) => t.notSource(m[1] ?? "")],
];

/** A check's message in the curator's language; unknown messages unchanged. */
export function problemText(message: string, lang: Lang): string {
  const texts = messages(lang).beheer.editor.problems;
  for (const [pattern, text] of TABLE) {
    const match = message.match(pattern);
    if (match) return text(texts, match);
  }
  return message;
}
