import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { BEHEER_PASSWORD as PASSWORD, startBeheerServer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import type { TestServer } from "./support/server.js";

/*
 * The /beheer pages in a browser, through their plain HTML forms (no script is needed) as a
 * person would make them: log-in (with a refusal), start page, accounts (with an error),
 * the audit log and the second-factor enrolment, Dutch and English. Each state gets axe
 * (WCAG 2.1 A and AA) and the Nu Html Checker.
 */

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
/** Every state's HTML, for one run of the HTML checker at the end. */
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  ({ dir, server } = await startBeheerServer("beheer"));
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function check(name: string): Promise<void> {
  expect(await axeViolations(page, name)).toEqual([]);
  states.push({ name, html: await page.content() });
}

async function logIn(prefix: string, password: string): Promise<void> {
  await page.goto(`${server.url}${prefix}/beheer/inloggen`);
  await page.getByLabel(prefix ? "E-mail address" : "E-mailadres").fill("admin@example.org");
  await page.getByLabel(prefix ? "Password" : "Wachtwoord").fill(password);
  await page.getByRole("button", { name: prefix ? "Log in" : "Inloggen" }).click();
  await page.waitForLoadState();
}

describe("/beheer in a browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("log-in form, a refused log-in and the start page (Dutch)", async () => {
    await page.goto(`${server.url}/beheer`);
    expect(new URL(page.url()).pathname).toBe("/beheer/inloggen");
    await check("login");
    await logIn("", "niet het goede wachtwoord");
    expect(await page.title()).toMatch(/^Fout:/);
    await check("login-refused");
    await logIn("", PASSWORD);
    expect(new URL(page.url()).pathname).toBe("/beheer");
    expect(await page.locator("h1").textContent()).toBe("Beheer");
    await check("start");
  });

  it("accounts: add an editor, an invalid form, the audit log and the second-factor page", async () => {
    await page.goto(`${server.url}/beheer/accounts`);
    await check("accounts");
    const add = page.locator('form[action="/beheer/accounts"]');
    await add.getByLabel("E-mailadres").fill("redacteur@example.org");
    await add.getByLabel("Eerste wachtwoord").fill("kort");
    await add.getByRole("button", { name: "Account toevoegen" }).click();
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Fout:/);
    await check("accounts-invalid");
    await add.getByLabel("E-mailadres").fill("redacteur@example.org");
    await add.getByLabel("Eerste wachtwoord").fill("een ander lang wachtwoord");
    await add.getByRole("button", { name: "Account toevoegen" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("redacteur@example.org");
    await check("accounts-added");
    await page.goto(`${server.url}/beheer/audit`);
    expect(await page.locator("table").textContent()).toContain("account toegevoegd");
    await check("audit");
    await page.goto(`${server.url}/beheer/tweede-factor`);
    await check("second-factor");
  });

  it("the English pages, and log-out", async () => {
    for (const path of ["/en/beheer", "/en/beheer/accounts", "/en/beheer/audit"]) {
      await page.goto(server.url + path);
      await check(path);
    }
    await page.goto(`${server.url}/en/beheer`);
    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/en/beheer/inloggen");
    expect(await page.getByRole("status").textContent()).toContain("logged out");
    await check("en-logged-out");
    await page.goto(`${server.url}/en/beheer`);
    expect(new URL(page.url()).pathname).toBe("/en/beheer/inloggen");
  });

  it("works without JavaScript: log-in, add an account, log out", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const tab = await noScript.context.newPage();
      await tab.goto(`${server.url}/beheer/inloggen`);
      await tab.getByLabel("E-mailadres").fill("admin@example.org");
      await tab.getByLabel("Wachtwoord").fill(PASSWORD);
      await tab.getByRole("button", { name: "Inloggen" }).click();
      await tab.waitForURL(`${server.url}/beheer`);
      await tab.goto(`${server.url}/beheer/accounts`);
      const add = tab.locator('form[action="/beheer/accounts"]');
      await add.getByLabel("E-mailadres").fill("zonder-script@example.org");
      await add.getByLabel("Eerste wachtwoord").fill("een wachtwoord zonder script");
      await add.getByRole("button", { name: "Account toevoegen" }).click();
      await tab.waitForLoadState();
      expect(await tab.getByRole("status").textContent()).toContain("zonder-script@example.org");
      await tab.goto(`${server.url}/beheer`);
      await tab.getByRole("button", { name: "Uitloggen", exact: true }).click();
      await tab.waitForURL(`${server.url}/beheer/inloggen?uit=1`);
    } finally {
      await noScript.close();
    }
  });

  it("every state is valid HTML (Nu Html Checker)", async () => {
    expect(states.length).toBeGreaterThanOrEqual(10);
    const errors = await htmlCheckerErrors(dir, "beheer", states);
    expect(errors).toEqual([]);
  }, 120_000);
});
