import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/db/index.js";
import type { ContentBundle, Intervention } from "../../src/domain/types.js";
import { axeViolations } from "./support/axe.js";
import { logInToBeheer, startBeheerServer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import { expectFitAt320 } from "./support/layout-checks.js";
import type { TestServer } from "./support/server.js";

/*
 * /beheer/inhoud in a browser: the content index, PIPA's history and the field-level
 * difference of its two revisions (summary, an indication's age and a note changed), without
 * JavaScript's help for the compare form; axe (WCAG 2.1 A and AA), the Nu Html Checker and
 * the fit at 320 px, Dutch and English.
 */

const HISTORY = "/beheer/inhoud/geschiedenis?soort=intervention&id=pipa";
const DIFF = "/beheer/inhoud/verschil?soort=intervention&id=pipa&van=1&tot=2";
const PAGES = ["/beheer/inhoud", HISTORY, DIFF].flatMap((path) => [path, `/en${path}`]);

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const states: { name: string; html: string }[] = [];

/** PIPA as a curator might change it: a new summary, a later start age, its note gone. */
function changedPipa(pipa: Intervention): Intervention {
  const [indication, ...rest] = pipa.indications;
  if (!indication?.age) throw new Error("PIPA's indication states an age");
  return {
    ...pipa,
    summary: {
      ...pipa.summary,
      professionals: { ...pipa.summary.professionals, nl: "Een nieuwe samenvatting voor professionals." },
    },
    indications: [{ ...indication, age: { ...indication.age, from: 1 } }, ...rest],
    notes: [],
  };
}

beforeAll(async () => {
  ({ dir, server } = await startBeheerServer("history"));
  // The server imported the shipped content as revision 1; a curator's change makes revision 2.
  const store = await openStore({ sqliteFile: join(dir, "history.sqlite") });
  const { bundle } = await store.loadContent();
  const changed: ContentBundle = {
    ...bundle,
    interventions: bundle.interventions.map((i) => (i.id === "pipa" ? changedPipa(i) : i)),
  };
  await store.importContent(changed, { author: "joke@example.org", reason: "PIPA bijgewerkt" });
  await store.close();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function logIn(page: Page): Promise<void> {
  return logInToBeheer(page, server.url);
}

describe("/beheer/inhoud in a browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("leads from the menu to PIPA's history and, by the compare form without JavaScript, to its difference", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    const page = await noScript.context.newPage();
    await logIn(page);
    await page
      .getByRole("navigation", { name: "Beheer" })
      .getByRole("link", { name: "Inhoud", exact: true })
      .click();
    await page.waitForURL(`${server.url}/beheer/inhoud`);
    await page.getByRole("link", { name: "Geschiedenis PIPA", exact: true }).click();
    expect(await page.locator("h1").textContent()).toBe("Geschiedenis van PIPA");
    expect(await page.getByLabel("Van revisie").inputValue()).toBe("1");
    expect(await page.getByLabel("Tot revisie").inputValue()).toBe("2");
    await page.getByRole("button", { name: "Verschil tonen" }).click();
    expect(new URL(page.url()).search).toBe("?soort=intervention&id=pipa&van=1&tot=2");
    const fields = await page.locator(".hw-field-diff__field strong").allTextContents();
    expect(fields).toEqual([
      "Samenvatting › Voor professionals › Nederlands",
      "Indicaties › 1 › Leeftijd › Vanaf (jaar)",
      "Notities en meningsverschillen › 1",
    ]);
    expect(await page.locator("ins").first().textContent()).toBe(
      "Een nieuwe samenvatting voor professionals.",
    );
    await noScript.close();
  });

  it("axe finds nothing on the index, the history and the difference, Dutch and English", async () => {
    const page = await browser.context.newPage();
    await logIn(page);
    for (const path of PAGES) {
      const response = await page.goto(server.url + path);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page, path)).toEqual([]);
      states.push({ name: path, html: await page.content() });
    }
    // A bad address is a page too.
    const missing = await page.goto(`${server.url}/beheer/inhoud/geschiedenis?soort=intervention&id=nooit`);
    expect(missing?.status()).toBe(404);
    states.push({ name: "404", html: await page.content() });
    await page.close();
  });

  it("fits 320 px: no page scrolls sideways, the tables in their own regions", async () => {
    // Still logged in from the test before (one browser profile).
    const page = await browser.context.newPage();
    await expectFitAt320(page, server.url, PAGES);
    await page.close();
  });

  it("is valid HTML (Nu Html Checker)", async () => {
    expect(states.length).toBe(PAGES.length + 1);
    expect(await htmlCheckerErrors(dir, "history", states)).toEqual([]);
  }, 120_000);
});
