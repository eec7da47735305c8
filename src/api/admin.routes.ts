import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import type { Curation } from "../curation/curation.js";
import { SESSION_COOKIE } from "../curation/policy.js";
import { csrfTokenFor, sameSecret } from "../curation/tokens.js";
import {
  AUDIT_ACTIONS,
  CURATOR_ROLES,
  type Curator,
  isAuditAction,
  may,
  PERMISSIONS,
  type Permission,
} from "../domain/accounts.js";
import { AppError } from "../domain/app-error.js";
import { qualityReport, qualityReportSchema } from "../engine/quality.js";
import { clientAddress } from "../middleware/rate-limit/client-address.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

/** The OpenAPI security schemes: the session cookie the /beheer log-in sets… */
export const SESSION_SCHEME = "beheerSession";
/** …or a personal API token made at /beheer/tokens. */
export const TOKEN_SCHEME = "apiToken";

const curatorSchema = z
  .object({
    email: z.string(),
    displayName: z.string(),
    role: z.enum(CURATOR_ROLES),
    secondFactor: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "Curator", description: "A curator account (never its password hash or TOTP key)" });

const sessionSchema = z
  .object({ curator: curatorSchema, permissions: z.array(z.enum(PERMISSIONS)) })
  .meta({ id: "CuratorSession", description: "Who is logged in and what the role allows" });

const auditEntrySchema = z
  .object({
    at: z.string(),
    actor: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    subject: z.string(),
    detail: z.record(z.string(), z.unknown()),
    address: z.string(),
  })
  .meta({ id: "AuditEntry", description: "One line of the append-only audit log" });

const apiTokenSchema = z
  .object({
    id: z.string(),
    owner: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken", description: "A personal API token: never its value, which is shown only once" });

const LIMIT_MAX = 500;

/** The methods that change nothing: the only ones a session cookie needs no CSRF token for. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The header a session-cookie request that changes something carries its CSRF token in (decision 091). */
export const CSRF_HEADER = "X-CSRF-Token";

/**
 * The curator behind a request to the admin API: a personal API token in
 * `Authorization: Bearer hwt_…` (decision 094), else the /beheer session cookie. No valid
 * token or session (or a log-in still waiting for its second factor) is 401, a role without
 * the permission 403. A session request that changes something also needs the session's CSRF
 * token, as a /beheer form does; a token request does not: a browser never adds the header
 * by itself, so another site cannot make one.
 */
export async function requireCurator(
  c: Context,
  curation: Curation,
  hops: number,
  permission?: Permission,
): Promise<Curator> {
  const curator = await requestCurator(c, curation, hops);
  if (permission && !may(curator.role, permission)) {
    throw new AppError("forbidden", `The role ${curator.role} does not allow this.`);
  }
  return curator;
}

async function requestCurator(c: Context, curation: Curation, hops: number): Promise<Curator> {
  const authorization = c.req.header("Authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+)$/i.exec(authorization.trim())?.[1] ?? "";
    const curator = await curation.tokens.authenticate(bearer, clientAddress(c, hops));
    if (!curator)
      throw new AppError(
        "unauthorized",
        "The API token is not valid (wrong, revoked, or its account locked).",
      );
    return curator;
  }
  const session = await curation.session(getCookie(c, SESSION_COOKIE));
  if (!session || session.pendingSecondFactor) {
    throw new AppError(
      "unauthorized",
      "Log in at /beheer first, or send a personal API token: this route needs a curator.",
    );
  }
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER) ?? "";
    if (!sameSecret(sent, csrfTokenFor(session.token))) {
      throw new AppError("forbidden", `A change with the session cookie needs the session's ${CSRF_HEADER}.`);
    }
  }
  return session.curator;
}

/** A whole number from the query within bounds, or the default. */
function queryNumber(c: Context, name: string, fallback: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) > max) {
    throw AppError.invalid([{ path: name, message: `${name} must be a whole number from 0 to ${max}` }]);
  }
  return Number(raw);
}

/** /admin/…: what a curator's session or API token can read and do through the API (issue 15). */
export function addAdminRoutes(routes: RouteTable, deps: AppDeps): void {
  const curation = deps.curation;
  if (!curation) throw new Error("the admin API needs the app's Curation (app.ts makes it)");
  const hops = deps.config.trustedProxyHops;
  // Either one: the cookie of a curator's browser, or a personal token of a script.
  const security: Record<string, string[]>[] = [{ [SESSION_SCHEME]: [] }, { [TOKEN_SCHEME]: [] }];

  routes.add(
    {
      method: "get",
      path: "/admin/session",
      tags: ["Beheer"],
      summary: "Wie is ingelogd / Who is logged in",
      security,
      responses: {
        200: jsonResponse("The curator and the permissions of the role", sessionSchema),
        ...problemResponses(401, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      const curator = await requireCurator(c, curation, hops);
      const { id: _id, ...shown } = curator;
      const permissions = PERMISSIONS.filter((permission) => may(curator.role, permission));
      return c.json({ curator: shown, permissions }, 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/admin/accounts",
      tags: ["Beheer"],
      summary: "Alle accounts / Every account (admins)",
      security,
      responses: {
        200: jsonResponse("Every account, by e-mail address", z.object({ items: z.array(curatorSchema) })),
        ...problemResponses(401, 403, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      await requireCurator(c, curation, hops, "manageAccounts");
      const items = (await curation.listCurators()).map(({ id: _id, ...shown }) => shown);
      return c.json({ items }, 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/admin/audit",
      tags: ["Beheer"],
      summary: "Het auditlog / The audit log (admins)",
      description: `Newest first; \`limit\` 1–${LIMIT_MAX} (default 100), \`offset\` to page on; \`action\` and \`actor\` (exactly as logged) filter as /beheer/audit does.`,
      security,
      request: {
        query: z.object({
          limit: z.string().optional().describe(`How many entries, 1–${LIMIT_MAX}`),
          offset: z.string().optional().describe("How many of the newest to skip"),
          action: z.enum(AUDIT_ACTIONS).optional().describe("Only entries of this action"),
          actor: z
            .string()
            .max(300)
            .optional()
            .describe("Only entries by this actor (an e-mail address or cli)"),
        }),
      },
      responses: {
        200: jsonResponse("Audit log entries, newest first", z.object({ items: z.array(auditEntrySchema) })),
        ...problemResponses(400, 401, 403, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      await requireCurator(c, curation, hops, "readAudit");
      const limit = Math.max(1, queryNumber(c, "limit", 100, LIMIT_MAX));
      const offset = queryNumber(c, "offset", 0, 10_000_000);
      const action = c.req.query("action");
      if (action !== undefined && !isAuditAction(action)) {
        throw AppError.invalid([
          { path: "action", message: `action must be one of ${AUDIT_ACTIONS.join(", ")}` },
        ]);
      }
      const actor = c.req.query("actor")?.slice(0, 300) || undefined;
      const entries = await curation.auditLog({ limit, offset, action, actor });
      const items = entries.map(({ id: _id, ...entry }) => entry);
      return c.json({ items }, 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/admin/tokens",
      tags: ["Beheer"],
      summary: "API-tokens / API tokens (your own; admins: everyone's)",
      security,
      responses: {
        200: jsonResponse("Tokens, newest first", z.object({ items: z.array(apiTokenSchema) })),
        ...problemResponses(401, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      const curator = await requireCurator(c, curation, hops);
      const items = (await curation.tokens.list(curator)).map((token) => ({
        id: token.id,
        owner: token.ownerEmail,
        name: token.name,
        prefix: token.prefix,
        createdAt: token.createdAt,
        lastUsedAt: token.lastUsedAt ?? null,
      }));
      return c.json({ items }, 200, NO_STORE);
    },
  );

  routes.add(
    {
      method: "delete",
      path: "/admin/tokens/{id}",
      tags: ["Beheer"],
      summary: "API-token intrekken / Revoke an API token",
      description: `Your own token, or anyone's for an admin; 404 for any other id. With the session cookie the request also carries the session's CSRF token in \`${CSRF_HEADER}\`.`,
      security,
      request: { params: z.object({ id: z.string().max(100) }) },
      responses: {
        204: { description: "Revoked: the token opens nothing any more" },
        ...problemResponses(401, 403, 404, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      const curator = await requireCurator(c, curation, hops);
      const id = c.req.param("id") ?? "";
      const revoked = await curation.tokens.revoke(curator, id, {
        email: curator.email,
        address: clientAddress(c, hops),
      });
      if (revoked === "unknown") throw new AppError("not-found", "No token of yours has this id.");
      return c.body(null, 204, NO_STORE);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/admin/quality",
      tags: ["Beheer"],
      summary: "Kwaliteit van de inhoud / Content quality (every curator)",
      description:
        "The lists of /beheer/kwaliteit, from the current content revision: recognitions older than five " +
        "years, statements without a source, sources that differ without a note, and indications whose age " +
        "is not stated. Each item names the intervention and its content file.",
      security,
      responses: {
        200: jsonResponse("What needs a curator's attention, each list with its count", qualityReportSchema),
        ...problemResponses(401, 403, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      // Every role may edit, so every curator reads it; "edit" keeps a future read-only role out.
      await requireCurator(c, curation, hops, "edit");
      const report = qualityReport(deps.holder.current(), deps.now?.() ?? new Date());
      return c.json(report, 200, NO_STORE);
    },
  );
}
