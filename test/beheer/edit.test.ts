import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import type { CuratorRole } from "../../src/domain/accounts.js";
import type { Intervention } from "../../src/domain/types.js";
import { formValues } from "../../src/web/pages/beheer/editor/form-values.js";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, logInThroughForm } from "./support.js";

/*
 * The editor of /beheer (issue 15, item 2): a form for every field, checked as `content
 * validate` checks files, nothing saved when anything is wrong, and two editors who never
 * overwrite each other.
 */

for (const dialect of DIALECTS) {
  describe(`editing through /beheer on ${dialect.name}`, () => {
    let beheer: BeheerApp;
    let pipa: Intervention;
    const cookies: Record<string, string> = {};

    beforeAll(async () => {
      beheer = await createBeheerApp(dialect);
      for (const email of ["editor@example.org", "tweede@example.org", "reviewer@example.org"]) {
        const role: CuratorRole = email.startsWith("reviewer") ? "reviewer" : "editor";
        await beheer.addAccount(email, role);
        const { session } = await logInThroughForm(beheer.app, email);
        if (!session) throw new Error(`${email} could not log in`);
        cookies[email] = session;
      }
      pipa = (await beheer.store.loadContent()).bundle.interventions.find(
        (i) => i.id === "pipa",
      ) as Intervention;
    });
    afterAll(async () => {
      await beheer.close();
    });

    const get = (path: string, who = "editor@example.org") =>
      beheer.app.request(path, { headers: { Cookie: `hw_beheer=${cookies[who]}` } });

    /** Posts the editor's form as a browser would: every field of `item`, plus what the form was filled from. */
    function save(item: unknown, fields: Record<string, string>, who = "editor@example.org") {
      const body = new URLSearchParams([
        ["csrf", csrfTokenFor(cookies[who] ?? "")],
        ["soort", "intervention"],
        ["onderdeel", "pipa"],
        ["concept", ""],
        ["versie", ""],
        ["basis", "1"],
        ["reden", "samenvatting bijgewerkt"],
        ...formValues("intervention", item).map(([name, value]) => [name, value] as [string, string]),
      ]);
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      return beheer.app.request("/beheer/inhoud/bewerken", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `hw_beheer=${cookies[who]}` },
        body: body.toString(),
      });
    }

    function withSummary(text: string): Intervention {
      const copy = structuredClone(pipa);
      copy.summary.professionals.nl = text;
      return copy;
    }

    it("shows every field of an intervention filled in from the published version", async () => {
      const response = await get("/beheer/inhoud/bewerken?soort=intervention&id=pipa");
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("<h1>Bewerken: PIPA</h1>");
      for (const [name] of formValues("intervention", pipa)) expect(html).toContain(`name="${name}"`);
      expect(html).toContain('name="reden"');
      // The id is shown but not for changing: it is the item's address.
      expect(html).toMatch(/<input[^>]*name="id"[^>]*readonly/);
    });

    it("refuses an edit with problems, lists each at its field, and saves nothing", async () => {
      const broken = structuredClone(pipa) as unknown as Record<string, unknown>;
      broken.name = "";
      const response = await save(broken, { reden: "", "indications.0.age.from": "drie" });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('href="#f-name"');
      expect(html).toContain('href="#f-indications-0-age-from"');
      expect(html).toContain('href="#reden"');
      expect(html).toContain("Geef een reden voor de wijziging");
      // What the curator typed is still there to correct.
      expect(html).toContain('value="drie"');
      expect(await beheer.store.drafts.openFor("intervention", "pipa")).toBeUndefined();
    });

    it("does not let an existing item change its id", async () => {
      const response = await save({ ...pipa, id: "andere-naam" }, {});
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("Het kenmerk van een bestaand onderdeel verandert niet");
      expect(await beheer.store.drafts.openFor("intervention", "pipa")).toBeUndefined();
    });

    it("saves a valid edit as a draft and shows the second editor a conflict instead of overwriting", async () => {
      const first = await save(withSummary("Versie van de eerste redacteur."), {});
      expect(first.status).toBe(303);
      const draft = await beheer.store.drafts.openFor("intervention", "pipa");
      expect(draft?.latest).toMatchObject({ version: 1, savedBy: "editor@example.org" });
      expect(first.headers.get("location")).toBe(
        `/beheer/concepten/concept?id=${draft?.id}&gedaan=opgeslagen`,
      );

      // Both open the form at version 1; the first saves again, the second comes late.
      const form = await (
        await get("/beheer/inhoud/bewerken?soort=intervention&id=pipa", "tweede@example.org")
      ).text();
      expect(form).toContain("Versie van de eerste redacteur.");
      const filledFrom = { concept: draft?.id ?? "", versie: "1" };
      expect((await save(withSummary("Eerste, tweede ronde."), filledFrom)).status).toBe(303);
      const late = await save(withSummary("Tekst van de tweede."), filledFrom, "tweede@example.org");
      expect(late.status).toBe(409);
      const conflictPage = await late.text();
      expect(conflictPage).toContain("editor@example.org heeft dit concept intussen opgeslagen (versie 2)");
      expect(conflictPage).toContain("Tekst van de tweede.");
      expect((await beheer.store.drafts.openFor("intervention", "pipa"))?.latest.version).toBe(2);

      // Saving again after seeing the conflict is deliberate: a new version, the others kept.
      const deliberate = await save(
        withSummary("Tekst van de tweede."),
        { ...filledFrom, versie: "2" },
        "tweede@example.org",
      );
      expect(deliberate.status).toBe(303);
      const versions = await beheer.store.drafts.versions(draft?.id ?? "");
      expect(versions.map((v) => [v.version, v.savedBy])).toEqual([
        [1, "editor@example.org"],
        [2, "editor@example.org"],
        [3, "tweede@example.org"],
      ]);
    });

    it("makes a new intervention as a draft", async () => {
      const form = await get("/beheer/inhoud/bewerken?soort=intervention&nieuw=1");
      expect(form.status).toBe(200);
      const newForm = await form.text();
      expect(newForm).toContain("<h1>Nieuw: Interventie</h1>");
      expect(newForm).not.toMatch(/<input[^>]*name="id"[^>]*readonly/);
      const copy = { ...structuredClone(pipa), id: "pipa-regio", name: "PIPA regio", related: [] };
      const response = await save(copy, { onderdeel: "", basis: "0" });
      expect(response.status).toBe(303);
      expect(await beheer.store.drafts.openFor("intervention", "pipa-regio")).toMatchObject({
        status: "open",
      });
      const taken = await save({ ...copy }, { onderdeel: "", basis: "0" }, "tweede@example.org");
      expect(taken.status).toBe(400);
      expect(await taken.text()).toContain("Er bestaat al een onderdeel met dit kenmerk");
    });

    it("answers 400 without a kind and 404 for an item that does not exist", async () => {
      expect((await get("/beheer/inhoud/bewerken")).status).toBe(400);
      expect((await get("/beheer/inhoud/bewerken?soort=intervention&id=bestaat-niet")).status).toBe(404);
    });
  });
}
