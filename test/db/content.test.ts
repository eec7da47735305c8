import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureContent } from "../../src/catalog/first-import.js";
import { checkContentDir, DEFAULT_CONTENT_DIR, InvalidContentError } from "../../src/catalog/load-catalog.js";
import type { Store } from "../../src/db/index.js";
import { UnknownRevisionError } from "../../src/domain/content-history.js";
import type { ContentBundle } from "../../src/domain/types.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

let shipped: ContentBundle;
beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok)
    throw new Error(`the shipped content does not validate: ${JSON.stringify(result.problems)}`);
  shipped = result.bundle;
});

/** The shipped content with one intervention's Dutch summary for professionals changed. */
function withChangedSummary(bundle: ContentBundle, id: string, text: string): ContentBundle {
  const copy = structuredClone(bundle);
  const target = copy.interventions.find((i) => i.id === id);
  if (!target) throw new Error(`no intervention ${id} in the shipped content`);
  target.summary.professionals.nl = text;
  return copy;
}

for (const dialect of DIALECTS) {
  describe(`content revisions on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeEach(async () => {
      database = await dialect.create();
      store = await database.open();
    });
    afterEach(async () => {
      await database.drop();
    });

    it("imports the shipped content as revision 1 on first start and gives it back unchanged", async () => {
      expect(await ensureContent(store)).toBe(1);
      const { revision, bundle } = await store.loadContent();
      expect(revision).toBe(1);
      expect(bundle).toEqual(shipped);
      // Same order every time, also in the single files (the form lists situations in file order).
      expect(bundle.situations.map((s) => s.code)).toEqual(shipped.situations.map((s) => s.code));
      const [first] = await store.itemHistory("intervention", "pipa");
      expect(first).toMatchObject({ revision: 1, author: "system", reason: "eerste import" });
    });

    it("does not import again on a later start", async () => {
      await ensureContent(store);
      await store.importContent(withChangedSummary(shipped, "pipa", "Gewijzigd."), {
        author: "a",
        reason: "b",
      });
      expect(await ensureContent(store)).toBe(2);
      expect(await store.currentRevision()).toBe(2);
    });

    it("refuses invalid content on first start and stores nothing", async () => {
      const dir = await mkdtemp(join(tmpdir(), "hw-empty-content-"));
      try {
        await writeFile(join(dir, "situations.yaml"), "situations: [", "utf8");
        await expect(ensureContent(store, dir)).rejects.toBeInstanceOf(InvalidContentError);
        expect(await store.currentRevision()).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("makes revision 2 for one changed intervention and keeps revision 1's version", async () => {
      await ensureContent(store);
      const changed = withChangedSummary(shipped, "pipa", "Nieuwe samenvatting voor professionals.");
      const revision = await store.importContent(changed, {
        author: "curator@example.org",
        reason: "tekst PIPA",
      });
      expect(revision).toBe(2);

      const { revision: loaded, bundle } = await store.loadContent();
      expect(loaded).toBe(2);
      expect(bundle).toEqual(changed);

      const history = await store.itemHistory("intervention", "pipa");
      expect(history.map((v) => [v.revision, v.author, v.reason])).toEqual([
        [1, "system", "eerste import"],
        [2, "curator@example.org", "tekst PIPA"],
      ]);
      expect(history[0]?.item).toEqual(shipped.interventions.find((i) => i.id === "pipa"));
      expect(history[1]?.item?.summary.professionals.nl).toBe("Nieuwe samenvatting voor professionals.");
      expect(Date.parse(history[1]?.createdAt ?? "")).toBeGreaterThanOrEqual(
        Date.parse(history[0]?.createdAt ?? ""),
      );
      // Only what changed is written again.
      expect(await store.itemHistory("intervention", "vipp-sd")).toHaveLength(1);
    });

    it("makes no revision when nothing changed", async () => {
      await ensureContent(store);
      expect(await store.importContent(structuredClone(shipped), { author: "a", reason: "opnieuw" })).toBe(1);
      expect(await store.currentRevision()).toBe(1);
      expect(await store.itemHistory("intervention", "pipa")).toHaveLength(1);
    });

    it("marks a removed intervention deleted, keeps its history and can bring it back", async () => {
      await ensureContent(store);
      const without = {
        ...shipped,
        interventions: shipped.interventions.filter((i) => i.id !== "theraplay"),
      };
      expect(await store.importContent(without, { author: "a", reason: "weg" })).toBe(2);
      const { bundle } = await store.loadContent();
      expect(bundle.interventions.map((i) => i.id)).not.toContain("theraplay");
      expect(bundle).toEqual(without);

      expect(await store.importContent(shipped, { author: "a", reason: "terug" })).toBe(3);
      expect((await store.loadContent()).bundle).toEqual(shipped);
      const history = await store.itemHistory("intervention", "theraplay");
      expect(history.map((v) => [v.revision, v.item === undefined])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
    });

    it("keeps a new order of the situations", async () => {
      await ensureContent(store);
      const reordered = { ...shipped, situations: [...shipped.situations].reverse() };
      expect(await store.importContent(reordered, { author: "a", reason: "volgorde" })).toBe(2);
      expect((await store.loadContent()).bundle.situations.map((s) => s.code)).toEqual(
        reordered.situations.map((s) => s.code),
      );
    });

    it("answers an empty history for an id that never existed", async () => {
      await ensureContent(store);
      expect(await store.itemHistory("intervention", "bestaat-niet")).toEqual([]);
    });

    it("keeps the history of every kind of item: a situation, a harmful practice and the synonym list", async () => {
      await ensureContent(store);
      const [firstSituation] = shipped.situations;
      if (!firstSituation) throw new Error("the shipped content has no situations");
      const changed = structuredClone(shipped) as {
        -readonly [K in keyof ContentBundle]: ContentBundle[K] extends readonly (infer T)[] ? T[] : never;
      };
      changed.situations[0] = { ...firstSituation, label: { ...firstSituation.label, nl: "Andere naam" } };
      changed.synonyms = [...shipped.synonyms, ["hechting", "binding"]];
      changed.harmfulPractices = shipped.harmfulPractices.slice(1);
      expect(await store.importContent(changed, { author: "a", reason: "drie soorten" })).toBe(2);

      const situation = await store.itemHistory("situation", firstSituation.code);
      expect(situation.map((v) => [v.revision, v.item?.label.nl])).toEqual([
        [1, firstSituation.label.nl],
        [2, "Andere naam"],
      ]);
      const synonyms = await store.itemHistory("synonyms", "synonyms");
      expect(synonyms.map((v) => v.item?.length)).toEqual([
        shipped.synonyms.length,
        shipped.synonyms.length + 1,
      ]);
      const removed = shipped.harmfulPractices[0]?.id ?? "";
      const practice = await store.itemHistory("harmful-practice", removed);
      expect(practice.map((v) => [v.revision, v.reason, v.item === undefined])).toEqual([
        [1, "eerste import", false],
        [2, "drie soorten", true],
      ]);
      // An id of another kind is another item.
      expect(await store.itemHistory("situation", "pipa")).toEqual([]);
    });

    it("gives the content as of every revision, and refuses a revision that was never made", async () => {
      await ensureContent(store);
      const second = withChangedSummary(shipped, "pipa", "Tweede.");
      const third = { ...second, interventions: second.interventions.filter((i) => i.id !== "theraplay") };
      await store.importContent(second, { author: "a", reason: "2" });
      await store.importContent(third, { author: "a", reason: "3" });

      expect(await store.loadContent(1)).toEqual({ revision: 1, bundle: shipped });
      expect(await store.loadContent(2)).toEqual({ revision: 2, bundle: second });
      expect(await store.loadContent(3)).toEqual({ revision: 3, bundle: third });
      expect(await store.loadContent()).toEqual({ revision: 3, bundle: third });
      for (const unknown of [0, 4, -1, 1.5, Number.NaN]) {
        const refused = store.loadContent(unknown);
        await expect(refused).rejects.toBeInstanceOf(UnknownRevisionError);
        await expect(refused).rejects.toMatchObject({ code: "not-found", current: 3 });
      }
    });
  });
}
