import { messages } from "../domain/messages/index.js";
import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { PLAIN_STYLE, type TextStyle } from "../lib/text-style.js";
import type { SearchQuery } from "./query-schema.js";
import type { Highlight, SearchResult } from "./result-schema.js";

/** A highlight as plain text, the matched words between «guillemets». */
export function markHighlight(highlight: Highlight): string {
  let out = "";
  let at = 0;
  for (const { start, end } of highlight.matches) {
    out += `${highlight.text.slice(at, start)}«${highlight.text.slice(start, end)}»`;
    at = end;
  }
  return out + highlight.text.slice(at);
}

/**
 * The search result as a readable list for a terminal: warnings first, then the
 * age and risk groups searched for (given or read from the text), the words
 * that found nothing with the keuzehulp as a way on, then each intervention
 * with rank, ages, kinds and why it matched.
 */
export function formatSearchText(
  result: SearchResult,
  catalog: Catalog,
  query: SearchQuery,
  style: TextStyle = PLAIN_STYLE,
): string {
  const lang = query.lang ?? "nl";
  const w = messages(lang).search.report;
  const lines: string[] = [];
  for (const warning of result.warnings) {
    const where = warning.source
      ? ` (${w.source}: ${[warning.source.document, warning.source.section, warning.source.list, warning.source.item === undefined ? undefined : `${w.item} ${warning.source.item}`].filter(Boolean).join(", ")})`
      : "";
    lines.push(style.danger(`⚠ ${w.warning}: ${warning.name}`), `  ${warning.text}${where}`, "");
  }
  const understood: string[] = [];
  const age =
    query.age ??
    (query.ageMonths === undefined ? result.understood.ageYears : Math.floor(query.ageMonths / 12));
  if (age !== undefined) understood.push(w.age(age));
  for (const code of new Set([...(query.situation ?? []), ...result.understood.situations])) {
    const situation = catalog.situationByCode.get(code);
    understood.push(`${w.situations}: ${situation ? localize(situation.label, lang) : code}`);
  }
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const header = [w.results(result.total), ...understood, ...(pages > 1 ? [w.page(result.page, pages)] : [])];
  lines.push(style.heading(header.join(" · ")));
  // The notice names the words that found nothing; without one, an empty list is the filters' doing.
  if (result.notice) lines.push(result.notice.text, `${result.notice.suggestion} (${result.notice.href})`);
  else if (result.total === 0) lines.push(w.none);
  const first = (result.page - 1) * result.pageSize;
  result.items.forEach((item, i) => {
    const name =
      item.abbreviation && !item.name.includes(item.abbreviation)
        ? `${item.name} (${item.abbreviation})`
        : item.name;
    const kinds = item.kinds.map((k) => w.kinds[k]).join(", ");
    lines.push(
      "",
      `${String(first + i + 1).padStart(3)}. ${style.good(name)}`,
      `     ${w.ageLabel} ${item.ages} · ${kinds}`,
    );
    for (const highlight of item.highlights) {
      lines.push(`     ${w.foundIn} ${w.fields[highlight.field]}: ${markHighlight(highlight)}`);
    }
  });
  return `${lines.join("\n")}\n`;
}
