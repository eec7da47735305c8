/**
 * Every page and state the site has, as Dutch paths (the English one is the same
 * path under /en). The in-process tests, axe and the HTML validator all walk this list.
 */
export const PAGES_OK: readonly string[] = [
  "/",
  "/keuzehulp",
  "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care",
  "/keuzehulp?age=8&unit=months&need=either&emotionallyAvailableCaregiver=no&safeStablePlace=yes",
  "/keuzehulp?age=30&unit=pregnancy-week&need=prevention&situation=teenage-single-mother",
  "/keuzehulp?age=5&unit=years&need=prevention&situation=adoption&safeStablePlace=no",
  "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care&edit=1",
  "/interventies",
  "/interventies?q=pleegzorg&need=prevention",
  "/interventies?q=holding",
  "/interventies?situation=foster-care&age=3",
  "/interventies?pageSize=5&page=2",
  "/interventies/pipa",
  "/interventies/basic-trust",
  "/interventies/k-vht",
  "/beleidsmakers",
  "/beleidsmakers?filter=1&contracted=pipa&contracted=vipp-sd&includeGeneral=1",
  "/vergelijken",
  "/vergelijken?ids=pipa,k-vht",
  "/vergelijken?ids=pipa,k-vht,vipp-sd,ddp",
  "/niet-doen",
  "/richtlijn",
  "/bronnen",
  "/reageer",
  "/reageer?over=pipa",
  "/reageer/bedankt?over=pipa",
  "/toegankelijkheid",
  "/privacy",
];

/** States that must answer 400 with an error summary. */
export const PAGES_INVALID: readonly string[] = [
  "/keuzehulp?age=abc&unit=years&situation=foster-care",
  "/keuzehulp?age=25&unit=years&need=prevention",
  "/interventies?age=x",
  "/vergelijken?ids=pipa",
  "/vergelijken?ids=pipa,onbekend",
  "/beleidsmakers?filter=1&contracted=onbekend",
];

export const PAGES_NOT_FOUND: readonly string[] = ["/bestaat-niet", "/interventies/bestaat-niet"];

/** The English form of a Dutch path. */
export function english(path: string): string {
  return path === "/" ? "/en" : path.startsWith("/?") ? `/en${path.slice(1)}` : `/en${path}`;
}
