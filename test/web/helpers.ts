import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { NewFeedback } from "../../src/domain/feedback.js";
import type { Catalog } from "../../src/domain/types.js";
import { createWebApp } from "../../src/web/index.js";

let shipped: Promise<Catalog> | undefined;

/** A web app over the shipped content (loaded once per test file) with an in-memory feedback sink. */
export async function createTestWebApp(catalog?: Catalog) {
  shipped ??= loadCatalog();
  const snapshot = catalog ?? (await shipped);
  const feedback: NewFeedback[] = [];
  const app = createWebApp({
    holder: { current: () => snapshot },
    store: {
      addFeedback: async (f) => {
        feedback.push(f);
        return { id: `fb-${feedback.length}`, createdAt: "2026-01-15T12:00:00.000Z" };
      },
    },
    now: () => new Date("2026-01-15T12:00:00Z"),
  });
  return { app, feedback, catalog: snapshot };
}

/** The text of an HTML page with tags removed and whitespace folded, for "contains" checks. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The intervention ids in a list of result cards, in page order (data-intervention attributes). */
export function interventionIdsIn(html: string): string[] {
  return [...html.matchAll(/<li class="hw-result(?:-card)?" data-intervention="([a-z0-9-]+)"/g)].map(
    (m) => m[1] as string,
  );
}

/** The part of the page between two markers (exclusive); "" when the start is missing. */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) return "";
  const to = html.indexOf(end, from + start.length);
  return html.slice(from + start.length, to < 0 ? undefined : to);
}

/** Builds the keuzehulp query for an advice request as DOMAIN.md writes it. */
export function keuzehulpQuery(request: {
  child: { ageYears?: number; ageMonths?: number; pregnancyWeek?: number };
  need: string;
  situations?: string[];
  preconditions?: Record<string, string>;
}): string {
  const params = new URLSearchParams();
  const { child } = request;
  if (child.pregnancyWeek !== undefined) {
    params.set("age", String(child.pregnancyWeek));
    params.set("unit", "pregnancy-week");
  } else if (child.ageMonths !== undefined) {
    params.set("age", String(child.ageMonths));
    params.set("unit", "months");
  } else {
    params.set("age", String(child.ageYears));
    params.set("unit", "years");
  }
  params.set("need", request.need);
  for (const s of request.situations ?? []) params.append("situation", s);
  for (const [k, v] of Object.entries(request.preconditions ?? {})) params.set(k, v);
  return params.toString();
}
