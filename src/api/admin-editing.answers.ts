import type { z } from "zod";
import type { ItemProblems, PublishOutcome } from "../curation/editing.js";
import { AppError, formatIssuePath } from "../domain/app-error.js";
import type { Draft, DraftVersion } from "../domain/drafts.js";
import { HttpAppError } from "../http/problem.js";
import type { draftSchema, draftSummarySchema } from "./admin-editing.schemas.js";

/*
 * How the admin API answers about drafts: a draft as JSON, and each refusal of the
 * editing core (src/curation/editing.ts) as the problem it is (400/403/404/409/422).
 */

/** A draft as the list shows it: its newest version's numbers, no content. */
export function summary(draft: Draft): z.infer<typeof draftSummarySchema> {
  return {
    id: draft.id,
    kind: draft.kind,
    itemId: draft.itemId,
    status: draft.status,
    version: draft.latest.version,
    baseRevision: draft.latest.baseRevision,
    authors: [...draft.authors],
    savedAt: draft.latest.savedAt,
    reason: draft.latest.reason,
  };
}

/** A draft with its newest content and every version (without their content: ask for the draft). */
export function detail(draft: Draft, versions: readonly DraftVersion[]): z.infer<typeof draftSchema> {
  return {
    ...summary(draft),
    createdBy: draft.createdBy,
    createdAt: draft.createdAt,
    decidedBy: draft.decidedBy ?? null,
    decidedAt: draft.decidedAt ?? null,
    publishedRevision: draft.publishedRevision ?? null,
    // Saved only after it checked out as an item of its kind: an object, or the synonym groups.
    item: draft.latest.data as z.infer<typeof draftSchema>["item"],
    versions: versions.map(({ data: _data, ...version }) => version),
  };
}

/** "indications.0.age.from" (the content check's path) as the API writes paths: "indications[0].age.from". */
export function itemIssuePath(dotted: string): string {
  if (dotted === "") return "";
  return formatIssuePath(dotted.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
}

/** 422: the item's own problems at their fields, and what it would break elsewhere. */
export function contentProblem(problems: ItemProblems, message: string): HttpAppError {
  return new HttpAppError(
    "invalid-content",
    message,
    {},
    problems.inItem.map((p) => ({ path: itemIssuePath(p.path), message: p.message })),
    undefined,
    { elsewhere: problems.elsewhere },
  );
}

/** 409 with the draft as it is now, so the client can reload it and try again. */
export function draftConflict(message: string, draft: Draft | undefined, more: Record<string, unknown> = {}) {
  return new HttpAppError("conflict", message, {}, [], undefined, {
    ...(draft ? { draft: summary(draft) } : {}),
    ...more,
  });
}

/** A refused publish or revert as the problem it is; `draft` is the draft as it is now, if any. */
export function refusal(outcome: Exclude<PublishOutcome, { ok: true }>, draft: Draft | undefined): AppError {
  switch (outcome.refused) {
    case "own-draft":
      return new AppError(
        "forbidden",
        "Four eyes: you saved a version of this draft, so another reviewer publishes it (this installation does not allow self-publishing).",
      );
    case "not-open":
      return draftConflict(`The draft is ${draft?.status ?? "gone"}, not open.`, draft);
    case "draft-changed":
      return draftConflict("The draft was saved again since you read it: read it again.", draft);
    case "base-changed":
      return draftConflict(
        `The item was published since the draft began (revision ${outcome.publishedRevision}; the draft started from ${outcome.baseRevision}): its editor has to take those changes in first.`,
        draft,
        { publishedRevision: outcome.publishedRevision },
      );
    case "invalid":
      return contentProblem(outcome.problems, "The knowledge base would not check out with this change.");
    case "unchanged":
      return draftConflict("This would change nothing: the item is like this already.", draft);
    case "busy":
      return draftConflict("Other revisions kept coming in meanwhile; try again.", draft);
    case "no-such-version":
      return new AppError("not-found", "The item did not exist in that revision.");
  }
}
