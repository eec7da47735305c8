import { beforeAll, describe, expect, it } from "vitest";
import { firstSentence } from "../../src/web/pages/keuzehulp/result-card.js";
import { ADVICE_EXAMPLES } from "../fixtures/advice-examples.js";
import { between, createTestWebApp, interventionIdsIn, keuzehulpQuery, visibleText } from "./helpers.js";

const cases = ADVICE_EXAMPLES;

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
beforeAll(async () => {
  ({ app } = await createTestWebApp());
});

/** The recommended ids in page order: the list under the "recommended" (or "once met") heading. */
function recommendedIds(html: string): string[] {
  const list = between(html, 'aria-labelledby="recommended-title"', "</ol>");
  return interventionIdsIn(`<x ${list}`);
}

describe("keuzehulp result", () => {
  it("puts PIPA above K-VHT for a foster child of 3 (prevention)", async () => {
    const res = await app.request("/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care");
    expect(res.status).toBe(200);
    const ids = recommendedIds(await res.text());
    expect(ids).toContain("pipa");
    expect(ids).toContain("k-vht");
    expect(ids.indexOf("pipa")).toBeLessThan(ids.indexOf("k-vht"));
  });

  it("is never cached and carries only codes and numbers in its address", async () => {
    const res = await app.request("/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const html = await res.text();
    // The form the result is built from has no free-text field: every input is a code or a number.
    const form = between(html, '<form method="get" action="/keuzehulp"', "</form>");
    const names = new Set([...form.matchAll(/name="([^"]+)"/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual([
      "age",
      "emotionallyAvailableCaregiver",
      "need",
      "safeStablePlace",
      "situation",
      "unit",
    ]);
    expect(form).not.toContain("<textarea");
  });

  it("shows reasons with source citations, caveats, 'past niet' folded away and the harmful-practice warning", async () => {
    const html = await (
      await app.request("/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care")
    ).text();
    const pipa = between(html, 'data-intervention="pipa"', "</li></ul>");
    expect(pipa).toContain("/bronnen#richtlijn");
    expect(visibleText(pipa)).toMatch(/punt 6/);
    expect(html).toMatch(/<details class="hw-not-suitable"><summary>Past niet \(\d+\)<\/summary>/);
    expect(between(html, '<details class="hw-not-suitable">', "</details>")).toContain(
      'data-intervention="mbt-a"',
    );
    for (const id of ["dwang", "therapeutisch-vasthouden", "holding", "rebirthing"]) {
      expect(html).toContain(`href="/niet-doen#${id}"`);
    }
    // Unknown preconditions (the default) come with a notice to check them.
    expect(html).toContain('class="hw-notice" role="status"');
  });

  it("blocks the advice when a precondition is not met and shows what fits once it is", async () => {
    const html = await (
      await app.request("/keuzehulp?age=5&unit=years&need=prevention&situation=adoption&safeStablePlace=no")
    ).text();
    expect(visibleText(html)).toContain("Eerst de voorwaarden");
    expect(html).not.toContain('id="recommended-title"');
    const onceMet = interventionIdsIn(`<x ${between(html, 'aria-labelledby="once-met-title"', "</ol>")}`);
    expect(onceMet).toEqual(expect.arrayContaining(["vipp-sd", "basic-trust"]));
  });

  it("reads months as completed years and an unborn child by pregnancy week", async () => {
    const baby = recommendedIds(
      await (await app.request("/keuzehulp?age=3&unit=months&need=prevention")).text(),
    );
    expect(baby).toEqual(expect.arrayContaining(["vipp-sd", "k-vht"]));
    expect(baby).not.toContain("basic-trust");
    const unborn = recommendedIds(
      await (
        await app.request(
          "/keuzehulp?age=32&unit=pregnancy-week&need=prevention&situation=teenage-single-mother",
        )
      ).text(),
    );
    expect(unborn).toEqual(["voorzorg"]);
  });

  describe("follows every worked example", () => {
    for (const example of cases) {
      it(example.name, async () => {
        const request = example.request as Parameters<typeof keuzehulpQuery>[0];
        const res = await app.request(`/keuzehulp?${keuzehulpQuery(request)}`);
        const html = await res.text();
        if (example.invalid) {
          expect(res.status).toBe(400);
          expect(html).toContain('role="alert"');
          return;
        }
        expect(res.status).toBe(200);
        if (example.status === "preconditions-not-met") {
          expect(html).not.toContain('id="recommended-title"');
          const onceMet = interventionIdsIn(
            `<x ${between(html, 'aria-labelledby="once-met-title"', "</ol>")}`,
          );
          expect(onceMet).toEqual(expect.arrayContaining(example.onceMetIncludes ?? []));
          return;
        }
        const ids = recommendedIds(html);
        for (const id of example.mustRecommend ?? []) expect(ids).toContain(id);
        for (const id of example.mustNotRecommend ?? []) expect(ids).not.toContain(id);
        for (const [above, below] of example.ranksAbove ?? []) {
          expect(ids.indexOf(above)).toBeLessThan(ids.indexOf(below));
        }
      });
    }
  });
});

describe("keuzehulp with invalid input", () => {
  it("answers 400 with the error summary at the top and keeps what was entered", async () => {
    const res = await app.request("/keuzehulp?age=drie&unit=years&situation=foster-care&safeStablePlace=no");
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const html = await res.text();
    expect(html).toMatch(/<title>Fout: Keuzehulp/);
    const main = between(html, '<main id="inhoud"', "</main>");
    // The summary comes before the form.
    expect(main.indexOf("hw-error-summary")).toBeGreaterThan(-1);
    expect(main.indexOf("hw-error-summary")).toBeLessThan(main.indexOf("<form"));
    expect(between(main, "hw-error-summary", "</div>")).toContain('href="#age"');
    expect(between(main, "hw-error-summary", "</div>")).toContain('href="#need-prevention"');
    // Input kept: the typed age, the checked situation and the precondition answer.
    expect(html).toMatch(/id="age"[^>]*value="drie"/);
    expect(html).toMatch(/id="situation-foster-care"[^>]*checked/);
    expect(html).toMatch(/id="precondition-safeStablePlace-no"[^>]*checked/);
    // The field says what is wrong and is tied to its message.
    expect(html).toMatch(/id="age"[^>]*aria-invalid="true"[^>]*aria-describedby="age-hint age-error"/);
  });

  it("names the allowed range for an age out of scope, per unit", async () => {
    const years = visibleText(
      await (await app.request("/keuzehulp?age=19&unit=years&need=treatment")).text(),
    );
    expect(years).toContain("De leeftijd in jaren moet tussen 0 en 18 liggen");
    const weeks = visibleText(
      await (await app.request("/en/keuzehulp?age=50&unit=pregnancy-week&need=prevention")).text(),
    );
    expect(weeks).toContain("The pregnancy week must be between 1 and 42");
  });

  it("refuses an unknown situation code instead of ignoring it", async () => {
    const res = await app.request("/keuzehulp?age=5&unit=years&need=prevention&situation=orphanage");
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain("Kies alleen situaties uit de lijst");
  });
});

describe("keuzehulp result as a summary (issue 14)", () => {
  const FOSTER = "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care";

  it("opens with the question as a summary list, each answer with a 'Wijzigen' link to its field", async () => {
    const html = await (await app.request(FOSTER)).text();
    const summary = between(html, '<dl class="hw-summary-list">', "</dl>");
    const text = visibleText(summary);
    expect(text).toContain("Voor een kind van 3 jaar");
    expect(text).toContain("Gezocht Preventie");
    expect(text).toContain("Situatie pleegkind / pleegzorg");
    expect(text).toContain("Het kind heeft een veilige en stabiele plek weet ik niet");
    const links = [...summary.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
    const edit = "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care&edit=1";
    expect(links).toEqual([
      `${edit}#child`,
      `${edit}#need`,
      `${edit}#situation`,
      `${edit}#precondition-emotionallyAvailableCaregiver`,
      `${edit}#precondition-safeStablePlace`,
    ]);
  });

  it("'Wijzigen' shows the form with every answer kept and no result", async () => {
    const res = await app.request(
      "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care&safeStablePlace=no&edit=1",
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const html = await res.text();
    expect(html).toMatch(/id="age"[^>]*value="3"/);
    expect(html).toMatch(/id="need-prevention"[^>]*checked/);
    expect(html).toMatch(/id="situation-foster-care"[^>]*checked/);
    expect(html).toMatch(/id="precondition-safeStablePlace-no"[^>]*checked/);
    expect(html).not.toContain("hw-result-card");
    // The form does not carry the flag, so sending it shows the result again.
    expect(between(html, '<form method="get" action="/keuzehulp"', "</form>")).not.toContain('name="edit"');
  });

  it("states the outcome in one sentence and folds the form away behind 'Gegevens aanpassen'", async () => {
    const html = await (await app.request(FOSTER)).text();
    expect(html).toMatch(/<p class="hw-outcome" role="status" id="recommended-title">5 interventies passen/);
    expect(html).toMatch(
      /<details class="hw-no-print hw-change-form" id="keuzehulp-form"><summary>Gegevens aanpassen<\/summary><form method="get" action="\/keuzehulp"/,
    );
  });

  it("shows each recommendation as a short card: one line, badges, reasons and sources folded away", async () => {
    const html = await (await app.request(FOSTER)).text();
    const kvht = between(html, '<li class="hw-result-card" data-intervention="k-vht">', "</details>");
    const text = visibleText(kvht);
    expect(text).toContain(
      "K-VHT is een korte vorm van video-hometraining voor gezinnen met jonge kinderen.",
    );
    expect(text).toContain("algemeen");
    expect(text).toContain("Goed onderbouwd, 16-12-2017");
    expect(text).toContain("in herbeoordeling");
    expect(text).toContain("Leeftijd: 0 tot en met 4 jaar");
    expect(kvht).toMatch(
      /<details class="hw-result-card__why"><summary>Waarom, let op en bronnen<\/summary>/,
    );
    expect(kvht).toContain("punt 3");
    const pipa = visibleText(between(html, 'data-intervention="pipa"', "</details>"));
    expect(pipa).toContain("voor de gekozen situatie");
    expect(pipa).toContain("geen erkenning vermeld");
  });

  it("lets the reader tick cards and compare them on /vergelijken without JavaScript", async () => {
    const html = await (await app.request(FOSTER)).text();
    const form = between(html, '<form method="get" action="/vergelijken"', "</form>");
    expect(form).toContain('<input type="checkbox" id="compare-pipa" name="ids" value="pipa"/>');
    expect(form).toContain(
      '<label for="compare-pipa">Vergelijken<span class="hw-visually-hidden"> PIPA</span>',
    );
    expect(visibleText(form)).toContain("Vergelijk geselecteerde");
    // What the browser sends for two ticked cards is what the comparison page reads.
    const compared = await app.request("/vergelijken?ids=pipa&ids=k-vht");
    expect(compared.status).toBe(200);
    expect(await compared.text()).toContain('<caption class="utrecht-table__caption" id="compare-caption">');
  });

  it("keeps 'Niet doen' as one compact warning naming every practice, with a link to the full page", async () => {
    const html = await (await app.request(FOSTER)).text();
    const warning = between(html, '<section class="hw-warning hw-warning--compact"', "</section>");
    for (const id of ["dwang", "therapeutisch-vasthouden", "holding", "rebirthing"]) {
      expect(warning).toContain(`href="/niet-doen#${id}"`);
    }
    expect(warning).toContain('href="/niet-doen"');
    expect(html.match(/class="hw-warning/g)).toHaveLength(1);
  });

  it("prints with the date and the knowledge base's revision", async () => {
    const html = await (await app.request(FOSTER)).text();
    expect(visibleText(between(html, '<p class="hw-print-only">', "</p>"))).toBe(
      "Opgesteld op 15 januari 2026 met de kennisbank van Hechtingswijzer, revisie 1. Deze uitkomst opnieuw bekijken: /keuzehulp?age=3&unit=years&need=prevention&situation=foster-care",
    );
  });
});

describe("a card's one line", () => {
  it("is the summary up to the first full stop that ends a sentence", () => {
    expect(firstSentence("K-VHT is kort. Het duurt 3 weken.")).toBe("K-VHT is kort.");
    // A stop inside a number or before a lower-case word does not end the sentence.
    expect(firstSentence("Ongeveer 2.5 jaar, bijv. thuis. Daarna meer.")).toBe(
      "Ongeveer 2.5 jaar, bijv. thuis.",
    );
    expect(firstSentence("Geen punt")).toBe("Geen punt");
  });
});
