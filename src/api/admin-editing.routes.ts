import type { Context } from "hono";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import type { EditingActor } from "../curation/editing.js";
import { AppError } from "../domain/app-error.js";
import { DRAFT_STATUSES, type Draft, type EditableKind } from "../domain/drafts.js";
import { PROBLEM_MEDIA_TYPE } from "../http/problem.js";
import { clientAddress } from "../middleware/rate-limit/client-address.js";
import { CSRF_HEADER, requireCurator, SESSION_SCHEME, TOKEN_SCHEME } from "./admin.routes.js";
import { contentProblem, detail, draftConflict, refusal, summary } from "./admin-editing.answers.js";
import { bodyOf, checkSave } from "./admin-editing.requests.js";
import {
  contentProblemResponseSchema,
  draftConflictSchema,
  draftListSchema,
  draftSaveRequestSchema,
  draftSchema,
  draftSummarySchema,
  draftVersionRequestSchema,
  publishedSchema,
  revertRequestSchema,
} from "./admin-editing.schemas.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

/** The item's content as of a revision: its newest version at or before it (undefined: it did not exist then). */
async function contentAt(deps: AppDeps, kind: EditableKind, itemId: string, revision: number) {
  const history = await deps.store.itemHistory(kind, itemId);
  return history.filter((version) => version.revision <= revision).at(-1)?.item;
}

/** /admin/drafts and /admin/revert: editing the knowledge base through the API as /beheer does (issue 15). */
export function addAdminEditingRoutes(routes: RouteTable, deps: AppDeps): void {
  const { curation, editing, store, holder } = deps;
  if (!curation || !editing) {
    throw new Error("the admin API needs the app's Curation and Editing (app.ts makes them)");
  }
  const hops = deps.config.trustedProxyHops;
  // Either one: the cookie of a curator's browser, or a personal token of a script.
  const security: Record<string, string[]>[] = [{ [SESSION_SCHEME]: [] }, { [TOKEN_SCHEME]: [] }];
  const csrfNote = `With the session cookie the request also carries the session's CSRF token in \`${CSRF_HEADER}\`.`;
  const actorOf = async (c: Context, permission: "edit" | "review"): Promise<EditingActor> => ({
    curator: await requireCurator(c, curation, hops, permission),
    address: clientAddress(c, hops),
  });
  const idParam = { params: z.object({ id: z.string().max(100) }) };
  // What every change can answer besides its own success.
  const changeProblems = {
    ...problemResponses(400, 401, 403, 404, 413, 415, 429, 503, ...COMMON_PROBLEMS),
    409: {
      description: "The draft or the item changed since you read it; `draft` is the draft as it is now",
      content: { [PROBLEM_MEDIA_TYPE]: { schema: draftConflictSchema } },
    },
  };
  const invalidContentResponse = {
    422: {
      description: "The knowledge base would not check out with it: `errors` names each field in the item",
      content: { [PROBLEM_MEDIA_TYPE]: { schema: contentProblemResponseSchema } },
    },
  };
  const jsonBody = (schema: z.ZodType) => ({
    body: { required: true, content: { "application/json": { schema } } },
  });
  /** The draft of the path, or 404. */
  const draftOf = async (c: Context): Promise<Draft> => {
    const id = c.req.param("id") ?? "";
    const draft = await editing.draft(id);
    if (!draft) throw new AppError("not-found", `There is no draft ${id}.`);
    return draft;
  };
  /**
   * After a new revision: this instance serves it at once (others pick it up as they poll).
   * The revision is written either way, so a failed reload is logged, not answered as an error.
   */
  const published = async (c: Context, revision: number) => {
    await holder.refresh().catch((error: unknown) => {
      deps.logger.error("content reload after publishing failed", {
        revision,
        error: error instanceof Error ? error.message : String(error),
      });
    });
    return c.json({ revision }, 200, NO_STORE);
  };

  routes.add(
    {
      method: "get",
      path: "/admin/drafts",
      tags: ["Beheer"],
      summary: "Concepten / Drafts (every curator)",
      description: "Drafts with a status (`open` when not given), the newest save first.",
      security,
      request: {
        query: z.object({
          status: z.enum(DRAFT_STATUSES).optional().describe("open (default), published or withdrawn"),
        }),
      },
      responses: {
        200: jsonResponse("Drafts, the newest save first", draftListSchema),
        ...problemResponses(400, 401, 403, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      await requireCurator(c, curation, hops, "edit");
      const asked = c.req.query("status") ?? "open";
      const status = DRAFT_STATUSES.find((s) => s === asked);
      if (!status) {
        throw AppError.invalid([
          { path: "status", message: `status must be one of ${DRAFT_STATUSES.join(", ")}` },
        ]);
      }
      const drafts = await editing.drafts(status);
      return c.json({ items: drafts.map(summary) }, 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/admin/drafts/{id}",
      tags: ["Beheer"],
      summary: "Eén concept / One draft (every curator)",
      description: "The draft with its newest content (`item`) and every version.",
      security,
      request: idParam,
      responses: {
        200: jsonResponse("The draft", draftSchema),
        ...problemResponses(401, 403, 404, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      await requireCurator(c, curation, hops, "edit");
      const draft = await draftOf(c);
      return c.json(detail(draft, await store.drafts.versions(draft.id)), 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "post",
      path: "/admin/drafts",
      tags: ["Beheer"],
      summary: "Concept opslaan / Save a draft (every curator)",
      description:
        "Checks the whole item against the knowledge base as `content validate` checks files and, only when nothing is wrong, saves it as a new draft version: without `draftId` a new draft, with `draftId` and `expectedVersion` on top of that version. " +
        "An item that does not check out is a 422 whose `errors` name fields inside the item (`indications[0].age.from`); nothing is saved. " +
        "A draft saved again meanwhile, or another open draft of the item, is a 409 with that draft in `draft`. " +
        csrfNote,
      security,
      request: jsonBody(draftSaveRequestSchema),
      responses: {
        201: jsonResponse("Saved: the draft with its new version", draftSchema),
        ...changeProblems,
        ...invalidContentResponse,
      },
    },
    async (c) => {
      const actor = await actorOf(c, "edit");
      const body = await bodyOf(c, draftSaveRequestSchema, "draft");
      checkSave(body);
      if (body.draftId !== undefined) {
        const draft = await editing.draft(body.draftId);
        if (!draft) throw new AppError("not-found", `There is no draft ${body.draftId}.`);
        if (draft.kind !== body.kind || draft.itemId !== body.itemId) {
          throw AppError.invalid([
            { path: "draftId", message: `draft ${draft.id} is about ${draft.kind} ${draft.itemId}` },
          ]);
        }
      }
      const outcome = await editing.saveDraft({
        ...body,
        draftId: body.draftId,
        expectedVersion: body.expectedVersion,
        actor,
      });
      if ("problems" in outcome) {
        throw contentProblem(outcome.problems, "The item does not check out; nothing was saved.");
      }
      if (!outcome.ok) {
        throw draftConflict(
          "Someone else saved this draft, or started one for the item, since you read it: nothing was saved.",
          outcome.conflict,
        );
      }
      const versions = await store.drafts.versions(outcome.draft.id);
      return c.json(detail(outcome.draft, versions), 201, {
        ...NO_STORE,
        Location: `/api/v1/admin/drafts/${encodeURIComponent(outcome.draft.id)}`,
      });
    },
  );

  routes.add(
    {
      method: "post",
      path: "/admin/drafts/{id}/publish",
      tags: ["Beheer"],
      summary: "Concept publiceren / Publish a draft (reviewers)",
      description:
        "Publishes the draft at `version` as a new content revision. Under four eyes (the default) someone who saved a version of it is refused 403. " +
        "A newer version of the draft, or an item published since the draft began, is a 409; a knowledge base that would not check out any more a 422. " +
        csrfNote,
      security,
      request: { ...idParam, ...jsonBody(draftVersionRequestSchema) },
      responses: {
        200: jsonResponse("Published as this revision", publishedSchema),
        ...changeProblems,
        ...invalidContentResponse,
      },
    },
    async (c) => {
      const actor = await actorOf(c, "review");
      const { version } = await bodyOf(c, draftVersionRequestSchema, "request");
      const draft = await draftOf(c);
      const outcome = await editing.publish({ draftId: draft.id, version, actor });
      if (!outcome.ok) throw refusal(outcome, await editing.draft(draft.id));
      return published(c, outcome.revision);
    },
  );

  routes.add(
    {
      method: "post",
      path: "/admin/drafts/{id}/withdraw",
      tags: ["Beheer"],
      summary: "Concept intrekken / Withdraw a draft (every curator)",
      description: `Gives the open draft at \`version\` up; its versions stay, for the record. A draft that is not open at that version is a 409. ${csrfNote}`,
      security,
      request: { ...idParam, ...jsonBody(draftVersionRequestSchema) },
      responses: {
        200: jsonResponse("Withdrawn", draftSummarySchema),
        ...changeProblems,
      },
    },
    async (c) => {
      const actor = await actorOf(c, "edit");
      const { version } = await bodyOf(c, draftVersionRequestSchema, "request");
      const draft = await draftOf(c);
      const withdrawn = await editing.withdraw(draft.id, version, actor);
      const now = (await editing.draft(draft.id)) ?? draft;
      if (!withdrawn) throw draftConflict(`The draft is not open at version ${version}.`, now);
      return c.json(summary(now), 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "post",
      path: "/admin/revert",
      tags: ["Beheer"],
      summary: "Terugzetten / Revert an item (reviewers)",
      description:
        "Sets an item back to its content as of `revision`, as a new revision with its own reason, checked as a publish is. " +
        "An item that did not exist then is a 404. " +
        csrfNote,
      security,
      request: jsonBody(revertRequestSchema),
      responses: {
        200: jsonResponse("Reverted as this revision", publishedSchema),
        ...changeProblems,
        ...invalidContentResponse,
      },
    },
    async (c) => {
      const actor = await actorOf(c, "review");
      const body = await bodyOf(c, revertRequestSchema, "revert");
      // A revision still to come has no content to go back to (it would read as the current one).
      const current = await store.currentRevision();
      if (body.revision > current) {
        throw AppError.invalid([
          { path: "revision", message: `revision must be at most the current revision (${current})` },
        ]);
      }
      const content = await contentAt(deps, body.kind, body.itemId, body.revision);
      const outcome = await editing.revert({ ...body, content, actor });
      if (!outcome.ok) throw refusal(outcome, undefined);
      return published(c, outcome.revision);
    },
  );
}
