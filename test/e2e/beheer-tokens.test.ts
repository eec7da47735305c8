import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.js";
import { logInToBeheer, startBeheerServer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import type { TestServer } from "./support/server.js";

/*
 * /beheer/tokens and the audit log's filter in a browser, through their plain HTML forms:
 * make a token (shown once), revoke it, filter the audit log; Dutch and English, at 320 px
 * and without JavaScript. Each state gets axe (WCAG 2.1 A and AA) and the Nu Html Checker.
 */

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  ({ dir, server } = await startBeheerServer("tokens"));
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await logIn(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function logIn(tab: Page): Promise<void> {
  return logInToBeheer(tab, server.url);
}

async function check(name: string): Promise<void> {
  expect(await axeViolations(page, name)).toEqual([]);
  // Nothing wider than the screen: at 320 px the page reflows (WCAG 1.4.10).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, name).toBeLessThanOrEqual(0);
  states.push({ name, html: await page.content() });
}

async function makeToken(tab: Page, name: string, label = "Naam van het token", submit = "Token maken") {
  await tab.getByLabel(label).fill(name);
  await tab.getByRole("button", { name: submit }).click();
  await tab.waitForLoadState();
}

describe("/beheer/tokens and the audit filter in a browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("makes a token, shows it once, revokes it (Dutch, 320 px)", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/beheer`);
    await page.getByRole("link", { name: "API-tokens" }).click();
    expect(new URL(page.url()).pathname).toBe("/beheer/tokens");
    await check("tokens-empty");
    await makeToken(page, "");
    expect(await page.title()).toMatch(/^Fout:/);
    await check("tokens-invalid");
    await makeToken(page, "exportscript <b>vet</b>");
    const token = (await page.locator("#new-token").textContent()) ?? "";
    expect(token).toMatch(/^hwt_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByRole("status").textContent()).toContain("exportscript <b>vet</b>");
    await check("tokens-made");
    const api = await page.request.get(`${server.url}/api/v1/admin/session`, {
      headers: { Authorization: `Bearer ${token}`, Cookie: "" },
    });
    expect(api.status()).toBe(200);
    await page.goto(`${server.url}/beheer/tokens`);
    expect(await page.content()).not.toContain(token.slice(12));
    await check("tokens-list");
    await page.getByRole("button", { name: "Token exportscript <b>vet</b> intrekken" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("ingetrokken");
    await check("tokens-revoked");
  });

  it("filters the audit log by action and actor; the English pages (1280 px)", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/beheer/audit`);
    await page.getByLabel("Wat").selectOption("token.create");
    await page.getByLabel("Door").fill("admin@example.org");
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).search).toBe("?actie=token.create&door=admin%40example.org");
    expect(await page.locator("tbody tr").count()).toBe(1);
    await check("audit-filtered");
    await page.goto(`${server.url}/en/beheer/tokens`);
    await check("en-tokens");
    await makeToken(page, "en script", "Name of the token", "Make token");
    await check("en-tokens-made");
    await page.goto(`${server.url}/en/beheer/audit?door=nobody@example.org`);
    await check("en-audit-none");
  });

  it("works without JavaScript: make a token, filter the audit log", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const tab = await noScript.context.newPage();
      await logIn(tab);
      await tab.goto(`${server.url}/beheer/tokens`);
      await makeToken(tab, "zonder script");
      expect(await tab.locator("#new-token").textContent()).toMatch(/^hwt_/);
      await tab.goto(`${server.url}/beheer/audit`);
      await tab.getByLabel("Wat").selectOption("token.create");
      await tab.getByRole("button", { name: "Filteren" }).click();
      await tab.waitForURL(/actie=token\.create/);
      expect(await tab.locator("tbody tr").count()).toBe(3);
    } finally {
      await noScript.close();
    }
  });

  it("every state is valid HTML (Nu Html Checker)", async () => {
    expect(states.length).toBeGreaterThanOrEqual(9);
    expect(await htmlCheckerErrors(dir, "tokens", states)).toEqual([]);
  }, 120_000);
});
