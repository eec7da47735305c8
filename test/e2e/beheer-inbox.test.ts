import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureContent } from "../../src/catalog/first-import.js";
import { Curation } from "../../src/curation/curation.js";
import { openStore } from "../../src/db/index.js";
import { axeViolations } from "./support/axe.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * The feedback inbox in a browser, through its plain HTML forms: the list (Dutch and
 * English), one message, a status change, a refused note, a linked revision, and the list
 * as an editor sees it (without name and e-mail). Each state gets axe (WCAG 2.1 A and AA),
 * a check that nothing scrolls sideways at 320 px, and the Nu Html Checker at the end.
 */

const PASSWORD = "een lang genoeg wachtwoord";
const HOSTILE = '<script>alert(1)</script> "onmouseover="alert(2)';

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let id = "";
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hw-e2e-inbox-"));
  const sqliteFile = join(dir, "inbox.sqlite");
  const store = await openStore({ sqliteFile });
  await ensureContent(store);
  const curation = new Curation({ accounts: store.accounts });
  for (const role of ["admin", "editor"] as const) {
    await curation.addCurator(
      { email: `${role}@example.org`, role, password: PASSWORD, displayName: "" },
      { email: "cli", address: "cli" },
    );
  }
  ({ id } = await store.addFeedback({
    about: "pipa",
    message: "De leeftijd bij PIPA klopt niet.\nZie de Databank.",
    name: "Anna de Vries",
    email: "anna@example.org",
    role: "professional",
  }));
  await store.addFeedback({ about: "/keuzehulp", message: HOSTILE });
  await store.close();
  server = await startTestServer({ SQLITE_FILE: sqliteFile });
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
  await page.setViewportSize({ width: 320, height: 800 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${name} at 320 px`,
  ).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function logIn(email: string): Promise<void> {
  await page.goto(`${server.url}/beheer/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForLoadState();
}

describe("/beheer/reacties in a browser", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("lists feedback for an admin, with name and e-mail, the hostile message as text", async () => {
    await logIn("admin@example.org");
    await page.goto(`${server.url}/beheer`);
    await page.getByRole("link", { name: "Reacties" }).first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/beheer/reacties");
    expect(await page.locator("table").textContent()).toContain("anna@example.org");
    expect(await page.locator("table").textContent()).toContain("<script>alert(1)</script>");
    expect(await page.locator("table script").count()).toBe(0);
    await check("list");
    await page.getByLabel("Over", { exact: true }).selectOption("/keuzehulp");
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForLoadState();
    expect(await page.locator("table").textContent()).not.toContain("PIPA klopt niet");
    await check("list-filtered");
  });

  it("one message: change its status, a refused note, link a revision", async () => {
    await page.goto(`${server.url}/beheer/reacties`);
    await page.getByRole("link", { name: /PIPA klopt niet/ }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).searchParams.get("id")).toBe(id);
    await check("detail");
    await page.getByLabel("Status", { exact: true }).selectOption("in-progress");
    await page.getByRole("button", { name: "Status opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("status is opgeslagen");
    await check("detail-status-saved");
    await page.getByLabel("Notitie").fill("x".repeat(5001));
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Fout:/);
    await check("detail-note-refused");
    await page.getByLabel("Revisie van de kennisbank").selectOption("1");
    await page.getByRole("button", { name: "Revisie opslaan" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("revisie is opgeslagen");
    expect(await page.locator("dl").textContent()).toContain("Revisie 1");
  });

  it("the English pages", async () => {
    for (const path of ["/en/beheer/reacties", `/en/beheer/reacties/reactie?id=${id}`]) {
      await page.goto(server.url + path);
      await check(path);
    }
  });

  it("an editor sees the inbox without name and e-mail", async () => {
    await page.goto(`${server.url}/beheer`);
    await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
    await page.waitForLoadState();
    await logIn("editor@example.org");
    await page.goto(`${server.url}/beheer/reacties/reactie?id=${id}`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("PIPA klopt niet");
    expect(text).not.toContain("anna@example.org");
    expect(text).not.toContain("Anna de Vries");
    await check("detail-editor");
  });

  it("every state is valid HTML (Nu Html Checker)", async () => {
    expect(states.length).toBeGreaterThanOrEqual(7);
    const errors = await htmlCheckerErrors(dir, "inbox", states);
    expect(errors).toEqual([]);
  }, 120_000);
});
