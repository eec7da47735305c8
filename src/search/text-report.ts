import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { PLAIN_STYLE, type TextStyle } from "../lib/text-style.js";
import type { SearchQuery } from "./query-schema.js";
import type { Highlight, SearchResult } from "./result-schema.js";

const WORDS = {
  nl: {
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
  en: {
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
} as const;

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
  const w = WORDS[lang];
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
