import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureContent } from "../../src/catalog/first-import.js";
import { Editing, type EditingActor } from "../../src/curation/editing.js";
import type { Store } from "../../src/db/index.js";
import type { Curator, CuratorRole } from "../../src/domain/accounts.js";
import type { Intervention } from "../../src/domain/types.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";

function actor(email: string, role: CuratorRole): EditingActor {
  const curator: Curator = { id: email, email, displayName: email, role, createdAt: "", secondFactor: false };
  return { curator, address: "192.0.2.1" };
}

const editor = actor("editor@example.org", "editor");
const otherEditor = actor("other@example.org", "editor");
const reviewer = actor("reviewer@example.org", "reviewer");

for (const dialect of DIALECTS) {
  describe(`editing the knowledge base on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let editing: Editing;
    let pipa: Intervention;

    beforeEach(async () => {
      database = await dialect.create();
      store = await database.open();
      await ensureContent(store);
      editing = new Editing(store, { allowSelfPublish: false });
      pipa = (await store.loadContent()).bundle.interventions.find((i) => i.id === "pipa") as Intervention;
    });
    afterEach(async () => {
      await database.drop();
    });

    /** PIPA with its Dutch summary for professionals replaced. */
    function pipaWithSummary(text: string): Intervention {
      const copy = structuredClone(pipa);
      copy.summary.professionals.nl = text;
      return copy;
    }

    async function saveNew(item: unknown, by: EditingActor = editor) {
      const outcome = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item,
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: 1,
        reason: "samenvatting bijgewerkt",
        actor: by,
      });
      if (!outcome.ok) throw new Error(`save refused: ${JSON.stringify(outcome)}`);
      return outcome.draft;
    }

    it("saves a valid edit as a draft and leaves the published content alone", async () => {
      const draft = await saveNew(pipaWithSummary("Nieuwe samenvatting."));
      expect(draft).toMatchObject({
        kind: "intervention",
        itemId: "pipa",
        status: "open",
        authors: [editor.curator.email],
      });
      expect(draft.latest).toMatchObject({ version: 1, baseRevision: 1, reason: "samenvatting bijgewerkt" });
      expect(await store.currentRevision()).toBe(1);
      const audit = await store.accounts.listAudit({ limit: 10, offset: 0, action: "draft.save" });
      expect(audit.map((a) => [a.actor, a.subject])).toEqual([[editor.curator.email, "intervention/pipa"]]);
    });

    it("refuses an invalid edit with every problem at its field, and saves nothing", async () => {
      const broken = structuredClone(pipa) as unknown as Record<string, unknown>;
      broken.name = " ";
      const [first, ...rest] = broken.indications as { age: Record<string, unknown> }[];
      broken.indications = [{ ...first, age: { basis: "stated", from: 9, to: 2 } }, ...rest];
      const outcome = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: broken,
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: 1,
        reason: "",
        actor: editor,
      });
      if (outcome.ok || !("problems" in outcome)) throw new Error("expected problems");
      const paths = outcome.problems.inItem.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(["name", "indications.0.age.from"]));
      expect(await store.drafts.openFor("intervention", "pipa")).toBeUndefined();
      expect(await store.accounts.listAudit({ limit: 10, offset: 0, action: "draft.save" })).toEqual([]);
    });

    it("refuses a reference to an intervention that does not exist, at the field that makes it", async () => {
      const outcome = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: { ...pipa, related: ["bestaat-niet"] },
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: 1,
        reason: "",
        actor: editor,
      });
      if (outcome.ok || !("problems" in outcome)) throw new Error("expected problems");
      expect(outcome.problems.inItem.map((p) => p.path)).toEqual([expect.stringMatching(/^related/)]);
      expect(await store.drafts.openFor("intervention", "pipa")).toBeUndefined();
    });

    it("shows the second editor the first one's draft instead of overwriting it", async () => {
      const first = await saveNew(pipaWithSummary("Eerste redacteur."));
      const second = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: pipaWithSummary("Tweede redacteur."),
        draftId: undefined,
        expectedVersion: undefined,
        baseRevision: 1,
        reason: "",
        actor: otherEditor,
      });
      expect(second).toMatchObject({ ok: false, conflict: { id: first.id } });
      // Both filled the form from version 1; the first saves version 2, the second is stale.
      const save = (text: string, by: EditingActor) =>
        editing.saveDraft({
          kind: "intervention",
          itemId: "pipa",
          item: pipaWithSummary(text),
          draftId: first.id,
          expectedVersion: 1,
          baseRevision: 1,
          reason: "",
          actor: by,
        });
      expect(await save("Versie 2.", editor)).toMatchObject({ ok: true, draft: { latest: { version: 2 } } });
      const stale = await save("Versie van de ander.", otherEditor);
      expect(stale).toMatchObject({ ok: false, conflict: { latest: { version: 2 } } });
      const versions = await store.drafts.versions(first.id);
      expect(versions.map((v) => (v.data as Intervention).summary.professionals.nl)).toEqual([
        "Eerste redacteur.",
        "Versie 2.",
      ]);
    });

    it("lets only a reviewer who wrote none of the draft publish it, as one new revision", async () => {
      const before = (await store.loadContent()).bundle;
      const draft = await saveNew(pipaWithSummary("Gepubliceerd."));
      const reviewerAsEditor = await editing.saveDraft({
        kind: "intervention",
        itemId: "pipa",
        item: pipaWithSummary("Gepubliceerd, bijgeschaafd."),
        draftId: draft.id,
        expectedVersion: 1,
        baseRevision: 1,
        reason: "bijgeschaafd",
        actor: reviewer,
      });
      expect(reviewerAsEditor.ok).toBe(true);
      expect(await editing.publish({ draftId: draft.id, version: 2, actor: reviewer })).toEqual({
        ok: false,
        refused: "own-draft",
      });
      const secondReviewer = actor("second-reviewer@example.org", "reviewer");
      expect(await editing.publish({ draftId: draft.id, version: 1, actor: secondReviewer })).toEqual({
        ok: false,
        refused: "draft-changed",
      });
      expect(await editing.publish({ draftId: draft.id, version: 2, actor: secondReviewer })).toEqual({
        ok: true,
        revision: 2,
      });
      const { bundle } = await store.loadContent();
      expect(bundle.interventions.find((i) => i.id === "pipa")?.summary.professionals.nl).toBe(
        "Gepubliceerd, bijgeschaafd.",
      );
      expect(await store.drafts.get(draft.id)).toMatchObject({
        status: "published",
        publishedRevision: 2,
        decidedBy: secondReviewer.curator.email,
      });
      const history = await store.itemHistory("intervention", "pipa");
      expect(history.at(-1)).toMatchObject({ revision: 2, reason: "bijgeschaafd" });
      expect(history.at(-1)?.author).toContain(editor.curator.email);
      // Every other item is untouched: revision 2 holds only PIPA.
      expect({ ...bundle, interventions: bundle.interventions.filter((i) => i.id !== "pipa") }).toEqual({
        ...before,
        interventions: before.interventions.filter((i) => i.id !== "pipa"),
      });
      const audit = await store.accounts.listAudit({ limit: 10, offset: 0, action: "content.publish" });
      expect(audit.map((a) => [a.actor, a.subject, a.detail.revision])).toEqual([
        [secondReviewer.curator.email, "intervention/pipa", 2],
      ]);
    });

    it("lets one person write and publish when the installation allows it", async () => {
      const solo = new Editing(store, { allowSelfPublish: true });
      const draft = await saveNew(pipaWithSummary("Klein team."), reviewer);
      expect(await solo.publish({ draftId: draft.id, version: 1, actor: reviewer })).toEqual({
        ok: true,
        revision: 2,
      });
    });

    it("refuses a draft whose item was published since it began, naming both revisions", async () => {
      const draft = await saveNew(pipaWithSummary("Concept."));
      const { bundle } = await store.loadContent();
      const imported = structuredClone(bundle);
      (imported.interventions.find((i) => i.id === "pipa") as Intervention).name = "PIPA (nieuw)";
      await store.importContent(imported, { author: "cli", reason: "import" });
      expect(await editing.publish({ draftId: draft.id, version: 1, actor: reviewer })).toEqual({
        ok: false,
        refused: "base-changed",
        baseRevision: 1,
        publishedRevision: 2,
      });
      expect(await store.currentRevision()).toBe(2);
    });

    it("sets an item back to an earlier revision as a new revision", async () => {
      const draft = await saveNew(pipaWithSummary("Tijdelijk."));
      await editing.publish({ draftId: draft.id, version: 1, actor: reviewer });
      const outcome = await editing.revert({
        kind: "intervention",
        itemId: "pipa",
        content: pipa,
        revision: 1,
        reason: "terug naar de bron",
        actor: reviewer,
      });
      expect(outcome).toEqual({ ok: true, revision: 3 });
      const { bundle } = await store.loadContent();
      expect(bundle.interventions.find((i) => i.id === "pipa")).toEqual(pipa);
      expect((await store.itemHistory("intervention", "pipa")).map((v) => v.revision)).toEqual([1, 2, 3]);
      expect(await editing.revert({ ...revertInput(), content: pipa })).toEqual({
        ok: false,
        refused: "unchanged",
      });
    });

    function revertInput() {
      return { kind: "intervention" as const, itemId: "pipa", revision: 1, reason: "x", actor: reviewer };
    }

    it("writes nothing when another revision came in after the check", async () => {
      const stale = await store.publishChange({
        kind: "intervention",
        itemId: "pipa",
        data: JSON.stringify(pipaWithSummary("Te laat.")),
        basedOn: 0,
        meta: { author: "a", reason: "b", reviewer: "c" },
        action: "content.publish",
        address: "",
      });
      expect(stale).toEqual({ ok: false, reason: "stale" });
      expect(await store.currentRevision()).toBe(1);
    });
  });
}
