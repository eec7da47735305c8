import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Catalog } from "../../src/domain/types.js";
import type { Advice } from "../../src/engine/index.js";
import { runCliCaptured } from "../cli/support/run-cli.js";
import { adviseOn } from "../engine/arbitraries.js";
import { createTestWebApp, keuzehulpQuery, visibleText } from "../web/helpers.js";

/**
 * Issue 11, point 5: "Web, CLI and API carry the same information." For requests that
 * recommend nothing, the outcome sentence and every next step the engine (the API's
 * answer) gives appear word for word on the keuzehulp page and in the CLI's text.
 */

const DEAD_ENDS = [
  { child: { pregnancyWeek: 20 }, need: "prevention", situations: ["foster-care"] },
  { child: { ageYears: 3 }, need: "treatment", situations: [] },
  { child: { pregnancyWeek: 10 }, need: "treatment", situations: [] },
  {
    child: { ageYears: 5 },
    need: "prevention",
    situations: ["adoption"],
    preconditions: { safeStablePlace: "no", emotionallyAvailableCaregiver: "unknown" },
  },
];

let catalog: Catalog;
let web: Awaited<ReturnType<typeof createTestWebApp>>["app"];
beforeAll(async () => {
  catalog = await loadCatalog();
  ({ app: web } = await createTestWebApp(catalog));
});

function advise(request: object, lang: "nl" | "en"): Advice {
  return adviseOn(catalog, { ...request, lang }, new Date());
}

function cliArgs(request: (typeof DEAD_ENDS)[number], lang: string): string[] {
  const { child } = request;
  const args = ["advice", "--need", request.need, "--lang", lang, "--no-color"];
  if ("pregnancyWeek" in child) args.push("--pregnancy-week", String(child.pregnancyWeek));
  if ("ageYears" in child) args.push("--age", String(child.ageYears));
  for (const code of request.situations) args.push("--situation", code);
  for (const [key, answer] of Object.entries(request.preconditions ?? {})) {
    args.push("--precondition", `${key}=${answer}`);
  }
  return args;
}

const folded = (text: string) => text.replace(/\s+/g, " ");

describe("next steps reach every surface", () => {
  for (const request of DEAD_ENDS) {
    for (const lang of ["nl", "en"] as const) {
      it(`${JSON.stringify(request)} (${lang})`, async () => {
        const advice = advise(request, lang);
        expect(advice.recommended).toEqual([]);
        expect(advice.nextSteps.length).toBeGreaterThan(0);

        const path = `${lang === "en" ? "/en" : ""}/keuzehulp?${keuzehulpQuery(request)}`;
        const page = visibleText(await (await web.request(path)).text());
        const cli = await runCliCaptured(cliArgs(request, lang));
        expect(cli.code).toBe(0);
        for (const said of [advice.outcome.text, ...advice.nextSteps.map((step) => step.text)]) {
          expect(page).toContain(folded(said));
          expect(folded(cli.stdout)).toContain(folded(said));
        }
      });
    }
  }
});
