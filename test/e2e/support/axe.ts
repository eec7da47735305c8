import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** The rules the project meets: WCAG 2.1 A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What axe finds on the page as it is now, one line per rule broken, named by the page. */
export async function axeViolations(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${name}: ${v.id}: ${v.help}`);
}
