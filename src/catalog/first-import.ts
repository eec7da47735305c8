import type { ContentTarget } from "./content-source.js";
import { checkContentDir, DEFAULT_CONTENT_DIR, InvalidContentError } from "./load-catalog.js";

/** Who made the first revision on a fresh database. */
export const FIRST_IMPORT_META = { author: "system", reason: "eerste import" } as const;

/**
 * Makes the store ready for the application: runs pending migrations and, on a
 * store without content (revision 0), validates the content folder and imports
 * it as revision 1. Resolves with the current revision.
 * Throws InvalidContentError when the folder does not validate.
 */
export async function ensureContent(
  store: ContentTarget,
  contentDir: string = DEFAULT_CONTENT_DIR,
): Promise<number> {
  await store.migrate();
  const current = await store.currentRevision();
  if (current > 0) return current;
  const result = await checkContentDir(contentDir);
  if (!result.ok) throw new InvalidContentError(result.problems);
  return store.importContent(result.bundle, FIRST_IMPORT_META);
}
