import { z } from "zod";
import { DRAFT_STATUSES, EDITABLE_KINDS } from "../domain/drafts.js";
import { problemSchema } from "./schemas.js";

/** The bodies and answers of the admin API's drafts, publishing and reverts (issue 15, items 2–4). */

const kind = z
  .enum(EDITABLE_KINDS)
  .describe(
    "What kind of item: one intervention, harmful practice, situation, precondition or source, or the synonym list",
  );
const itemId = z
  .string()
  .min(1)
  .max(200)
  .describe("The item's id (a situation's code; synonyms for the synonym list)");
const reason = z.string().max(2000);
/** Every change says why (decision 095): for the reviewer, the revision and the audit log. */
const requiredReason = z.string().trim().min(1, "reason must say why").max(2000);
/** An item in the shape of the content files: an object, or the synonym list's groups. */
const item = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);

export const draftSummarySchema = z
  .object({
    id: z.string(),
    kind,
    itemId,
    status: z.enum(DRAFT_STATUSES),
    version: z.int().describe("The newest version; send it back to publish, withdraw or save on top of it"),
    baseRevision: z.int().describe("The content revision the edit started from; 0 for a new item"),
    authors: z
      .array(z.string())
      .describe("Everyone who saved a version (none of them may publish it under four eyes)"),
    savedAt: z.string(),
    reason,
  })
  .meta({ id: "DraftSummary", description: "A draft: a change to one item on its way to a revision" });

export const draftVersionSchema = z
  .object({
    version: z.int(),
    baseRevision: z.int(),
    savedBy: z.string(),
    savedAt: z.string(),
    reason,
  })
  .meta({ id: "DraftVersion", description: "One save of a draft" });

export const draftSchema = draftSummarySchema
  .extend({
    createdBy: z.string(),
    createdAt: z.string(),
    decidedBy: z.string().nullable().describe("Who published or withdrew it"),
    decidedAt: z.string().nullable(),
    publishedRevision: z.int().nullable().describe("The revision it became, once published"),
    item: item.describe("The item as its newest version holds it, in the shape of the content files"),
    versions: z.array(draftVersionSchema).describe("Every save, oldest first"),
  })
  .meta({ id: "Draft", description: "A draft with its newest content and every version" });

export const draftListSchema = z.object({ items: z.array(draftSummarySchema) }).meta({ id: "DraftList" });

export const draftSaveRequestSchema = z
  .object({
    kind,
    itemId,
    item: item.describe(
      "The whole item as in the content files: an Intervention, a harmful practice, a Situation, or the synonym groups",
    ),
    reason: requiredReason.describe("Why, for the reviewer and the revision"),
    draftId: z
      .string()
      .max(100)
      .optional()
      .describe("The draft this saves on top of; leave out to start one"),
    expectedVersion: z
      .int()
      .min(1)
      .optional()
      .describe("With draftId: the version the edit was made on; a newer one is a 409"),
    baseRevision: z
      .int()
      .min(0)
      .describe("The revision of the item's published version the edit started from"),
  })
  .meta({ id: "DraftSaveRequest" });

export const draftVersionRequestSchema = z
  .object({ version: z.int().min(1).describe("The draft's version as you saw it") })
  .meta({ id: "DraftVersionRequest" });

export const revertRequestSchema = z
  .object({
    kind,
    itemId,
    revision: z.int().min(1).describe("The content revision whose version of the item comes back"),
    reason: requiredReason.describe("Why, for the revision"),
  })
  .meta({ id: "RevertRequest" });

export const publishedSchema = z
  .object({ revision: z.int().describe("The new content revision") })
  .meta({ id: "Published" });

const contentProblemSchema = z.object({ file: z.string(), path: z.string(), message: z.string() });

/** 422: the item's own problems in `errors`, what it would break elsewhere in `elsewhere`. */
export const contentProblemResponseSchema = problemSchema
  .extend({
    elsewhere: z
      .array(contentProblemSchema)
      .optional()
      .describe("Problems the change causes outside the item (e.g. a reference that no longer resolves)"),
  })
  .meta({ id: "ContentProblem", description: "The knowledge base would not check out with this content" });

/** 409: the draft as it is now, so the client can reload it. */
export const draftConflictSchema = problemSchema
  .extend({
    // No description of its own: one would copy the schema and lose its name and link.
    draft: draftSummarySchema.optional(),
    publishedRevision: z.int().optional().describe("The item's published revision now, when it moved on"),
  })
  .meta({
    id: "DraftConflict",
    description:
      "The draft or the item changed since you read it; draft is the draft as it is now (its id and version)",
  });
