import { beforeAll, describe, expect, it } from "vitest";
import { createCatalogHolder } from "../../src/catalog/catalog-holder.js";
import type { ContentSource, ContentTarget } from "../../src/catalog/content-source.js";
import { ensureContent, FIRST_IMPORT_META } from "../../src/catalog/first-import.js";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import type { ContentBundle, RevisionMeta } from "../../src/domain/types.js";

/*
 * The catalog needs no database: any object with the ContentSource and ContentTarget
 * methods will do. Here one kept in memory, the database's own tests use the Store.
 */

/** Revisions in memory: each import adds one and tells the subscribers. */
function memoryContent(): ContentSource & ContentTarget & { readonly metas: RevisionMeta[] } {
  const revisions: ContentBundle[] = [];
  const metas: RevisionMeta[] = [];
  const subscribers = new Set<(revision: number) => void>();
  const empty: ContentBundle = {
    interventions: [],
    harmfulPractices: [],
    situations: [],
    preconditions: [],
    sources: [],
    synonyms: [],
  };
  return {
    metas,
    migrate: async () => {},
    currentRevision: async () => revisions.length,
    loadContent: async () => ({ revision: revisions.length, bundle: revisions.at(-1) ?? empty }),
    importContent: async (bundle, meta) => {
      revisions.push(bundle);
      metas.push(meta);
      for (const subscriber of subscribers) subscriber(revisions.length);
      return revisions.length;
    },
    onRevisionChange(callback) {
      subscribers.add(callback);
      return () => subscribers.delete(callback);
    },
  };
}

let shipped: ContentBundle;
beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok) throw new Error("the shipped content does not validate");
  shipped = result.bundle;
});

describe("catalog on a content source that is not a database", () => {
  it("imports the content folder once, as the system's first revision", async () => {
    const content = memoryContent();
    expect(await ensureContent(content)).toBe(1);
    expect(await ensureContent(content)).toBe(1);
    expect(content.metas).toEqual([FIRST_IMPORT_META]);
  });

  it("holds the source's snapshot and swaps when the source has a new revision", async () => {
    const content = memoryContent();
    await content.importContent(shipped, { author: "test", reason: "first" });
    const holder = await createCatalogHolder(content);
    try {
      expect(holder.current().revision).toBe(1);
      const swapped = new Promise<number>((resolve) => holder.onSwap((catalog) => resolve(catalog.revision)));
      await content.importContent({ ...shipped, synonyms: [] }, { author: "test", reason: "second" });
      expect(await swapped).toBe(2);
      expect(holder.current().synonyms).toEqual([]);
    } finally {
      holder.close();
    }
  });
});
