import type { Page } from "playwright-core";

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
