import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import type { ActiveSession, Curation } from "../curation/curation.js";
import { SESSION_COOKIE } from "../curation/policy.js";
import { AUDIT_ACTIONS, CURATOR_ROLES, may, PERMISSIONS, type Permission } from "../domain/accounts.js";
import { AppError } from "../domain/app-error.js";
import { qualityReport, qualityReportSchema } from "../engine/quality.js";
import { COMMON_PROBLEMS, jsonResponse, NO_STORE, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

/** The OpenAPI security scheme: the session cookie the /beheer log-in sets. */
export const SESSION_SCHEME = "beheerSession";

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

const LIMIT_MAX = 500;

/**
 * The session of a request to the admin API, checked like the /beheer pages: no valid
 * session (or a log-in still waiting for its second factor) is 401, a role without the
 * permission 403. Only GET routes so far: a state-changing one must also check the CSRF
 * token (decision 091).
 */
async function requireSession(
  c: Context,
  curation: Curation,
  permission?: Permission,
): Promise<ActiveSession> {
  const session = await curation.session(getCookie(c, SESSION_COOKIE));
  if (!session || session.pendingSecondFactor) {
    throw new AppError("unauthorized", "Log in at /beheer first: this route needs a curator session.");
  }
  if (permission && !may(session.curator.role, permission)) {
    throw new AppError("forbidden", `The role ${session.curator.role} does not allow this.`);
  }
  return session;
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

/** /admin/…: what a curator's session can read through the API (issue 15, part 1). */
export function addAdminRoutes(routes: RouteTable, deps: AppDeps): void {
  const curation = deps.curation;
  if (!curation) throw new Error("the admin API needs the app's Curation (app.ts makes it)");
  const security = [{ [SESSION_SCHEME]: [] }];

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
      const { curator } = await requireSession(c, curation);
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
      await requireSession(c, curation, "manageAccounts");
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
      description: `Newest first; \`limit\` 1–${LIMIT_MAX} (default 100), \`offset\` to page on.`,
      security,
      request: {
        query: z.object({
          limit: z.string().optional().describe(`How many entries, 1–${LIMIT_MAX}`),
          offset: z.string().optional().describe("How many of the newest to skip"),
        }),
      },
      responses: {
        200: jsonResponse("Audit log entries, newest first", z.object({ items: z.array(auditEntrySchema) })),
        ...problemResponses(400, 401, 403, 503, ...COMMON_PROBLEMS),
      },
    },
    async (c) => {
      await requireSession(c, curation, "readAudit");
      const limit = Math.max(1, queryNumber(c, "limit", 100, LIMIT_MAX));
      const offset = queryNumber(c, "offset", 0, 10_000_000);
      const entries = await curation.auditLog({ limit, offset });
      const items = entries.map(({ id: _id, ...entry }) => entry);
      return c.json({ items }, 200, NO_STORE);
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
      await requireSession(c, curation, "edit");
      const report = qualityReport(deps.holder.current(), deps.now?.() ?? new Date());
      return c.json(report, 200, NO_STORE);
    },
  );
}
