import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { startTestServer, type TestServer } from "./support/server.js";

/** The smallest text the age chart may show, as rendered on screen (issue 14: ~8 px at 1280). */
const MIN_LABEL_PX = 14;
const WIDTHS = [320, 1280] as const;

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

/**
 * Every piece of text in the chart with the size it is drawn at: its computed font size, times
 * the scale an SVG applies when it is shrunk to fit (getScreenCTM), so a scaled-down SVG label
 * counts at the size the reader sees.
 */
function renderedTextSizes(p: Page, selector: string) {
  return p.evaluate((sel) => {
    const figure = document.querySelector(sel);
    if (!figure) return [];
    const sizes: { text: string; px: number; width: number }[] = [];
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const element = node.parentElement;
      if (!text || !element || element.closest("title, desc, details")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
      sizes.push({
        text,
        px: Number.parseFloat(getComputedStyle(element).fontSize) * scale,
        width: box.width,
      });
    }
    return sizes;
  }, selector);
}

describe("the age chart is legible at every width (issue 14)", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const width of WIDTHS) {
    for (const path of ["/interventies/basic-trust", "/en/interventies/voorzorg", "/interventies"]) {
      it(`${path} at ${width} px: every label at least ${MIN_LABEL_PX} px, the chart within the screen`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(server.url + path);
        const sizes = await renderedTextSizes(page, ".hw-chart-figure");
        expect(sizes.length).toBeGreaterThan(5);
        const small = sizes
          .filter((s) => s.px < MIN_LABEL_PX - 0.01)
          .map((s) => `${s.text}: ${s.px.toFixed(1)}px`);
        expect(small).toEqual([]);
        // Nothing of the chart sticks out of it, and on an intervention's page it fits the screen
        // (/interventies at 320 px is wider because of its search form: the reflow check's concern).
        const outside = await page.$eval(".hw-chart-figure", (figure) => {
          const frame = figure.getBoundingClientRect();
          return [...figure.querySelectorAll("*")]
            .map((e) => ({ text: e.textContent ?? "", box: e.getBoundingClientRect() }))
            .filter(
              ({ box }) => box.width > 0 && (box.left < frame.left - 0.5 || box.right > frame.right + 2),
            )
            .map(({ text, box }) => `${text}: ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
        });
        expect(outside).toEqual([]);
        if (path !== "/interventies") {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        // The accessible alternative stays: an image with a name and the same data as a table.
        const chart = page.locator('.hw-chart-figure [role="img"]').first();
        expect(await chart.getAttribute("aria-labelledby")).toBeTruthy();
        expect(await page.locator(".hw-chart-figure + details table").count()).toBe(1);
      });
    }
  }
});

describe("a tag that wraps stays a pill, not a squashed circle (issue 14)", {
  timeout: BROWSER_TEST_TIMEOUT,
}, () => {
  for (const width of WIDTHS) {
    it(`/beleidsmakers at ${width} px: 'gat: 9 tot en met 12 jaar' has rounded ends of one line's height`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/beleidsmakers`);
      const shapes = await page.$$eval(".hw-tag", (tags) =>
        tags.map((tag) => {
          const style = getComputedStyle(tag);
          const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
          const oneLine =
            lineHeight +
            Number.parseFloat(style.paddingTop) +
            Number.parseFloat(style.paddingBottom) +
            Number.parseFloat(style.borderTopWidth) * 2;
          const cell = tag.closest("td, li, p") ?? tag.parentElement;
          return {
            text: tag.textContent ?? "",
            radius: Number.parseFloat(style.borderTopLeftRadius),
            oneLine,
            width: tag.getBoundingClientRect().width,
            room: cell?.getBoundingClientRect().width ?? Number.POSITIVE_INFINITY,
          };
        }),
      );
      expect(shapes.some((s) => /gat: .*jaar/.test(s.text))).toBe(true);
      for (const shape of shapes) {
        // A round end no taller than one line: one line reads as a pill, two lines as a rounded box.
        expect(shape.radius, shape.text).toBeLessThanOrEqual(shape.oneLine / 2 + 0.5);
        expect(shape.width, shape.text).toBeLessThanOrEqual(shape.room + 0.5);
      }
    });
  }
});
