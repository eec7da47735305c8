import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's root folder, whether this runs from src/ (tsx, vitest) or from the
 * compiled dist/src/ (npm start, bin/hechtingswijzer).
 */
export const PROJECT_ROOT = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.endsWith(join("dist", "src")) ? join(here, "..", "..") : join(here, "..");
})();

export const CONTENT_DIR = join(PROJECT_ROOT, "content");
