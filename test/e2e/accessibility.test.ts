import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { english, PAGES_INVALID, PAGES_NOT_FOUND, PAGES_OK } from "../web/page-paths.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { startTestServer, type TestServer } from "./support/server.js";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = browser.context;
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs axe on the page as it is now; returns the violations in a readable form. */
async function violations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

const ALL_PATHS = [...PAGES_OK, ...PAGES_INVALID, ...PAGES_NOT_FOUND, "/api/docs"].flatMap((p) => [
  p,
  english(p),
]);

describe("axe (WCAG 2.1 A and AA) on every page and state, Dutch and English", {
  timeout: BROWSER_TEST_TIMEOUT,
}, () => {
  for (const path of ALL_PATHS) {
    it(path, async () => {
      await page.goto(server.url + path);
      expect(await violations()).toEqual([]);
    });
  }

  it("the opened 'past niet' list and the chart table", async () => {
    await page.goto(`${server.url}/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care`);
    await page.locator("details.hw-not-suitable summary").click();
    expect(await violations()).toEqual([]);
    // Every card's reasons and sources, the warning's reasons and the folded-away form, open.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>("main details"))
        details.open = true;
    });
    expect(await violations()).toEqual([]);
    await page.goto(`${server.url}/interventies/basic-trust`);
    for (const summary of await page.locator("details summary").all()) await summary.click();
    expect(await violations()).toEqual([]);
  });

  it("the feedback form with errors and after an expired token", async () => {
    await page.goto(`${server.url}/reageer`);
    await page.getByRole("button", { name: "Verstuur reactie" }).click();
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Fout:/);
    expect(await violations()).toEqual([]);
    await context.clearCookies();
    await page.getByLabel("Uw reactie", { exact: true }).fill("Test");
    await page.getByRole("button", { name: "Verstuur reactie" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").textContent()).toMatch(/verlopen/);
    expect(await violations()).toEqual([]);
  });

  it("a 320 px wide screen (reflow)", async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const path of [
        "/",
        "/keuzehulp?age=3&unit=years&need=prevention",
        "/interventies",
        "/beleidsmakers",
      ]) {
        await page.goto(server.url + path);
        expect(await violations(), path).toEqual([]);
      }
    } finally {
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  });
});
