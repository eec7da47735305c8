import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import type { CatalogHolder } from "../../src/catalog/catalog-holder.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { testConfig } from "../../src/config.js";
import { Curation } from "../../src/curation/curation.js";
import type { Store } from "../../src/db/store.js";
import type { Catalog, Intervention } from "../../src/domain/types.js";
import { type QualityReport, qualityReport } from "../../src/engine/quality.js";
import { createLogger } from "../../src/lib/logger.js";
import type { TestDatabase } from "../db/dialects.js";
import { DIALECTS } from "../db/dialects.js";
import { catalogWith, TEST_NOW, toIntervention } from "../engine/arbitraries.js";
import { logInThroughForm, PASSWORD, withCookie } from "./support.js";

/*
 * /beheer/kwaliteit and GET /api/v1/admin/quality: the counts and the links of the quality
 * report (src/engine/quality.ts) as every curator role reads them, on the shipped content and
 * on a catalogue with one case of each list. The guard itself is walked in access.test.ts.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

const richtlijn = { document: "richtlijn", section: "Conclusies", list: "Een lijst", item: 1 };

/** One case of each list: stale, an indication without a source, levels that differ, no age. */
function syntheticCase(real: Catalog): Catalog {
  const base = toIntervention({
    id: "alles-mis",
    name: "Alles <mis>",
    indications: [
      { kind: "prevention", situations: [], age: { basis: "not-stated" } },
      { kind: "treatment", situations: [], age: { basis: "stated", from: 0, to: 6 }, source: richtlijn },
    ],
  });
  const source = "https://www.nji.nl/interventies/test";
  const intervention: Intervention = {
    ...base,
    summary: { ...base.summary, sources: ["richtlijn"] },
    recognitions: [
      { level: "goed-onderbouwd", date: "2018-02-01", source },
      { level: "effectief-eerste-aanwijzingen", date: "2017", source },
    ],
  };
  return catalogWith(real, [intervention]);
}

let database: TestDatabase;
let store: Store;
let app: Hono;
let real: Catalog;
let current: Catalog;
const sessions: Record<string, string> = {};

beforeAll(async () => {
  real = await loadCatalog();
  current = real;
  database = await dialect.create();
  store = await database.open();
  await store.migrate();
  const curation = new Curation({ accounts: store.accounts, failureDelayMs: 0 });
  const holder: CatalogHolder = {
    current: () => current,
    refresh: async () => current,
    onSwap: () => () => {},
    close: () => {},
  };
  app = createApp({
    store,
    holder,
    curation,
    now: () => TEST_NOW,
    logger: createLogger("silent", () => {}),
    config: testConfig({ ratePostsPerMinute: 100_000 }),
  });
  for (const role of ["editor", "reviewer", "admin"] as const) {
    const email = `${role}@example.org`;
    await curation.addCurator(
      { email, role, password: PASSWORD, displayName: "" },
      { email: "cli", address: "cli" },
    );
    const { session } = await logInThroughForm(app, email);
    if (!session) throw new Error(`${role} could not log in`);
    sessions[role] = `hw_beheer=${session}`;
  }
});

afterAll(async () => {
  await database?.drop();
});

async function pageAs(role: string, path: string): Promise<{ status: number; html: string }> {
  const response = await app.request(path, withCookie({}, sessions[role] ?? ""));
  return { status: response.status, html: await response.text() };
}

/** The count in each list's heading, in page order. */
function headingCounts(html: string): number[] {
  return [...html.matchAll(/<h2 id="[a-z]+-title">[^<]*\((\d+)\)<\/h2>/g)].map((m) => Number(m[1]));
}

function counts(report: QualityReport): number[] {
  return [
    report.staleRecognitions.count,
    report.uncited.count,
    report.disagreementsWithoutNote.count,
    report.agesNotStated.count,
  ];
}

describe("/beheer/kwaliteit", () => {
  it("shows every curator role the four lists with the counts of the report", async () => {
    const report = qualityReport(real, TEST_NOW);
    expect(counts(report)).toEqual([7, 0, 0, 7]);
    for (const role of ["editor", "reviewer", "admin"]) {
      const { status, html } = await pageAs(role, "/beheer/kwaliteit");
      expect(status, role).toBe(200);
      expect(headingCounts(html), role).toEqual(counts(report));
    }
  });

  it("links each stale recognition to the intervention's page and names its content file, with date and age", async () => {
    const { html } = await pageAs("editor", "/beheer/kwaliteit");
    const stale = qualityReport(real, TEST_NOW).staleRecognitions.items;
    for (const item of stale) {
      expect(html).toContain(`<a href="/interventies/${item.intervention.id}">`);
      expect(html).toContain(`<code>content/interventions/${item.intervention.id}.yaml</code>`);
    }
    expect(html).toContain(
      `<td class="utrecht-table__cell"><time datetime="2014-06-27">2014\u201106\u201127</time></td><td class="utrecht-table__cell">12 jaar</td>`,
    );
    // The content requires a source for every fact: said, not left as an empty list.
    expect(html).toContain("0 — elke indicatie en samenvatting noemt een bron");
  });

  it("is in English under /en, its links too", async () => {
    const { status, html } = await pageAs("reviewer", "/en/beheer/kwaliteit");
    expect(status).toBe(200);
    expect(html).toContain("<h1>Content quality</h1>");
    expect(html).toContain('<a href="/en/interventies/nika">');
    expect(html).toContain("12 years");
  });

  it("lists one case of each, escaped, with links", async () => {
    current = syntheticCase(real);
    try {
      const { html } = await pageAs("editor", "/beheer/kwaliteit");
      expect(headingCounts(html)).toEqual([1, 1, 1, 1]);
      expect(html.match(/<a href="\/interventies\/alles-mis">Alles &lt;mis&gt;<\/a>/g)).toHaveLength(4);
      expect(html).not.toContain("<mis>");
      expect(html).toContain("<code>indications.0</code>");
      expect(html).toContain("geen leeftijd");
      expect(html).toContain("Goed onderbouwd / Effectief volgens eerste aanwijzingen");
    } finally {
      current = real;
    }
  });

  it("is linked from the start page for every role", async () => {
    for (const role of ["editor", "reviewer", "admin"]) {
      const { html } = await pageAs(role, "/beheer");
      expect(html, role).toContain('<a href="/beheer/kwaliteit">Kwaliteit van de inhoud</a>');
    }
    const { html } = await pageAs("editor", "/en/beheer");
    expect(html).toContain('<a href="/en/beheer/kwaliteit">Content quality</a>');
  });
});

describe("GET /api/v1/admin/quality", () => {
  it("answers every curator role with the report of the current content", async () => {
    for (const role of ["editor", "reviewer", "admin"]) {
      const response = await app.request("/api/v1/admin/quality", withCookie({}, sessions[role] ?? ""));
      expect(response.status, role).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual(qualityReport(real, TEST_NOW));
    }
  });

  it("follows the content: the synthetic catalogue's one case of each", async () => {
    current = syntheticCase(real);
    try {
      const response = await app.request("/api/v1/admin/quality", withCookie({}, sessions.editor ?? ""));
      const report = (await response.json()) as QualityReport;
      expect(counts(report)).toEqual([1, 1, 1, 1]);
      expect(report.uncited.items[0]).toMatchObject({ kind: "indication", path: "indications.0" });
    } finally {
      current = real;
    }
  });

  it("refuses a request without a session with 401", async () => {
    const response = await app.request("/api/v1/admin/quality");
    expect(response.status).toBe(401);
  });
});
