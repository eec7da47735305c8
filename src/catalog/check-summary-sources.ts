import type { ContentProblem, Intervention } from "../domain/types.js";

/*
 * DOMAIN.md: every fact in the knowledge base cites where it comes from. A summary
 * retells facts, so it names the sources it rests on, and marks what no source gave
 * as the project's own description (docs/decisions/072).
 */

const ADDRESS = /^https?:\/\/\S+$/;

/**
 * Adds a problem for a summary that cites nothing and marks nothing as its own, and
 * for a source cited by the summary or a note that is neither a known document id nor
 * a web address.
 */
export function checkSummarySources(
  intervention: Intervention,
  file: string,
  documentIds: ReadonlySet<string> | undefined,
  problems: ContentProblem[],
): void {
  const { sources, ownDescription } = intervention.summary;
  if ((sources === undefined || sources.length === 0) && ownDescription === undefined) {
    problems.push({
      file,
      path: "summary.sources",
      message:
        "a summary must name the sources it rests on (summary.sources) or mark its text as own description (summary.ownDescription)",
    });
  }
  checkCitedSources(sources ?? [], file, "summary.sources", documentIds, problems);
  // A note names what it is about the same way: document ids or addresses.
  intervention.notes.forEach((note, i) => {
    checkCitedSources(note.sources, file, `notes.${i}.sources`, documentIds, problems);
  });
}

/** A problem for each cited source that is neither a known document id nor a web address. */
function checkCitedSources(
  sources: readonly string[],
  file: string,
  path: string,
  documentIds: ReadonlySet<string> | undefined,
  problems: ContentProblem[],
): void {
  sources.forEach((source, i) => {
    if (ADDRESS.test(source) || documentIds === undefined || documentIds.has(source)) return;
    problems.push({
      file,
      path: `${path}.${i}`,
      message: `"${source}" is neither a source document id nor a web address`,
    });
  });
}
