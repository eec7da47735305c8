import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/domain/types.js";
import { between, createTestWebApp, visibleText } from "./helpers.js";

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
let catalog: Catalog;
beforeAll(async () => {
  ({ app, catalog } = await createTestWebApp());
});

/** Intervention ids of the result cards on /interventies, in order. */
function resultIds(html: string): string[] {
  const list = between(html, '<ol class="hw-results-list">', "</ol>");
  return [...list.matchAll(/<h3><a href="(?:\/en)?\/interventies\/([a-z0-9-]+)"/g)].map(
    (m) => m[1] as string,
  );
}

describe("/interventies search and filters", () => {
  it("lists every intervention without filters, with the total", async () => {
    const html = await (await app.request("/interventies")).text();
    expect(resultIds(html)).toHaveLength(catalog.interventions.length);
    expect(visibleText(html)).toContain(`${catalog.interventions.length} interventies gevonden`);
  });

  it("filters by need: only interventions with a treatment indication", async () => {
    const ids = resultIds(await (await app.request("/interventies?need=treatment")).text());
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(catalog.interventions.length);
    for (const id of ids) {
      expect(
        catalog.interventionById.get(id)?.indications.some((i) => i.kind === "treatment"),
        id,
      ).toBe(true);
    }
  });

  it("filters by situation and age together", async () => {
    const ids = resultIds(await (await app.request("/interventies?situation=foster-care&age=3")).text());
    expect(ids).toContain("pipa");
    expect(ids).not.toContain("mbt-a");
    expect(ids).not.toContain("voorzorg");
  });

  it("keeps the chosen filters checked and shows facet counts", async () => {
    const html = await (await app.request("/interventies?need=prevention&situation=adoption")).text();
    expect(html).toMatch(/id="need-prevention"[^>]*checked/);
    expect(html).toMatch(/id="situation-adoption"[^>]*checked/);
    expect(html).toMatch(/<label for="situation-foster-care">pleegkind \/ pleegzorg \(\d+\)<\/label>/);
  });

  it("marks the matched words in the results", async () => {
    const html = await (await app.request("/interventies?q=depressie")).text();
    expect(resultIds(html)[0]).toBe("ouder-baby-interventie");
    expect(html).toMatch(/<mark>[^<]*[Dd]epress[^<]*<\/mark>/);
  });

  it("warns instead of listing a harmful practice", async () => {
    const html = await (await app.request("/interventies?q=holding%20therapie")).text();
    expect(visibleText(html)).toContain("geen erkende interventie");
    expect(html).toContain('href="/niet-doen#holding"');
    expect(resultIds(html)).not.toContain("holding");
  });

  it("says when the words find nothing, and links to the keuzehulp", async () => {
    const html = await (await app.request("/interventies?q=xylofoonles")).text();
    const notice = between(html, '<div class="hw-notice"', "</div>");
    expect(visibleText(notice)).toContain("Geen interventies gevonden voor “xylofoonles”.");
    expect(notice).toMatch(/<a href="\/keuzehulp">[^<]*keuzehulp[^<]*<\/a>/);
    expect(resultIds(html)).toEqual([]);
  });

  it("names the words that found nothing above the results of the other words", async () => {
    const html = await (await app.request("/interventies?q=theraplay%20xylofoonles")).text();
    const notice = between(html, '<div class="hw-notice"', "</div>");
    expect(visibleText(notice)).toContain("Niets gevonden voor “xylofoonles”");
    expect(notice).toContain('href="/keuzehulp"');
    expect(resultIds(html)).toContain("theraplay");
    expect(html.indexOf('class="hw-notice"')).toBeLessThan(html.indexOf('<ol class="hw-results-list">'));
  });

  it("says it in English under /en, with the English keuzehulp", async () => {
    const html = await (await app.request("/en/interventies?q=xylofoonles")).text();
    const notice = between(html, '<div class="hw-notice"', "</div>");
    expect(visibleText(notice)).toContain("No interventions found for “xylofoonles”.");
    expect(notice).toContain('href="/en/keuzehulp"');
  });

  it("shows no such notice when every word found something", async () => {
    const html = await (await app.request("/interventies?q=pleegzorg")).text();
    expect(html).not.toContain('class="hw-notice"');
  });

  it("paginates with links that keep the filters", async () => {
    const html = await (await app.request("/interventies?need=prevention&pageSize=3&page=2")).text();
    expect(resultIds(html)).toHaveLength(3);
    expect(html).toContain('<span aria-current="page">Pagina 2</span>');
    expect(html).toContain('href="/interventies?need=prevention&amp;pageSize=3&amp;page=3"');
  });

  it("draws the age chart as one image with title and description, bars in HTML, and a table alternative", async () => {
    const html = await (await app.request("/interventies")).text();
    const figure = between(html, '<figure class="hw-chart-figure">', "</figure>");
    expect(figure).toMatch(/<span id="age-chart-title" hidden="">Leeftijden per interventie<\/span>/);
    expect(figure).toMatch(/<span id="age-chart-desc" hidden="">/);
    expect(figure).toContain(
      '<div class="hw-chart" role="img" aria-labelledby="age-chart-title age-chart-desc">',
    );
    // Treatment is hatched (its own class), prevention solid, and each line says which it is.
    expect(figure).toContain("hw-chart__bar hw-chart__bar--treatment");
    expect(figure).toContain("PIPA · preventie");
    expect(figure).toContain("MBT-A · behandeling");
    const table = between(html, "Dezelfde gegevens als tabel", "</table>");
    expect(table).toContain("PIPA");
  });

  it("refuses an invalid age with an error summary", async () => {
    const res = await app.request("/interventies?age=oud");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('href="#age"');
  });
});

describe("/interventies/{id}", () => {
  it("shows summaries, the indications with their sources and a feedback link", async () => {
    const html = await (await app.request("/interventies/pipa")).text();
    const text = visibleText(html);
    expect(text).toContain("Voor professionals");
    expect(text).toContain("Voor beleidsmakers");
    const table = between(html, "<table", "</table>");
    expect(visibleText(table)).toContain("Preventieve interventies voor specifieke risicogroepen");
    expect(visibleText(table)).toContain("punt 6");
    expect(visibleText(table)).toContain("0 tot en met 4 jaar");
    expect(html).toContain('href="/reageer?over=pipa"');
    expect(html).toContain('role="img"');
  });

  it("flags a recognition older than five years as 'in herbeoordeling'", async () => {
    const withDates = catalog.interventions.filter((i) =>
      i.recognitions.some((r) => r.date && r.date < "2020"),
    );
    expect(withDates.length).toBeGreaterThan(0);
    for (const intervention of withDates) {
      const html = await (await app.request(`/interventies/${intervention.id}`)).text();
      expect(html, intervention.id).toContain("hw-tag--stale");
    }
    const recent = catalog.interventions.filter(
      (i) => i.recognitions.length > 0 && i.recognitions.every((r) => r.date && r.date >= "2022"),
    );
    for (const intervention of recent) {
      const html = await (await app.request(`/interventies/${intervention.id}`)).text();
      expect(html, intervention.id).not.toContain("hw-tag--stale");
    }
  });

  it("shows where sources disagree", async () => {
    const disagreeing = catalog.interventions.filter((i) => i.notes.some((n) => n.kind === "disagreement"));
    expect(disagreeing.length).toBeGreaterThan(0);
    for (const intervention of disagreeing) {
      const html = await (await app.request(`/interventies/${intervention.id}`)).text();
      expect(html).toContain('data-note-kind="disagreement"');
      expect(visibleText(html)).toContain("Bronnen verschillen");
    }
  });

  it("gives the key facts as a summary list, with the Databank pages the content cites", async () => {
    const html = await (await app.request("/interventies/basic-trust")).text();
    const facts = between(html, '<dl class="hw-summary-list hw-summary-list--facts">', "</dl>");
    const text = visibleText(facts);
    for (const row of [
      "Volledige naam",
      "Ook genoemd",
      "Soort preventie, behandeling",
      "Leeftijd",
      "Erkenning",
    ]) {
      expect(text).toContain(row);
    }
    expect(facts).toContain("hw-tag--stale");
    expect(text).toContain("Pagina’s in de Databank");
    expect(facts).toContain('href="https://www.nji.nl/interventies/basic-trustmethode"');
    expect(facts).toContain('href="https://www.nji.nl/interventies/basic-trust-methode"');
    // The key facts come before the per-source table.
    expect(html.indexOf("hw-summary-list--facts")).toBeLessThan(html.indexOf("<table"));
  });

  it("links only Databank pages the content names: none for PIPA, not the NCJ page for VIPP-SD", async () => {
    const pipa = await (await app.request("/interventies/pipa")).text();
    const pipaFacts = between(pipa, "hw-summary-list--facts", "</dl>");
    expect(visibleText(pipaFacts)).not.toMatch(/Pagina(’s)? in de Databank/);
    expect(pipaFacts).not.toContain("nji.nl");
    const vipp = between(
      await (await app.request("/interventies/vipp-sd")).text(),
      "hw-summary-list--facts",
      "</dl>",
    );
    expect(visibleText(vipp)).not.toMatch(/Pagina(’s)? in de Databank/);
    expect(vipp).not.toContain("ncj.nl");
  });

  it("redirects a harmful practice to its warning", async () => {
    const res = await app.request("/interventies/holding");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/niet-doen#holding");
    const en = await app.request("/en/interventies/rebirthing");
    expect(en.headers.get("location")).toBe("/en/niet-doen#rebirthing");
  });

  it("answers 404 for an unknown id", async () => {
    expect((await app.request("/interventies/onbekend")).status).toBe(404);
  });
});

describe("/vergelijken", () => {
  it("puts 2–4 interventions side by side", async () => {
    const html = await (await app.request("/vergelijken?ids=pipa,k-vht,ddp")).text();
    const head = between(html, "<thead", "</thead>");
    expect([...head.matchAll(/scope="col"/g)]).toHaveLength(4);
    expect(visibleText(head)).toContain("PIPA");
    expect(visibleText(head)).toContain("DDP");
  });

  it("accepts the ids as the form sends them (repeated)", async () => {
    const res = await app.request("/vergelijken?ids=pipa&ids=k-vht");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<table");
  });

  it("refuses fewer than two, more than four and unknown ids", async () => {
    for (const [query, message] of [
      ["ids=pipa", "Kies minstens 2"],
      ["ids=pipa,k-vht,ddp,nika,pcit", "Kies hoogstens 4"],
      ["ids=pipa,bestaat-niet", "Onbekende interventie: bestaat-niet"],
    ]) {
      const res = await app.request(`/vergelijken?${query}`);
      expect(res.status, query).toBe(400);
      const html = await res.text();
      expect(visibleText(html), query).toContain(message);
      expect(html, query).not.toContain("<table");
    }
  });
});

describe("/beleidsmakers", () => {
  it("shows coverage per age band with gaps in words", async () => {
    const html = await (await app.request("/beleidsmakers")).text();
    const prevention = between(html, 'data-kind="prevention"', "</table>");
    for (const band of [
      "eerste levensjaar",
      "1 tot en met 3 jaar",
      "4 tot en met 6 jaar",
      "7 tot en met 12 jaar",
      "13 tot en met 17 jaar",
      "18 jaar",
    ])
      expect(prevention).toContain(`>${band}</th>`);
    const foster = between(prevention, 'data-situation="foster-care"', "</tr>");
    expect(foster).toContain("PIPA");
    // Nobody offers prevention for foster children of 13–17: a gap, said in text.
    expect(foster).toContain('<span class="hw-tag hw-tag--gap">gat</span>');
    expect(html).toContain('href="/api/v1/export.csv"');
    expect(html).toContain('href="/api/v1/coverage"');
  });

  it("shows the gaps that remain with only the contracted interventions", async () => {
    const all = await (await app.request("/beleidsmakers")).text();
    const some = await (await app.request("/beleidsmakers?filter=1&contracted=pipa")).text();
    const gaps = (html: string) => (html.match(/hw-tag--gap">gat</g) ?? []).length;
    expect(gaps(some)).toBeGreaterThan(gaps(all));
    const foster = between(
      between(some, 'data-kind="prevention"', "</table>"),
      'data-situation="foster-care"',
      "</tr>",
    );
    expect(foster).toContain("PIPA");
    expect(foster).not.toContain("VIPP-SD");
    expect(some).toMatch(/id="contracted-pipa"[^>]*checked/);
    expect(some).not.toMatch(/id="contracted-vipp-sd"[^>]*checked/);
  });
});
