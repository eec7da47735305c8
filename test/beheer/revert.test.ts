import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Editing } from "../../src/curation/editing.js";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import type { Curator } from "../../src/domain/accounts.js";
import type { Intervention } from "../../src/domain/types.js";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, form, logInThroughForm, withCookie } from "./support.js";

/*
 * Setting an item back (issue 15, item 4): a reviewer sees what changes, gives a reason,
 * and gets a new revision with the old content; the history says who did what.
 */

const curator = (email: string, role: Curator["role"]): Curator => ({
  id: email,
  email,
  displayName: "",
  role,
  createdAt: "",
  secondFactor: false,
});

for (const dialect of DIALECTS) {
  describe(`setting an item back on ${dialect.name}`, () => {
    let beheer: BeheerApp;
    let reviewerCookie = "";
    let reviewerToken = "";
    let shipped: Intervention;

    beforeAll(async () => {
      beheer = await createBeheerApp(dialect);
      await beheer.addAccount("reviewer@example.org", "reviewer");
      const { session } = await logInThroughForm(beheer.app, "reviewer@example.org");
      reviewerCookie = `hw_beheer=${session}`;
      reviewerToken = csrfTokenFor(session ?? "");
      shipped = (await beheer.store.loadContent()).bundle.interventions.find(
        (i) => i.id === "pipa",
      ) as Intervention;
      // Revision 2: an editor's change, published by another reviewer.
      const editing = new Editing(beheer.store, { allowSelfPublish: false });
      const changed = structuredClone(shipped);
      changed.summary.professionals.nl = "Tijdelijke tekst die terug moet.";
      const saved = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: changed,
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: 1,
        reason: "proef",
        actor: { curator: curator("editor@example.org", "editor"), address: "" },
      });
      if (!saved.ok) throw new Error("draft refused");
      await editing.publish({
        draftId: saved.draft.id,
        version: 1,
        actor: { curator: curator("other@example.org", "reviewer"), address: "" },
      });
    });
    afterAll(async () => {
      await beheer.close();
    });

    const path = "/beheer/inhoud/terugzetten?soort=intervention&id=pipa&revisie=1";

    it("shows who published each revision and offers reviewers to set back an earlier one", async () => {
      const html = await (
        await beheer.app.request("/beheer/inhoud/geschiedenis?soort=intervention&id=pipa", {
          headers: { Cookie: reviewerCookie },
        })
      ).text();
      expect(html).toContain("editor@example.org (gepubliceerd door other@example.org)");
      expect(html).toContain(`href="${path.replaceAll("&", "&amp;")}"`);
    });

    it("shows what setting back changes, and refuses it without a reason", async () => {
      const page = await beheer.app.request(path, { headers: { Cookie: reviewerCookie } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("Tijdelijke tekst die terug moet.");
      expect(html).toContain(shipped.summary.professionals.nl.slice(0, 40));
      const refused = await beheer.app.request(
        path,
        withCookie(form({ csrf: reviewerToken, reden: " " }), reviewerCookie),
      );
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain("Geef een reden voor het terugzetten");
      expect(await beheer.store.currentRevision()).toBe(2);
    });

    it("sets the item back as a new revision with the reason, and says so on the history", async () => {
      const done = await beheer.app.request(
        path,
        withCookie(form({ csrf: reviewerToken, reden: "terug naar de richtlijn" }), reviewerCookie),
      );
      expect(done.status).toBe(303);
      const location = done.headers.get("location") ?? "";
      expect(location).toContain("teruggezet=3&naar=1");
      const history = await (
        await beheer.app.request(location, { headers: { Cookie: reviewerCookie } })
      ).text();
      expect(history).toContain("Teruggezet: revisie 3 heeft de inhoud van revisie 1.");
      const versions = await beheer.store.itemHistory("intervention", "pipa");
      expect(versions.at(-1)).toMatchObject({
        revision: 3,
        reason: "terug naar de richtlijn",
        reviewer: "reviewer@example.org",
        item: shipped,
      });
      const audit = await beheer.store.accounts.listAudit({ limit: 5, offset: 0, action: "content.revert" });
      expect(audit.map((entry) => [entry.actor, entry.subject])).toEqual([
        ["reviewer@example.org", "intervention/pipa"],
      ]);
    });

    it("answers 404 for a revision the item does not have and 400 without one", async () => {
      const get = (query: string) =>
        beheer.app.request(`/beheer/inhoud/terugzetten?${query}`, { headers: { Cookie: reviewerCookie } });
      expect((await get("soort=intervention&id=pipa&revisie=99")).status).toBe(404);
      expect((await get("soort=intervention&id=pipa")).status).toBe(400);
    });
  });
}
