import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentBundle } from "../../src/domain/types.js";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, logInThroughForm, withCookie } from "./support.js";

/*
 * /beheer/inhoud: the content index, one item's history and the field-level difference of two
 * revisions, on a database with three revisions of PIPA. The guard is walked in access.test.ts.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

let beheer: BeheerApp;
let cookie: string;
let pipaSummary: string;

/** The shipped content with PIPA's Dutch summary for professionals replaced. */
function withPipaSummary(bundle: ContentBundle, text: string): ContentBundle {
  const interventions = bundle.interventions.map((i) =>
    i.id === "pipa"
      ? { ...i, summary: { ...i.summary, professionals: { ...i.summary.professionals, nl: text } } }
      : i,
  );
  if (interventions.every((i) => i.summary.professionals.nl !== text)) throw new Error("no PIPA");
  return { ...bundle, interventions };
}

beforeAll(async () => {
  beheer = await createBeheerApp(dialect);
  const { bundle } = await beheer.store.loadContent();
  pipaSummary = bundle.interventions.find((i) => i.id === "pipa")?.summary.professionals.nl ?? "";
  await beheer.store.importContent(withPipaSummary(bundle, "Tweede <versie> van de samenvatting."), {
    author: "joke@example.org",
    reason: "samenvatting PIPA",
  });
  await beheer.store.importContent(
    { ...withPipaSummary(bundle, "Derde versie."), synonyms: bundle.synonyms.slice(1) },
    { author: "kees@example.org", reason: "synoniem weg" },
  );
  await beheer.addAccount("editor@example.org", "editor");
  const { session } = await logInThroughForm(beheer.app, "editor@example.org");
  cookie = `hw_beheer=${session}`;
});
afterAll(async () => {
  await beheer.close();
});

async function get(url: string): Promise<{ status: number; html: string }> {
  const response = await beheer.app.request(url, withCookie({}, cookie));
  return { status: response.status, html: await response.text() };
}

describe("/beheer/inhoud", () => {
  it("lists every intervention, harmful practice and situation and the synonym list, each with its history", async () => {
    const { status, html } = await get("/beheer/inhoud");
    expect(status).toBe(200);
    expect(html).toContain('href="/beheer/inhoud/geschiedenis?soort=intervention&amp;id=pipa"');
    expect(html).toContain('href="/beheer/inhoud/geschiedenis?soort=synonyms&amp;id=synonyms"');
    expect(html).toMatch(/geschiedenis\?soort=harmful-practice&amp;id=/);
    expect(html).toMatch(/geschiedenis\?soort=situation&amp;id=foster-care/);
    expect(html).toContain(">Acties</th>");
    // The menu and the start page lead here.
    expect(html).toContain('<a href="/beheer/inhoud" aria-current="page">Inhoud</a>');
    expect((await get("/beheer")).html).toContain('href="/beheer/inhoud"');
  });

  it("shows an item's revisions newest first, with time in Amsterdam, author and reason, and the compare form", async () => {
    const { status, html } = await get("/beheer/inhoud/geschiedenis?soort=intervention&id=pipa");
    expect(status).toBe(200);
    expect(html).toContain("<h1>Geschiedenis van PIPA</h1>");
    const rows = [...html.matchAll(/<td class="utrecht-table__cell">(\d+)<\/td>/g)].map((m) => m[1]);
    expect(rows).toEqual(["3", "2", "1"]);
    expect(html).toContain("joke@example.org");
    expect(html).toContain("samenvatting PIPA");
    expect(html).toMatch(/<time datetime="[^"]+">\d{1,2} \w+ \d{4} om \d\d:\d\d<\/time>/);
    expect(html).toContain('<form method="get" action="/beheer/inhoud/verschil">');
    expect(html).toMatch(/<select[^>]*id="van"[\s\S]*?<option value="2" selected=""/);
    expect(html).toMatch(/<select[^>]*id="tot"[\s\S]*?<option value="3" selected=""/);
  });

  it("shows the field-level difference of two revisions, old text struck through and new text inserted", async () => {
    const { status, html } = await get("/beheer/inhoud/verschil?soort=intervention&id=pipa&van=1&tot=2");
    expect(status).toBe(200);
    expect(html).toContain("Samenvatting › Voor professionals › Nederlands");
    expect(html).toContain(`<del>${pipaSummary}</del>`);
    expect(html).toContain("<ins>Tweede &lt;versie&gt; van de samenvatting.</ins>");
    expect(html).toContain("<dt>Eerder</dt>");
    expect((await get("/beheer/inhoud/verschil?soort=intervention&id=pipa&van=2&tot=2")).html).toContain(
      "Er is geen verschil.",
    );
  });

  it("shows the synonym list's history and a removed group, in English too", async () => {
    const { status, html } = await get("/en/beheer/inhoud/verschil?soort=synonyms&id=synonyms&van=1&tot=3");
    expect(status).toBe(200);
    expect(html).toContain("<dt>Before</dt>");
    expect(html).toContain("<del>");
    expect(html).not.toMatch(/<del>\[/);
  });

  it.each([
    [
      "/beheer/inhoud/geschiedenis?soort=interventie&id=pipa",
      400,
      "De soort (soort=…) moet een van deze zijn",
    ],
    ["/beheer/inhoud/geschiedenis?soort=intervention", 400, "Het adres noemt geen item"],
    ["/beheer/inhoud/geschiedenis?soort=intervention&id=bestaat-niet", 404, "heeft ook nooit bestaan"],
    ["/beheer/inhoud/geschiedenis?soort=situation&id=pipa", 404, "heeft ook nooit bestaan"],
    ["/beheer/inhoud/verschil?soort=intervention&id=pipa&van=een&tot=2", 400, "moeten revisienummers zijn"],
    ["/beheer/inhoud/verschil?soort=intervention&id=pipa&tot=2", 400, "moeten revisienummers zijn"],
    ["/beheer/inhoud/verschil?soort=intervention&id=pipa&van=1&tot=9", 404, "geen revisie met dat nummer"],
    ["/beheer/inhoud/verschil?soort=intervention&id=vipp-sd&van=1&tot=2", 404, "geen revisie met dat nummer"],
    ["/beheer/inhoud/verschil?soort=intervention&id=nooit&van=1&tot=2", 404, "heeft ook nooit bestaan"],
  ])("%s answers %i and says why", async (url, expected, message) => {
    const { status, html } = await get(url);
    expect(status).toBe(expected);
    expect(html).toContain(message);
  });
});
