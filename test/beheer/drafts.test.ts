import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Editing } from "../../src/curation/editing.js";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import type { CuratorRole } from "../../src/domain/accounts.js";
import type { Intervention } from "../../src/domain/types.js";
import { DIALECTS } from "../db/dialects.js";
import { pollUntil } from "../support/poll-until.js";
import { type BeheerApp, createBeheerApp, form, logInThroughForm, withCookie } from "./support.js";

/*
 * Reviewing and publishing drafts in /beheer (issue 15, item 3): four eyes, the version
 * the reviewer saw, withdrawal, and the public site showing a publish.
 */

const ROLES = ["editor", "reviewer", "admin"] as const;

for (const dialect of DIALECTS) {
  describe(`reviewing drafts on ${dialect.name}`, () => {
    let beheer: BeheerApp;
    let editing: Editing;
    const cookies: Record<string, string> = {};
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      beheer = await createBeheerApp(dialect);
      editing = new Editing(beheer.store, { allowSelfPublish: false });
      for (const role of ROLES) {
        await beheer.addAccount(`${role}@example.org`, role);
        const { session } = await logInThroughForm(beheer.app, `${role}@example.org`);
        if (!session) throw new Error(`${role} could not log in`);
        cookies[role] = `hw_beheer=${session}`;
        tokens[role] = csrfTokenFor(session);
      }
    });
    afterAll(async () => {
      await beheer.close();
    });

    const get = (path: string, role: CuratorRole) =>
      beheer.app.request(path, { headers: { Cookie: cookies[role] ?? "" } });
    const post = (path: string, role: CuratorRole, fields: Record<string, string>) =>
      beheer.app.request(
        path,
        withCookie(form({ csrf: tokens[role] ?? "", ...fields }), cookies[role] ?? ""),
      );

    /** A draft of PIPA with a new Dutch summary for professionals, saved by `role`. */
    async function draftOfPipa(text: string, role: CuratorRole = "editor") {
      const { bundle } = await beheer.store.loadContent();
      const pipa = structuredClone(bundle.interventions.find((i) => i.id === "pipa")) as Intervention;
      pipa.summary.professionals.nl = text;
      const published = await beheer.store.publishedVersion("intervention", "pipa");
      const outcome = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: pipa,
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: published?.revision ?? 0,
        reason: `reden: ${text}`,
        actor: {
          curator: {
            id: role,
            email: `${role}@example.org`,
            displayName: "",
            role,
            createdAt: "",
            secondFactor: false,
          },
          address: "192.0.2.9",
        },
      });
      if (!outcome.ok) throw new Error(`draft refused: ${JSON.stringify(outcome)}`);
      return outcome.draft;
    }

    it("lists an open draft and shows its author no publish button (four eyes)", async () => {
      const draft = await draftOfPipa("Samenvatting ter review.");
      const list = await (await get("/beheer/concepten", "editor")).text();
      expect(list).toContain(`/beheer/concepten/concept?id=${draft.id}`);
      expect(list).toContain("reden: Samenvatting ter review.");

      const asAuthor = await (await get(`/beheer/concepten/concept?id=${draft.id}`, "editor")).text();
      expect(asAuthor).not.toContain("/beheer/concepten/publiceren");
      expect(asAuthor).toContain("Alleen een reviewer publiceert.");
      const asReviewer = await (await get(`/beheer/concepten/concept?id=${draft.id}`, "reviewer")).text();
      expect(asReviewer).toContain('action="/beheer/concepten/publiceren"');
      // The reviewer sees what publishing changes, field by field.
      expect(asReviewer).toContain("Wijzigingen ten opzichte van de gepubliceerde versie");
      expect(asReviewer).toMatch(
        /Samenvatting › Voor professionals › Nederlands[\s\S]*<ins>Samenvatting ter review.<\/ins>/,
      );

      // An editor may not publish, even by posting the form by hand.
      const refused = await post("/beheer/concepten/publiceren", "editor", { id: draft.id, versie: "1" });
      expect(refused.status).toBe(403);
      await editing.withdraw(draft.id, 1, {
        curator: {
          id: "e",
          email: "editor@example.org",
          displayName: "",
          role: "editor",
          createdAt: "",
          secondFactor: false,
        },
        address: "",
      });
    });

    it("refuses a reviewer who wrote part of the draft, and publishes for another one", async () => {
      const draft = await draftOfPipa("Door de reviewer geschreven.", "reviewer");
      const own = await post("/beheer/concepten/publiceren", "reviewer", { id: draft.id, versie: "1" });
      expect(own.status).toBe(403);
      expect(await own.text()).toContain("Een andere reviewer publiceert het (vier ogen).");
      expect(await beheer.store.currentRevision()).toBe(1);

      const stale = await post("/beheer/concepten/publiceren", "admin", { id: draft.id, versie: "0" });
      expect(stale.status).toBe(409);

      const published = await post("/beheer/concepten/publiceren", "admin", { id: draft.id, versie: "1" });
      expect(published.status).toBe(303);
      expect(published.headers.get("location")).toBe(
        `/beheer/concepten/concept?id=${draft.id}&gedaan=gepubliceerd`,
      );
      const page = await (await get(published.headers.get("location") ?? "", "admin")).text();
      expect(page).toContain("Gepubliceerd als revisie 2.");
      expect(await beheer.store.currentRevision()).toBe(2);

      // The public page and the API serve the new revision once the holder has swapped.
      await pollUntil(() => beheer.holder.current().revision === 2);
      expect(await (await beheer.app.request("/interventies/pipa")).text()).toContain(
        "Door de reviewer geschreven.",
      );
      const api = (await (await beheer.app.request("/api/v1/interventions/pipa")).json()) as {
        summary: { professionals: string };
      };
      expect(JSON.stringify(api)).toContain("Door de reviewer geschreven.");

      const again = await post("/beheer/concepten/publiceren", "admin", { id: draft.id, versie: "1" });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain("Dit concept is al gepubliceerd of ingetrokken.");
    });

    it("withdraws a draft at the version shown, and keeps its versions", async () => {
      const draft = await draftOfPipa("Wordt ingetrokken.");
      const withdrawn = await post("/beheer/concepten/intrekken", "editor", { id: draft.id, versie: "1" });
      expect(withdrawn.status).toBe(303);
      expect(await beheer.store.drafts.get(draft.id)).toMatchObject({ status: "withdrawn" });
      expect(await beheer.store.drafts.versions(draft.id)).toHaveLength(1);
      const list = await (await get("/beheer/concepten", "editor")).text();
      expect(list).toContain("ingetrokken");
    });

    it("answers 404 for a draft that does not exist", async () => {
      expect((await get("/beheer/concepten/concept?id=bestaat-niet", "editor")).status).toBe(404);
    });
  });
}
