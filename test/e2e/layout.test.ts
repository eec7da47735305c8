import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * How the pages look in a real browser: what a stylesheet defect can break without
 * any text changing (issue 14). The pages are the ones a reader lands on, in both
 * languages where the English page is its own layout case.
 */

let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The selects on the page whose closed state shows no arrow (no native one, no drawn one). */
function selectsWithoutArrow(p: Page): Promise<string[]> {
  return p.locator("select").evaluateAll((selects) =>
    selects
      .filter((select) => {
        const style = getComputedStyle(select);
        return style.appearance === "none" && style.backgroundImage === "none";
      })
      .map((select) => select.id || select.getAttribute("name") || "select"),
  );
}

describe("every select shows that it opens", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const path of ["/keuzehulp", "/interventies", "/reageer"]) {
    it(path, async () => {
      await page.goto(server.url + path);
      expect(await page.locator("select").count()).toBeGreaterThan(0);
      expect(await selectsWithoutArrow(page)).toEqual([]);
    });
  }
});
