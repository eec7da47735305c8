import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Curation } from "../../src/curation/curation.js";
import { openStore } from "../../src/db/index.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";
import { pollUntil } from "../support/poll-until.js";
import { axeViolations } from "./support/axe.js";
import { BEHEER_PASSWORD, logInToBeheer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { htmlCheckerErrors } from "./support/html-checker.js";
import { expectFitAt320 } from "./support/layout-checks.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * The whole curation journey of issue 15 in a browser, on SQLite and on PostgreSQL: the
 * admin makes an editor and a reviewer; the editor changes PIPA's summary and an
 * indication; the reviewer sees the difference and publishes; the public page, the API and
 * an advice show it; the reviewer sets it back; the audit log lists every step. Every
 * /beheer page on the way is checked with axe and the Nu Html Checker.
 */

const NEW_SUMMARY = "PIPA helpt pleeg- en adoptieouders van jonge kinderen; nu tot en met 5 jaar.";
const EDITOR = "editor@example.org";
const REVIEWER = "reviewer@example.org";

/** Clicks a link or a submit button and waits until the page it leads to has loaded. */
async function follow(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent("load"), target.click()]);
}

/** A foster child of 5 looking for prevention: PIPA fits only once its age runs to 5. */
const ADVICE = { child: { ageYears: 5 }, need: "prevention", situations: ["foster-care"] };

for (const dialect of DIALECTS) {
  describe(`the curation journey on ${dialect.name}`, { timeout: BROWSER_TEST_TIMEOUT }, () => {
    let database: TestDatabase;
    let server: TestServer;
    /** One browser per person, each with its own cookies. */
    const browsers: Awaited<ReturnType<typeof launchBrowser>>[] = [];
    let dir: string;
    const states: { name: string; html: string }[] = [];
    const tabs: Record<string, Page> = {};

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "hw-e2e-journey-"));
      database = await dialect.create();
      const store = await openStore(database.options);
      await store.migrate();
      // The first admin, as `bin/hechtingswijzer users add --role admin` makes one.
      await new Curation({ accounts: store.accounts }).addCurator(
        { email: "admin@example.org", role: "admin", password: BEHEER_PASSWORD, displayName: "Anna Admin" },
        { email: "cli", address: "cli" },
      );
      await store.close();
      const env: Record<string, string> = database.options.databaseUrl
        ? { DATABASE_URL: database.options.databaseUrl }
        : { SQLITE_FILE: database.options.sqliteFile ?? "" };
      server = await startTestServer(env);
      for (const who of ["admin", "editor", "reviewer"]) {
        const browser = await launchBrowser();
        browsers.push(browser);
        tabs[who] = await browser.context.newPage();
      }
    });

    afterAll(async () => {
      for (const browser of browsers) await browser.close();
      await server?.close();
      await database?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    function tab(who: string): Page {
      const page = tabs[who];
      if (!page) throw new Error(`no tab for ${who}`);
      return page;
    }

    /** axe finds nothing, and the page is kept for the HTML checker. */
    async function expectAccessible(page: Page, name: string): Promise<void> {
      expect(await axeViolations(page, name)).toEqual([]);
      states.push({ name, html: await page.content() });
    }

    async function adviceIds(): Promise<string[]> {
      const response = await fetch(`${server.url}/api/v1/advice`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(ADVICE),
      });
      const body = (await response.json()) as { recommended: { id: string }[] };
      return body.recommended.map((item) => item.id);
    }

    async function pipaFromApi(): Promise<string> {
      return JSON.stringify(await (await fetch(`${server.url}/api/v1/interventions/pipa`)).json());
    }

    it("the admin makes an editor and a reviewer", async () => {
      expect(await adviceIds()).not.toContain("pipa");
      const admin = tab("admin");
      await logInToBeheer(admin, server.url);
      for (const [email, role] of [
        [EDITOR, "editor"],
        [REVIEWER, "reviewer"],
      ] as const) {
        await admin.goto(`${server.url}/beheer/accounts`);
        await admin.locator("#email").fill(email);
        await admin.locator("#displayName").fill(role === "editor" ? "Eva Editor" : "Rik Reviewer");
        await admin.locator("#role").selectOption(role);
        await admin.locator("#password").fill(BEHEER_PASSWORD);
        await follow(admin, admin.getByRole("button", { name: "Account toevoegen" }));
        expect(await admin.content()).toContain(`Account ${email} is toegevoegd.`);
      }
    });

    it("the editor changes PIPA's summary and an indication, and saves a draft", async () => {
      const editor = tab("editor");
      await logInToBeheer(editor, server.url, EDITOR);
      await editor.goto(`${server.url}/beheer/inhoud`);
      await follow(editor, editor.getByRole("link", { name: "Bewerken PIPA", exact: true }));
      expect(await editor.locator("h1").textContent()).toBe("Bewerken: PIPA");
      await expectAccessible(editor, "edit form");

      await editor.locator("#f-summary-professionals-nl").fill(NEW_SUMMARY);
      await editor.locator("#f-indications-0-age-to").fill("5");
      await editor.locator("#f-indications-0-age-text").fill("0-5 jaar");
      // Without a reason nothing is saved: the error summary says so, the input stays.
      await follow(editor, editor.getByRole("button", { name: "Concept opslaan" }));
      expect(await editor.locator(".utrecht-alert, [role=alert]").first().textContent()).toContain(
        "Geef een reden voor de wijziging",
      );
      expect(await editor.locator("#f-summary-professionals-nl").inputValue()).toBe(NEW_SUMMARY);
      await expectAccessible(editor, "edit form with an error");

      await editor.locator("#reden").fill("PIPA tot en met 5 jaar, volgens nieuwe informatie");
      await follow(editor, editor.getByRole("button", { name: "Concept opslaan" }));
      expect(await editor.getByRole("status").textContent()).toContain("Concept opgeslagen (versie 1)");
      await expectAccessible(editor, "draft as its editor");
    });

    it("the reviewer sees the difference and publishes; page, API and advice show it", async () => {
      const reviewer = tab("reviewer");
      await logInToBeheer(reviewer, server.url, REVIEWER);
      await follow(
        reviewer,
        reviewer.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Concepten" }),
      );
      await expectAccessible(reviewer, "drafts");
      await follow(reviewer, reviewer.getByRole("link", { name: "PIPA", exact: true }));
      const fields = await reviewer.locator(".hw-field-diff__field strong").allTextContents();
      expect(fields).toEqual([
        "Samenvatting › Voor professionals › Nederlands",
        "Indicaties › 1 › Leeftijd › Tot en met (jaar)",
        "Indicaties › 1 › Leeftijd › Tekst",
      ]);
      expect(await reviewer.locator("ins").first().textContent()).toBe(NEW_SUMMARY);
      await expectAccessible(reviewer, "draft as its reviewer");
      await follow(reviewer, reviewer.getByRole("button", { name: "Publiceren" }));
      expect(await reviewer.getByRole("status").textContent()).toContain("Gepubliceerd als revisie 2.");

      const shownIn = await pollUntil(
        async () =>
          (await (await fetch(`${server.url}/interventies/pipa`)).text()).includes(NEW_SUMMARY) &&
          (await pipaFromApi()).includes(NEW_SUMMARY) &&
          (await adviceIds()).includes("pipa"),
        { timeoutMs: 2_000 },
      );
      console.info(
        `${dialect.name}: the publish was on the page, in the API and in the advice after ${shownIn} ms`,
      );
      await reviewer.goto(`${server.url}/interventies/pipa`);
      expect(await reviewer.locator("main").textContent()).toContain(NEW_SUMMARY);
    });

    it("the reviewer sets it back to revision 1; page, API and advice follow", async () => {
      const reviewer = tab("reviewer");
      await reviewer.goto(`${server.url}/beheer/inhoud/geschiedenis?soort=intervention&id=pipa`);
      expect(await reviewer.locator("tbody").textContent()).toContain(
        `${EDITOR} (gepubliceerd door ${REVIEWER})`,
      );
      await follow(reviewer, reviewer.getByRole("link", { name: /Terugzetten naar deze versie/ }));
      await expectAccessible(reviewer, "set back");
      await reviewer.locator("#reden").fill("Toch weer 0-4 jaar, zoals de richtlijn zegt");
      await follow(reviewer, reviewer.getByRole("button", { name: "Terugzetten" }));
      expect(await reviewer.getByRole("status").textContent()).toContain(
        "Teruggezet: revisie 3 heeft de inhoud van revisie 1.",
      );
      await expectAccessible(reviewer, "history after setting back");
      await pollUntil(
        async () =>
          !(await (await fetch(`${server.url}/interventies/pipa`)).text()).includes(NEW_SUMMARY) &&
          !(await pipaFromApi()).includes(NEW_SUMMARY) &&
          !(await adviceIds()).includes("pipa"),
        { timeoutMs: 2_000 },
      );
    });

    it("the audit log lists every step, with who did it", async () => {
      const admin = tab("admin");
      await admin.goto(`${server.url}/beheer/audit`);
      const rows = (await admin.locator("tbody tr").allTextContents()).map((row) => row.replace(/\s+/g, " "));
      const has = (actor: string, action: string) =>
        rows.some((row) => row.includes(actor) && row.includes(action));
      expect(has("admin@example.org", "ingelogd")).toBe(true);
      for (const added of [EDITOR, REVIEWER]) {
        expect(rows.some((row) => row.includes(`admin@example.orgaccount toegevoegd${added}`))).toBe(true);
      }
      expect(has(EDITOR, "ingelogd")).toBe(true);
      expect(has(EDITOR, "concept opgeslagen")).toBe(true);
      expect(has(REVIEWER, "ingelogd")).toBe(true);
      expect(has(REVIEWER, "concept gepubliceerd")).toBe(true);
      expect(has(REVIEWER, "teruggezet naar een eerdere versie")).toBe(true);
    });

    it("fits 320 px and is valid HTML on every /beheer page of the journey, Dutch and English", async () => {
      const reviewer = tab("reviewer");
      for (const path of ["/en/beheer/inhoud/bewerken?soort=intervention&id=pipa", "/en/beheer/concepten"]) {
        expect((await reviewer.goto(server.url + path))?.status(), path).toBe(200);
        expect(await reviewer.locator("html").getAttribute("lang")).toBe("en");
        await expectAccessible(reviewer, path);
      }
      await expectFitAt320(reviewer, server.url, [
        "/beheer/concepten",
        "/beheer/inhoud/bewerken?soort=intervention&id=pipa",
        "/beheer/inhoud/terugzetten?soort=intervention&id=pipa&revisie=2",
        "/beheer/inhoud/geschiedenis?soort=intervention&id=pipa",
      ]);
      expect(states.length).toBe(9);
      expect(await htmlCheckerErrors(dir, `journey-${dialect.name}`, states)).toEqual([]);
    }, 120_000);
  });
}
