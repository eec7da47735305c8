import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/domain/types.js";
import { between, createTestWebApp, keuzehulpQuery, visibleText } from "./helpers.js";

/*
 * Issue 11 on the catalogue pages: ages read as words with each end's basis, every
 * recognition level on the result cards with the "in herbeoordeling" badge, and one
 * name per level. The test app's clock is 2026-01-15.
 */

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
let catalog: Catalog;
beforeAll(async () => {
  ({ app, catalog } = await createTestWebApp());
});

const page = async (url: string) => (await app.request(url)).text();

/** The result card of one intervention on a /interventies page (its facts list). */
function card(html: string, id: string, prefix = ""): string {
  return between(html, `<a href="${prefix}/interventies/${id}">`, "</dl>");
}

// The shorthand the pages used before: "0–±6", "0–0", "2–12, niet vermeld", "7+", "zwangerschapsweek 28–".
const SHORTHAND = /\d\s*–\s*±?\d|\d\+|zwangerschapsweek|pregnancy week|\d+, niet vermeld/;

describe("ages in words on the catalogue pages", () => {
  it("no list card, detail page or comparison writes an age in shorthand", async () => {
    const urls = [
      "/interventies",
      "/en/interventies",
      "/vergelijken?ids=voorzorg,ddp,basic-trust,shantala-babymassage",
      ...catalog.interventions.flatMap((i) => [`/interventies/${i.id}`, `/en/interventies/${i.id}`]),
    ];
    for (const url of urls) {
      const text = visibleText(between(await page(url), "<main", "</main>"));
      expect(text, url).not.toMatch(SHORTHAND);
    }
  });

  it("a card names each age with the kind it is for", async () => {
    const basicTrust = visibleText(card(await page("/interventies"), "basic-trust"));
    // Basic Trust's nji treatment indication states no age; its richtlijn ones do.
    expect(basicTrust).toContain("behandeling: leeftijd niet vermeld in de bron");
    expect(basicTrust).toContain("behandeling: 2 tot en met 12 jaar");
  });

  it("the indications table says which end the source states, never 'stated' for both", async () => {
    // DDP: "tot 18 jaar" states the upper end; the lower end (7) is the list's heading.
    const table = visibleText(between(await page("/interventies/ddp"), "<tbody", "</tbody>"));
    expect(table).toContain("7 tot en met 17 jaar (bovengrens vermeld, ondergrens uit de lijst)");
    expect(table).toContain("in de bron: “tot 18 jaar”");
    expect(table).not.toContain("leeftijd genoemd bij de interventie");
  });

  it("the age chart starts both VoorZorg bars in pregnancy, and marks the one without an end open", async () => {
    const chart = between(await page("/interventies/voorzorg"), '<div class="hw-chart"', "</figure>");
    const bars = [...chart.matchAll(/<span class="(hw-chart__bar [^"]*)" title="([^"]*)"/g)];
    expect(bars).toHaveLength(2);
    // Slot 0 is the pregnancy column, before age 0 (slot 1).
    for (const [, classes] of bars) expect(classes).toContain("hw-chart__from-0 ");
    const open = bars.find(([, , title]) => title?.includes("ondergrens vermeld zonder week"));
    expect(open?.[1]).toContain("hw-chart__bar--open");
  });
});

describe("recognition on the result cards", () => {
  it("shows both of PCIT's levels on its card, not only on its page", async () => {
    const pcit = visibleText(card(await page("/interventies"), "pcit"));
    expect(pcit).toContain("Effectief volgens goede aanwijzingen");
    expect(pcit).toContain("Effectief volgens eerste aanwijzingen");
    expect(pcit).toContain("de bronnen verschillen");
  });

  it("badges a card 'in herbeoordeling' when the latest recognition is over five years old", async () => {
    const list = await page("/interventies");
    expect(visibleText(card(list, "k-vht"))).toContain("in herbeoordeling"); // 2017-12-16
    expect(visibleText(card(list, "voorzorg"))).not.toContain("in herbeoordeling"); // 2021-09-30
    expect(visibleText(card(list, "video-hometraining"))).not.toContain("in herbeoordeling"); // 2022-03-25
    expect(visibleText(card(await page("/en/interventies"), "k-vht", "/en"))).toContain("under review");
  });

  it("gives a level the same English name on the pages as in the advice", async () => {
    const advice = visibleText(
      await page(`/en/keuzehulp?${keuzehulpQuery({ child: { ageYears: 2 }, need: "prevention" })}`),
    );
    const named = [...advice.matchAll(/The recognition \(([^,]+), [^)]*\) is more than/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const list = visibleText(await page("/en/interventies"));
    for (const name of new Set(named)) expect(list).toContain(`${name} `);
    // Not a second name beside it, as "Well-founded (goed onderbouwd)" once was.
    expect(list).not.toMatch(/Well-founded \(goed/);
  });
});

describe("sources of the summaries on the detail page", () => {
  it("names the sources a summary rests on, with links", async () => {
    const html = await page("/interventies/pcit");
    const line = between(html, "Bronnen van deze samenvatting:", "</p>");
    expect(line).toContain('href="/bronnen#richtlijn"');
    expect(line).toContain('href="https://www.nji.nl/interventies/parent-child-interaction-therapy-pcit"');
  });

  it("marks what no source gave as the project's own description, in Dutch and English", async () => {
    const dutch = visibleText(await page("/interventies/sherborne-samenspel"));
    expect(dutch).toMatch(
      /Eigen beschrijving van Hechtingswijzer; geen bron gevonden: .*op beweging gebaseerde/,
    );
    const english = visibleText(await page("/en/interventies/theraplay"));
    expect(english).toMatch(/Hechtingswijzer's own description; no source found: .*play therapy/);
  });
});

describe("recognition on the comparison", () => {
  it("gives every level, says when the sources differ, and flags a recognition in review", async () => {
    const html = await (await app.request("/vergelijken?ids=pcit,nika")).text();
    const row = visibleText(between(html, "Erkenning", "</tr>"));
    expect(row).toContain("Effectief volgens goede aanwijzingen / Effectief volgens eerste aanwijzingen");
    expect(row).toContain("bronnen verschillen");
    // The test clock is 2026-01-15: NIKA's recognition of 2014 is in review, PCIT's (undated) is not.
    expect(row.match(/in herbeoordeling/g)).toHaveLength(1);
  });
});
