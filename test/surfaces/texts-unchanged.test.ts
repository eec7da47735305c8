import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { gapExportRows } from "../../src/engine/coverage-export.js";
import { COVERAGE_COUNTS, computeCoverage, coverageSummary } from "../../src/engine/index.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { runCliCaptured } from "../cli/support/run-cli.js";
import { createTestWebApp } from "../web/helpers.js";
import { english, PAGES_INVALID, PAGES_NOT_FOUND, PAGES_OK } from "../web/pages.js";

/*
 * Every text the product writes, pinned byte for byte: each page and page state in
 * Dutch and English, the command line's help, advice, search and error output, and the
 * coverage summary and gap export in every way of counting.
 * The texts moved into one message catalogue per language (decision 079); this test
 * keeps every answer the same. A deliberate change of a text or of the content
 * updates the pinned files with `npx vitest run test/surfaces/texts-unchanged.test.ts -u`.
 */

const PINNED = join(PROJECT_ROOT, "test/surfaces/__pinned__");

/** The form's CSRF token differs on every request; the rest of the page does not. */
function withoutToken(html: string): string {
  return html.replace(/name="csrf" value="[^"]+"/g, 'name="csrf" value="…"');
}

function fileName(path: string): string {
  return `${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}`;
}

describe("pages answer with the same texts", () => {
  const paths = [...PAGES_OK, ...PAGES_INVALID, ...PAGES_NOT_FOUND];
  for (const path of paths) {
    for (const [lang, url] of [
      ["nl", path],
      ["en", english(path)],
    ] as const) {
      it(`${lang} ${path}`, async () => {
        const { app } = await createTestWebApp();
        const res = await app.request(url);
        const html = withoutToken(await res.text());
        await expect(`${res.status}\n${html}`).toMatchFileSnapshot(
          join(PINNED, "pages", lang, `${fileName(path)}.txt`),
        );
      });
    }
  }

  it("the feedback form's error summary", async () => {
    const { app } = await createTestWebApp();
    for (const lang of ["nl", "en"] as const) {
      const path = lang === "nl" ? "/reageer" : "/en/reageer";
      const form = await app.request(path);
      const cookie = (form.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const csrf = (await form.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? "";
      const res = await app.request(path, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        body: new URLSearchParams({ about: "/", message: "a".repeat(5001), csrf }).toString(),
      });
      const html = withoutToken(await res.text());
      await expect(`${res.status}\n${html}`).toMatchFileSnapshot(
        join(PINNED, "pages", lang, "reageer-post.txt"),
      );
    }
  });
});

const ADVICE_CASES: { name: string; request: unknown }[] = JSON.parse(
  readFileSync(join(PROJECT_ROOT, "test/fixtures/advice-cases.json"), "utf8"),
).cases;

const CLI_RUNS: readonly (readonly string[])[] = [
  [],
  ["--help"],
  ["advise"],
  ["advice", "--help"],
  ["search", "--help"],
  ["content", "--help"],
  ["db", "--help"],
  ["advice"],
  ["advice", "--age", "99", "--need", "prevention"],
  ["advice", "--age", "3", "--need", "nothing"],
  ["advice", "--age", "3", "--age-months", "4", "--need", "prevention"],
  ["advice", "--age", "3", "--need", "prevention", "--situation", "weeshuis"],
  ["advice", "--age", "3", "--need", "prevention", "--precondition", "x"],
  ["advice", "--age", "3", "--need", "prevention", "--bogus"],
  ["advice", "--age", "2", "--need", "either", "--situation", "foster-care"],
  ["advice", "--age-months", "8", "--need", "either", "--precondition", "emotionallyAvailableCaregiver=no"],
  ["advice", "--pregnancy-week", "20", "--need", "prevention"],
  ["advice", "--pregnancy-week", "30", "--need", "prevention", "--situation", "teenage-single-mother"],
  ["advice", "--age", "12", "--need", "treatment"],
  ["advice", "--age", "17", "--need", "prevention", "--json"],
  ["search", "pleegzorg"],
  ["search", "holding"],
  ["search", "xyzzy"],
  ["search", "baby", "pleegzorg", "xyzzy"],
  ["search", "--age", "x"],
  ["search", "--situation", "weeshuis"],
  ["search", "pleegzorg", "--json"],
  ["search", "--page-size", "5", "--page", "2"],
  ["content", "validate"],
  ["content", "list"],
  ["content", "bogus"],
  ["db"],
  ["db", "bogus"],
];

describe("the command line writes the same texts", () => {
  const runs = CLI_RUNS.flatMap((args) => [args, [...args, "--lang", "en"]]);
  it("for help, errors, advice and search", async () => {
    const out: string[] = [];
    for (const args of runs) {
      const { code, stdout, stderr } = await runCliCaptured(args);
      out.push(`$ ${args.join(" ")}\n[${code}]\n${stdout}\n--- stderr\n${stderr}`);
    }
    await expect(out.join("\n=====\n")).toMatchFileSnapshot(join(PINNED, "cli.txt"));
  });

  it("for every worked advice case, as text and as JSON", async () => {
    const out: string[] = [];
    for (const { name, request } of ADVICE_CASES) {
      for (const lang of ["nl", "en"]) {
        for (const json of [false, true]) {
          const args = ["advice", "--input", "-", "--lang", lang, ...(json ? ["--json"] : [])];
          const { code, stdout, stderr } = await runCliCaptured(args, { stdin: JSON.stringify(request) });
          out.push(`# ${name} (${args.join(" ")})\n[${code}]\n${stdout}\n--- stderr\n${stderr}`);
        }
      }
    }
    await expect(out.join("\n=====\n")).toMatchFileSnapshot(join(PINNED, "advice-cases.txt"));
  });
});

describe("the coverage words off the pages stay the same", () => {
  it("for the gap summary and the gap export, every way of counting", async () => {
    const catalog = await loadCatalog();
    const out: unknown[] = [];
    for (const lang of ["nl", "en"] as const) {
      for (const count of COVERAGE_COUNTS) {
        for (const includeGeneral of [false, true]) {
          const coverage = computeCoverage(catalog, { count, includeGeneral });
          out.push({
            lang,
            count,
            includeGeneral,
            summary: coverageSummary(coverage, catalog, lang),
            gaps: gapExportRows(coverage, catalog, lang),
          });
        }
      }
    }
    await expect(`${JSON.stringify(out, null, 1)}\n`).toMatchFileSnapshot(join(PINNED, "coverage.txt"));
  });
});
