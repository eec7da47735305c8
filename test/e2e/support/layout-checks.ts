import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Regions that scroll sideways but cannot be reached by keyboard, have no name, or show
 * no hint that they scroll (WCAG 1.4.10 allows a table to scroll inside its own region).
 */
export function unusableScrollRegions(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => {
        const overflow = getComputedStyle(el).overflowX;
        const scrolls = (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1;
        // A table in a closed <details> is not on screen yet.
        return scrolls && el.checkVisibility();
      })
      .filter((el) => {
        const named = el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby");
        const region = el.getAttribute("role") === "region" || el.tagName === "SECTION";
        const hintId = el.getAttribute("aria-describedby") ?? "";
        const hint = hintId === "" ? null : document.getElementById(hintId);
        const hintShown = hint !== null && hint.getClientRects().length > 0;
        return !(el.tabIndex === 0 && named && region && hintShown);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** At 320 px: no sideways page scroll, and every table that scrolls does so in a named, reachable region with its hint. */
export async function expectFitAt320(page: Page, baseUrl: string, paths: readonly string[]): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of paths) {
    await page.goto(baseUrl + path);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${path}: no sideways page scroll`).toBeLessThanOrEqual(innerWidth);
    expect(await unusableScrollRegions(page), `${path}: tables scroll in a usable region`).toEqual([]);
  }
}
