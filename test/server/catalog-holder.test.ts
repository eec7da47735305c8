import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CatalogHolder, createCatalogHolder } from "../../src/catalog/catalog-holder.js";
import { ensureContent } from "../../src/catalog/first-import.js";
import type { Store } from "../../src/db/store.js";
import type { Catalog } from "../../src/domain/types.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** Counts the store calls the holder makes, to show reads never reach the database. */
function counting(store: Store): { store: Store; loads: () => number } {
  let loads = 0;
  const wrapped = Object.assign(Object.create(store) as Store, {
    loadContent: () => {
      loads++;
      return store.loadContent();
    },
  });
  return { store: wrapped, loads: () => loads };
}

describe("catalog holder", () => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await dialect.create();
    store = await database.open();
    await ensureContent(store);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("reads the snapshot from memory: current() never touches the store", async () => {
    const { store: watched, loads } = counting(store);
    const holder = await createCatalogHolder(watched);
    try {
      expect(loads()).toBe(1);
      for (let i = 0; i < 100; i++) holder.current();
      expect(loads()).toBe(1);
      expect(holder.current().interventionById.get("pipa")?.name).toBe("PIPA");
    } finally {
      holder.close();
    }
  });

  it("swaps in a new snapshot after an import and tells its listeners", async () => {
    const holder: CatalogHolder = await createCatalogHolder(store);
    try {
      const swapped: Catalog[] = [];
      holder.onSwap((catalog) => swapped.push(catalog));
      const before = holder.current();
      const { bundle } = await store.loadContent();
      const changed = structuredClone(bundle) as unknown as { interventions: { id: string; name: string }[] };
      const target = changed.interventions.find((intervention) => intervention.id === "ddp");
      if (target) target.name = "DDP (herzien)";
      const revision = await store.importContent(changed as unknown as typeof bundle, {
        author: "test",
        reason: "swap",
      });
      const after = await holder.refresh();
      expect(after.revision).toBe(revision);
      expect(after).not.toBe(before);
      expect(holder.current()).toBe(after);
      expect(swapped.at(-1)?.revision).toBe(revision);
      // The old snapshot is untouched: a request that holds it sees one consistent revision.
      expect(before.revision).toBeLessThan(revision);
      expect(before.interventionById.get("ddp")?.name).toBe("DDP");
      expect(after.interventionById.get("ddp")?.name).toBe("DDP (herzien)");
    } finally {
      holder.close();
    }
  });

  it("keeps the snapshot in use when a reload fails", async () => {
    let loads = 0;
    const shaky = Object.assign(Object.create(store) as Store, {
      // The first load (at start) works; every later one fails as with a database that went down.
      loadContent: async () => {
        loads++;
        if (loads > 1) throw new Error("database down");
        return store.loadContent();
      },
    });
    const holder = await createCatalogHolder(shaky);
    try {
      const before = holder.current();
      await expect(holder.refresh()).rejects.toThrow("database down");
      expect(holder.current()).toBe(before);
    } finally {
      holder.close();
    }
  });

  it("refuses a store without content", async () => {
    const empty = await dialect.create();
    try {
      const emptyStore = await empty.open();
      await emptyStore.migrate();
      await expect(createCatalogHolder(emptyStore)).rejects.toThrow(/no content/);
    } finally {
      await empty.drop();
    }
  });
});
