import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { english, PAGES_OK } from "../web/page-paths.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { unusableScrollRegions } from "./support/layout-checks.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * How the pages look in a real browser: what a stylesheet defect can break without
 * any text changing (issue 14). Every page and state, and the English pages whose
 * longer words are their own layout case, at a phone, a tablet and a desktop width.
 */

const WIDTHS = [320, 768, 1280] as const;

const ENGLISH_PAGES = [
  "/",
  "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care",
  "/interventies",
  "/interventies/pipa",
  "/beleidsmakers",
  "/bronnen",
].map(english);

/** The API reference is a page of the full app only (the web app alone has no API document). */
const API_DOCS = ["/api/docs", "/en/api/docs"];

const ALL_PAGES = [...PAGES_OK, ...ENGLISH_PAGES, ...API_DOCS];

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

/**
 * Every control the keyboard reaches whose look does not change when it has focus
 * (outline, box shadow or background). Tab first, so focus counts as keyboard focus.
 */
async function controlsWithoutVisibleFocus(p: Page): Promise<string[]> {
  await p.keyboard.press("Tab");
  return p.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor].join("|");
    };
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden",
    );
    (document.activeElement as HTMLElement | null)?.blur();
    const before = controls.map(look);
    const failed: string[] = [];
    controls.forEach((el, i) => {
      el.focus();
      // Inside a closed <details>: not reachable until it is opened.
      if (document.activeElement !== el) return;
      const shown = el.matches(":focus-visible") && look(el) !== before[i];
      if (!shown) failed.push(el.outerHTML.slice(0, 100));
    });
    return failed;
  });
}

describe("every page fits the screen, from 320 px up", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const width of WIDTHS) {
    for (const path of ALL_PAGES) {
      it(`${width} px ${path}`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(server.url + path);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, "no sideways page scroll").toBeLessThanOrEqual(innerWidth);
        expect(await unusableScrollRegions(page), "tables scroll in a usable region").toEqual([]);
        expect(await selectsWithoutArrow(page), "every select shows its arrow").toEqual([]);
      });
    }
  }
});

describe("focus is visible on every control", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const width of [320, 1280]) {
    for (const path of ALL_PAGES) {
      it(`${width} px ${path}`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(server.url + path);
        expect(await controlsWithoutVisibleFocus(page)).toEqual([]);
      });
    }
  }
});

describe("every select shows that it opens", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const path of ["/keuzehulp", "/interventies", "/reageer"]) {
    it(path, async () => {
      await page.goto(server.url + path);
      expect(await page.locator("select").count()).toBeGreaterThan(0);
      expect(await selectsWithoutArrow(page)).toEqual([]);
    });
  }
});

/** The smallest height of the elements a selector finds, or Infinity when there are none. */
function smallestHeight(p: Page, selector: string): Promise<number> {
  return p
    .locator(selector)
    .evaluateAll((els) =>
      Math.min(
        ...els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect().height),
      ),
    );
}

describe("on a phone (320 px)", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("the main menu takes at most two lines, in both languages", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/", "/en", "/en/beleidsmakers"]) {
      await page.goto(server.url + path);
      const lines = await page
        .locator(".hw-nav a")
        .evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
      expect(lines, path).toBeLessThanOrEqual(2);
      // Two lines of 44 px targets and the band's borders: no third line hides in the height.
      const height = await page.locator(".hw-nav").evaluate((nav) => nav.getBoundingClientRect().height);
      expect(height, path).toBeLessThan(3 * 44);
    }
  });

  it("every menu link, button and choice is a target of at least 44 px high", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/keuzehulp", "/interventies", "/reageer", "/beleidsmakers"]) {
      await page.goto(server.url + path);
      for (const selector of [
        ".hw-nav a",
        ".hw-header a",
        ".hw-footer a",
        "button, .hw-button",
        ".hw-choice > label",
      ]) {
        const smallest = await smallestHeight(page, selector);
        if (smallest !== Number.POSITIVE_INFINITY)
          expect(smallest, `${path} ${selector}`).toBeGreaterThanOrEqual(44);
      }
    }
  });
});

describe("the coverage table on a phone (320 px)", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("shows each situation as a card of full-width lines that name their ages, without sideways scrolling", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/beleidsmakers", "/en/beleidsmakers"]) {
      await page.goto(server.url + path);
      const tables = await page.locator("table.hw-coverage").evaluateAll((all) =>
        all.map((table) => {
          const region = table.parentElement as HTMLElement;
          const row = table.querySelector("tbody tr") as HTMLElement;
          const cells = [...row.querySelectorAll("td")];
          return {
            scrollsSideways: region.scrollWidth > region.clientWidth + 1,
            // A line per age band: every cell as wide as its card, each below the previous.
            stacked: cells.every(
              (td, i) =>
                td.getBoundingClientRect().width >= row.getBoundingClientRect().width - 12 &&
                (i === 0 ||
                  td.getBoundingClientRect().top >=
                    (cells[i - 1] as HTMLElement).getBoundingClientRect().bottom - 1),
            ),
            agesShown: cells.every((td) =>
              getComputedStyle(td, "::before").content.includes(td.dataset.ages ?? "?"),
            ),
          };
        }),
      );
      expect(tables.length, path).toBe(2);
      for (const table of tables)
        expect(table, path).toEqual({ scrollsSideways: false, stacked: true, agesShown: true });
    }
  });
});
