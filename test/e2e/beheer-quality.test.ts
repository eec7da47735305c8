import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Curation } from "../../src/curation/curation.js";
import { openStore } from "../../src/db/index.js";
import { axeViolations } from "./support/axe.js";
import { logInToBeheer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import { expectFitAt320 } from "./support/layout-checks.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * /beheer/kwaliteit in a browser, as an editor (the lowest role that reads it): axe (WCAG 2.1
 * A and AA), the Nu Html Checker, and the fit at 320 px, Dutch and English; the /beheer
 * tables of the other pages at 320 px too, as an admin, since they share the table shell.
 */

const PASSWORD = "een lang genoeg wachtwoord";

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hw-e2e-quality-"));
  const sqliteFile = join(dir, "quality.sqlite");
  const store = await openStore({ sqliteFile });
  await store.migrate();
  const curation = new Curation({ accounts: store.accounts });
  for (const role of ["editor", "admin"] as const) {
    await curation.addCurator(
      { email: `${role}@example.org`, role, password: PASSWORD, displayName: "" },
      { email: "cli", address: "cli" },
    );
  }
  await store.close();
  server = await startTestServer({ SQLITE_FILE: sqliteFile });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function logIn(page: Page, email: string): Promise<void> {
  return logInToBeheer(page, server.url, email);
}

describe("/beheer/kwaliteit in a browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an editor reaches it from the start page; axe finds nothing, Dutch and English", async () => {
    const page = await browser.context.newPage();
    await logIn(page, "editor@example.org");
    await page.getByRole("link", { name: "Kwaliteit van de inhoud" }).click();
    await page.waitForURL(`${server.url}/beheer/kwaliteit`);
    expect(await page.locator("h1").textContent()).toBe("Kwaliteit van de inhoud");
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(2);
    for (const path of ["/beheer/kwaliteit", "/en/beheer/kwaliteit"]) {
      await page.goto(server.url + path);
      expect(await axeViolations(page, path)).toEqual([]);
      states.push({ name: path, html: await page.content() });
    }
    // A row's link leads to the intervention's page.
    await page.goto(`${server.url}/beheer/kwaliteit`);
    await page.locator("#stale-caption").locator("xpath=ancestor::table").getByRole("link").first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/interventies\/[a-z0-9-]+$/);
    await page.close();
  });

  it("fits 320 px: the page never scrolls sideways, its tables in their own regions", async () => {
    const page = await browser.context.newPage();
    await expectFitAt320(page, server.url, ["/beheer/kwaliteit", "/en/beheer/kwaliteit"]);
    await page.close();
  });

  it("the other /beheer tables fit 320 px as well (admin)", async () => {
    const page = await browser.context.newPage();
    await page.context().clearCookies();
    await logIn(page, "admin@example.org");
    await expectFitAt320(page, server.url, ["/beheer/accounts", "/beheer/audit"]);
    await page.close();
  });

  it("is valid HTML (Nu Html Checker)", async () => {
    expect(states.length).toBe(2);
    const errors = await htmlCheckerErrors(dir, "quality", states);
    expect(errors).toEqual([]);
  }, 120_000);
});
