import type { Catalog, ContentProblem } from "../domain/types.js";
import { CONTENT_DIR } from "../paths.js";
import { buildCatalog } from "./build-catalog.js";
import { readContentDir } from "./content-files.js";
import { validateContent } from "./validate-content.js";

/** The knowledge base shipped with the project. */
export const DEFAULT_CONTENT_DIR = CONTENT_DIR;

/** Thrown when content does not validate; carries every problem found. */
export class InvalidContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `content is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${formatProblems(problems)}`,
    );
    this.name = "InvalidContentError";
  }
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.path ? `: ${p.path}` : ""}: ${p.message}`).join("\n");
}

/** Reads and validates a content folder; resolves with the problems instead of throwing. */
export async function checkContentDir(dir: string) {
  const { raw, problems } = await readContentDir(dir);
  return validateContent(raw, problems);
}

/** Loads a content folder into a Catalog, or throws InvalidContentError listing every problem. */
export async function loadCatalog(dir: string = DEFAULT_CONTENT_DIR, revision = 1): Promise<Catalog> {
  const result = await checkContentDir(dir);
  if (!result.ok) throw new InvalidContentError(result.problems);
  return buildCatalog(result.bundle, revision);
}
