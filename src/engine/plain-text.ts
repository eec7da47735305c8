import { messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import type { TextStyle } from "../lib/text-style.js";
import type { AdviceRequest } from "./request.js";
import type { Advice, AdviceSource, NotSuitable, Recommendation } from "./response.js";
import { engineTexts } from "./texts.js";

function sourceText(source: AdviceSource, lang: Lang): string {
  const parts = [
    source.document,
    source.section,
    source.list,
    source.item && `${messages(lang).adviceText.item} ${source.item}`,
  ];
  return parts.filter(Boolean).join(", ");
}

function childText(request: AdviceRequest): string {
  const words = messages(request.lang).adviceText;
  const { ageYears, ageMonths, pregnancyWeek } = request.child;
  if (pregnancyWeek !== undefined) return words.unborn(pregnancyWeek);
  if (ageMonths !== undefined) return words.months(ageMonths);
  return words.years(ageYears ?? 0);
}

function recommendationLines(
  item: Recommendation,
  position: number,
  lang: Lang,
  label: (code: string) => string,
  style: TextStyle,
): string[] {
  const words = messages(lang).adviceText;
  const scope = item.specific
    ? `${words.specific} ${item.matchedSituations.map(label).join(", ")}`
    : words.general;
  const lines = [`${String(position).padStart(2)}. ${style.good(item.name)} ${style.muted(`(${scope})`)}`];
  const ageBasis = item.age.basisWords ? ` ${style.muted(`(${item.age.basisWords})`)}` : "";
  lines.push(`    ${words.age}: ${item.age.words}${ageBasis}`);
  lines.push(`    ${words.why}:`);
  for (const reason of item.reasons) {
    lines.push(`    - ${reason.text} ${style.muted(`[${sourceText(reason.source, lang)}]`)}`);
  }
  if (item.caveats.length > 0) {
    lines.push(`    ${words.caveats}:`);
    for (const caveat of item.caveats) lines.push(`    - ${caveat.text}`);
  }
  return lines;
}

/** "- PIPA" and under it each reason the intervention does not fit, with its source where known. */
function notSuitableLines(item: NotSuitable, lang: Lang, style: TextStyle): string[] {
  const lines = [`  - ${item.name}`];
  for (const reason of item.reasons) {
    const source = reason.source ? ` ${style.muted(`[${sourceText(reason.source, lang)}]`)}` : "";
    lines.push(`      ${reason.text}${source}`);
  }
  return lines;
}

/**
 * The advice as a readable text for a terminal: the request in short, notices, the
 * outcome in one sentence and what comes next, numbered recommendations with age,
 * reasons, sources and caveats, what does not fit and why, and the warning against
 * harmful practices.
 */
export function formatAdviceText(
  advice: Advice,
  request: AdviceRequest,
  catalog: Catalog,
  style: TextStyle,
): string {
  const { lang } = request;
  const words = messages(lang).adviceText;
  const label = (code: string) => {
    const situation = catalog.situationByCode.get(code);
    return situation ? localize(situation.label, lang) : code;
  };
  const lines: string[] = [style.heading(words.title), ""];
  lines.push(`${words.child}: ${childText(request)}`);
  lines.push(`${words.need}: ${engineTexts(lang).need(request.need)}`);
  lines.push(`${words.situations}: ${request.situations.map(label).join(", ") || words.none}`);
  lines.push("");

  for (const notice of advice.notices) lines.push(style.warn(`${words.notice}: ${notice.text}`), "");

  const waiting = advice.status === "preconditions-not-met";
  lines.push(waiting ? style.warn(advice.outcome.text) : style.heading(advice.outcome.text), "");
  // The same steps as the web page and the API: what comes first, or where else to look.
  if (advice.nextSteps.length > 0) {
    lines.push(style.heading(`${words.nextSteps}:`));
    for (const step of advice.nextSteps) {
      const source = step.source ? ` ${style.muted(`[${sourceText(step.source, lang)}]`)}` : "";
      lines.push(`  - ${step.text}${source}`);
    }
    lines.push("");
  }

  const ranked = waiting ? advice.onceMet : advice.recommended;
  if (ranked.length > 0) {
    lines.push(style.heading(`${waiting ? words.onceMet : words.recommended} (${ranked.length}):`));
    ranked.forEach((item, index) => {
      lines.push(...recommendationLines(item, index + 1, lang, label, style));
    });
    lines.push("");
  }

  if (advice.notSuitable.length > 0) {
    lines.push(style.heading(`${words.notSuitable} (${advice.notSuitable.length}):`));
    for (const item of advice.notSuitable) lines.push(...notSuitableLines(item, lang, style));
    lines.push("");
  }

  lines.push(style.danger(`${words.warnings}:`));
  for (const warning of advice.warnings) lines.push(`  - ${style.danger(warning.name)}: ${warning.text}`);
  return `${lines.join("\n")}\n`;
}
