import type { Catalog } from "../domain/types.js";
import { buildCatalog } from "./build-catalog.js";
import type { ContentSource } from "./content-source.js";

/**
 * Holds the current Catalog snapshot. Readers call `current()` and never touch the
 * store; the holder swaps in a new snapshot when the content source reports a new
 * content revision (imported by this or another instance).
 */
export interface CatalogHolder {
  /** The snapshot in use. */
  current(): Catalog;
  /** Reloads from the content source now when its revision is newer; resolves with the snapshot in use. */
  refresh(): Promise<Catalog>;
  /** Calls back after every swap; returns a function that stops the calls. */
  onSwap(listener: (catalog: Catalog) => void): () => void;
  /** Stops listening to the content source. */
  close(): void;
}

export interface CatalogHolderOptions {
  /** Told when a reload fails; the previous snapshot stays in use. */
  readonly onReloadError?: (error: unknown) => void;
}

/**
 * Loads the source's current content into a snapshot and keeps it up to date.
 * Rejects when the source holds no content or the content cannot be loaded.
 */
export async function createCatalogHolder(
  source: ContentSource,
  options: CatalogHolderOptions = {},
): Promise<CatalogHolder> {
  const first = await source.loadContent();
  if (first.revision === 0) throw new Error("the store holds no content yet: import it first");
  let catalog = buildCatalog(first.bundle, first.revision);
  const listeners = new Set<(catalog: Catalog) => void>();
  // One reload at a time: notifications can arrive in bursts.
  let pending: Promise<Catalog> | undefined;
  let again = false;

  const reload = async (): Promise<Catalog> => {
    const { revision, bundle } = await source.loadContent();
    if (revision > catalog.revision) {
      catalog = buildCatalog(bundle, revision);
      for (const listener of listeners) listener(catalog);
    }
    return catalog;
  };

  const refresh = (): Promise<Catalog> => {
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      try {
        do {
          again = false;
          await reload();
        } while (again);
        return catalog;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };

  const stopListening = source.onRevisionChange((revision) => {
    if (revision <= catalog.revision) return;
    refresh().catch((error: unknown) => options.onReloadError?.(error));
  });

  return {
    current: () => catalog,
    refresh,
    onSwap(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stopListening();
      listeners.clear();
    },
  };
}

/** A holder around a fixed snapshot (tests, tools that do not use a store). */
export function fixedCatalogHolder(catalog: Catalog): CatalogHolder {
  return {
    current: () => catalog,
    refresh: async () => catalog,
    onSwap: () => () => {},
    close: () => {},
  };
}
