import type { Context } from "hono";
import type { z } from "zod";
import { itemIdOf } from "../catalog/edited-content.js";
import { AppError, issuesFromZod } from "../domain/app-error.js";
import type { draftSaveRequestSchema } from "./admin-editing.schemas.js";
import { readJsonBody } from "./responses.js";

/*
 * How the admin API reads a request about drafts: the body through its schema, then
 * what the schema cannot say. A wrong field is a 400 that names it.
 */

/** Parses a JSON body with a schema; field errors are a 400 naming each field. */
export async function bodyOf<T>(c: Context, schema: z.ZodType<T>, what: string): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(c));
  if (!parsed.success) throw AppError.invalid(issuesFromZod(parsed.error), `The ${what} is not valid.`);
  return parsed.data;
}

/** What the schema cannot say: a save on top of a draft names its version, and the item is the one named. */
export function checkSave(body: z.infer<typeof draftSaveRequestSchema>): void {
  const issues = [];
  if (body.draftId !== undefined && body.expectedVersion === undefined) {
    issues.push({ path: "expectedVersion", message: "expectedVersion is required with draftId" });
  }
  const id = itemIdOf(body.kind, body.item);
  if (id !== undefined && id !== body.itemId) {
    // The synonym list is one item of its own name; any other item names itself.
    issues.push(
      body.kind === "synonyms"
        ? { path: "itemId", message: "itemId of the synonym list is synonyms" }
        : {
            path: body.kind === "situation" ? "item.code" : "item.id",
            message: `the item's id must be itemId (${body.itemId})`,
          },
    );
  }
  if (issues.length > 0) throw AppError.invalid(issues, "The draft is not valid.");
}
