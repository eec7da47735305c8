import { beforeAll, describe, expect, it } from "vitest";
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
