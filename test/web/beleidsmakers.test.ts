import { beforeAll, describe, expect, it } from "vitest";
import { nl } from "../../src/domain/messages/nl.js";
import { recognitionLevels } from "../../src/domain/recognition.js";
import type { Catalog } from "../../src/domain/types.js";
import { computeCoverage, coverageSummary } from "../../src/engine/index.js";
import { buildAssets } from "../../src/web/assets/bundle.js";
import { between, createTestWebApp, visibleText } from "./helpers.js";

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
let catalog: Catalog;
beforeAll(async () => {
  ({ app, catalog } = await createTestWebApp());
});

const page = async (url: string) => (await app.request(url)).text();

/** One row of one kind's table. */
function tableRow(html: string, kind: string, situation: string): string {
  return between(between(html, `data-kind="${kind}"`, "</table>"), `data-situation="${situation}"`, "</tr>");
}

describe("/beleidsmakers: an age the source does not state is not a cover", () => {
  it("shows the shelter row's Tijd voor Toontje as 'leeftijd niet vermeld' and counts its cells as gaps", async () => {
    const shelter = tableRow(await page("/beleidsmakers"), "prevention", "domestic-violence-shelter");
    const cells = shelter.split("<td").slice(1);
    expect(cells).toHaveLength(6);
    for (const cell of cells) {
      expect(cell).toContain('class="utrecht-table__cell hw-gap"');
      expect(cell).toContain('data-age-basis="not-stated"');
      expect(visibleText(`<td${cell}`)).toContain("Tijd voor Toontje leeftijd niet vermeld");
      expect(visibleText(`<td${cell}`)).toContain("niet geteld:");
    }
  });

  it("counts it when the user ticks 'tel ook leeftijden …', still marked as not stated", async () => {
    const html = await page("/beleidsmakers?count=all");
    expect(html).toMatch(/id="count-all"[^>]*checked/);
    expect(html).toContain(
      '<label for="count-all">Tel ook leeftijden die niet of alleen uit de context vermeld zijn</label>',
    );
    const shelter = tableRow(html, "prevention", "domestic-violence-shelter");
    expect(shelter).not.toContain("hw-gap");
    expect(shelter).not.toContain("niet geteld");
    expect(visibleText(shelter)).toContain("leeftijd niet vermeld");
  });

  it("marks ITGG's age as from the context in the multiple-disabilities treatment row", async () => {
    const html = await page("/en/beleidsmakers");
    const row = tableRow(html, "treatment", "multiple-disabilities");
    expect(row).toContain('data-intervention="itgg" data-age-basis="context"');
    expect(visibleText(row)).toContain("ITGG age from the context");
  });
});

describe("/beleidsmakers: recognition beside every intervention", () => {
  it("gives each tickable intervention its levels, several when the sources differ, and 'in herbeoordeling'", async () => {
    const html = await page("/beleidsmakers");
    for (const intervention of catalog.interventions) {
      const description = between(
        html,
        `id="contracted-${intervention.id}-description" class="hw-choice__description">`,
        "</span></span>",
      );
      for (const level of recognitionLevels(intervention))
        expect(description).toContain(nl.site.recognition[level]);
      expect(html).toMatch(
        new RegExp(
          `id="contracted-${intervention.id}"[^>]*aria-describedby="contracted-${intervention.id}-description"`,
        ),
      );
    }
    const pcit = between(
      html,
      'id="contracted-pcit-description" class="hw-choice__description">',
      "</span></span>",
    );
    expect(pcit).toContain("Effectief volgens goede aanwijzingen / Effectief volgens eerste aanwijzingen");
    expect(pcit).toContain("bronnen verschillen");
    // The test clock is 2026-01-15: NIKA (2014) is in review, Video-hometraining (2022) is not.
    expect(
      between(html, 'id="contracted-nika-description" class="hw-choice__description">', "</span></span>"),
    ).toContain("in herbeoordeling");
    expect(
      between(
        html,
        'id="contracted-video-hometraining-description" class="hw-choice__description">',
        "</span></span>",
      ),
    ).not.toContain("herbeoordeling");
  });

  it("names the recognition in the table cells too", async () => {
    const cell = tableRow(await page("/en/beleidsmakers"), "prevention", "disorganised-attachment-risk");
    expect(visibleText(cell)).toContain("NIKA Well-founded");
    expect(cell).toContain('<span class="hw-tag hw-tag--stale">under review</span>');
  });
});

describe("/beleidsmakers: the written summary of the main gaps", () => {
  const summary = (html: string) =>
    [...between(html, 'aria-labelledby="summary-title"', "</section>").matchAll(/<li>([^<]*)<\/li>/g)].map(
      (m) => m[1],
    );

  it("shows the summary above the tables, in Dutch and in English", async () => {
    const html = await page("/beleidsmakers");
    expect(html.indexOf('id="summary-title"')).toBeLessThan(html.indexOf('data-kind="prevention"'));
    expect(summary(html)).toEqual(coverageSummary(computeCoverage(catalog), catalog, "nl"));
    expect(summary(html)[0]).toBe("Geen algemene preventie vanaf 13 jaar.");
    expect(summary(await page("/en/beleidsmakers"))[0]).toBe("No general prevention from 13 years.");
  });

  it("follows the contracted interventions", async () => {
    const html = await page("/beleidsmakers?filter=1&contracted=pipa");
    expect(summary(html)).toContain("Geen algemene preventie.");
  });
});

describe("/beleidsmakers: download and print the remaining gaps", () => {
  it("links the gap CSV for exactly the chosen view, in the page's language", async () => {
    const html = await page("/en/beleidsmakers?filter=1&contracted=pipa&contracted=vipp-sd&count=all");
    const href = between(html, 'href="/api/v1/coverage.csv?', '"').replace(/&amp;/g, "&");
    const query = new URLSearchParams(href);
    expect(query.getAll("contracted")).toEqual(["pipa", "vipp-sd"]);
    expect(query.get("count")).toBe("all");
    expect(query.get("lang")).toBe("en");
    expect(html).toContain('href="/api/v1/coverage?contracted=pipa&amp;contracted=vipp-sd&amp;count=all"');
  });

  it("leaves the form and the downloads out of print", async () => {
    const html = await page("/beleidsmakers");
    expect(html).toContain('<section class="hw-card hw-no-print" aria-labelledby="contracted-title">');
    expect(html).toContain('<section class="hw-no-print" aria-labelledby="downloads-title">');
    const css = buildAssets().css.body.toString();
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/\.hw-no-print/);
    expect(print).toMatch(/\.hw-table-scroll\{?\s*overflow:\s*visible/);
  });
});
