import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import type { Permission } from "../../src/domain/accounts.js";
import { createWebApp } from "../../src/web/index.js";
import { BEHEER_ROUTES } from "../../src/web/pages/beheer/routes.js";
import { createResponseValidator } from "../api/support/openapi-validator.js";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, csrfField, form, logInThroughForm, withCookie } from "./support.js";

/*
 * The security walk of issue 15: every /beheer page and /api/v1/admin route, found in the
 * route table and in the app's own route list, without a session, with too low a role, and
 * with a missing or wrong CSRF token.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** Both languages of every route; a path parameter never occurs in /beheer yet. */
const WALK = BEHEER_ROUTES.flatMap((route) =>
  ["", "/en"].map((prefix) => ({ ...route, url: `${prefix}${route.path}`, prefix })),
);

/** The lowest role without each permission. */
const TOO_LOW: Record<Permission, "editor" | "reviewer"> = {
  edit: "editor", // every role may edit: no route is kept from editors by "edit" alone
  review: "editor",
  manageAccounts: "reviewer",
  readAudit: "reviewer",
  handleFeedback: "editor", // every role reads the feedback inbox, like edit
  seeFeedbackContacts: "reviewer", // guards no route: it decides which columns a page shows
};

describe("every /beheer route and admin API route is guarded", () => {
  let beheer: BeheerApp;
  const sessions: Record<string, string> = {};

  beforeAll(async () => {
    beheer = await createBeheerApp(dialect);
    for (const role of ["editor", "reviewer", "admin"] as const) {
      await beheer.addAccount(`${role}@example.org`, role);
      const { session } = await logInThroughForm(beheer.app, `${role}@example.org`);
      if (!session) throw new Error(`${role} could not log in`);
      sessions[role] = session;
    }
  });
  afterAll(async () => {
    await beheer.close();
  });

  it("has every /beheer route of the web app in the guarded table", () => {
    const table = new Set(WALK.map((route) => `${route.method} ${route.url}`));
    // The app hands every page path to the web app as one handler: its routes are the web app's own.
    const web = createWebApp({ holder: beheer.holder, store: beheer.store, curation: beheer.curation });
    const served = new Set(
      web.routes
        .filter((route) => /^(\/en)?\/beheer(\/|$)/.test(route.path) && route.method !== "ALL")
        .map((route) => `${route.method} ${route.path}`),
    );
    expect([...served].filter((route) => !table.has(route))).toEqual([]);
    expect(served.size).toBe(table.size);
    // Nor does the app itself serve anything under /beheer outside the web app.
    expect(beheer.app.routes.filter((route) => /^(\/en)?\/beheer/.test(route.path))).toEqual([]);
  });

  it("sends a visitor without a session to the log-in page (every guarded page, both languages)", async () => {
    const guarded = WALK.filter((route) => route.access !== "public");
    expect(guarded.length).toBeGreaterThanOrEqual(20);
    for (const route of guarded) {
      const init = route.method === "POST" ? form({ csrf: "x" }) : {};
      const response = await beheer.app.request(route.url, init);
      expect(response.status, `${route.method} ${route.url}`).toBe(303);
      expect(response.headers.get("location"), `${route.method} ${route.url}`).toBe(
        `${route.prefix}/beheer/inloggen`,
      );
    }
  });

  it("refuses a curator whose role lacks the permission with 403 (every such page, both languages)", async () => {
    const byPermission = WALK.filter(
      (route) => !["public", "second-step", "signed-in", "edit", "handleFeedback"].includes(route.access),
    );
    expect(byPermission.length).toBeGreaterThanOrEqual(6);
    for (const route of byPermission) {
      const role = TOO_LOW[route.access as Permission];
      const session = sessions[role] ?? "";
      const init = route.method === "POST" ? form({ csrf: csrfTokenFor(session) }) : {};
      const response = await beheer.app.request(route.url, withCookie(init, `hw_beheer=${session}`));
      expect(response.status, `${role}: ${route.method} ${route.url}`).toBe(403);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("opens every GET page to a curator whose role has the permission", async () => {
    for (const route of WALK.filter((r) => r.method === "GET" && r.access !== "second-step")) {
      const response = await beheer.app.request(route.url, withCookie({}, `hw_beheer=${sessions.admin}`));
      // The log-in page sends someone logged in on to /beheer; one message's or draft's page without an id finds none;
      // the editor and an item's history without ?soort=…&id=… are a bad address (400).
      const withoutQuery: Readonly<Record<string, number>> = {
        "/beheer/reacties/reactie": 404,
        "/beheer/concepten/concept": 404,
        "/beheer/inhoud/bewerken": 400,
        "/beheer/inhoud/geschiedenis": 400,
        "/beheer/inhoud/verschil": 400,
      };
      const expected = route.access === "public" ? 303 : (withoutQuery[route.path] ?? 200);
      expect(response.status, route.url).toBe(expected);
    }
  });

  it("refuses every form without the session's CSRF token with 403 and changes nothing", async () => {
    const posts = WALK.filter((route) => route.method === "POST" && route.access !== "public");
    expect(posts.length).toBeGreaterThanOrEqual(8);
    const admin = `hw_beheer=${sessions.admin}`;
    const accountsBefore = await beheer.curation.listCurators();
    const auditBefore = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
    const otherSession = sessions.editor ?? "";
    const fields = {
      email: "new@example.org",
      role: "admin",
      password: "a password long enough",
      overal: "1",
    };
    for (const route of posts) {
      for (const csrf of [undefined, "wrong", csrfTokenFor(otherSession)]) {
        const body = csrf === undefined ? fields : { ...fields, csrf };
        const response = await beheer.app.request(route.url, withCookie(form(body), admin));
        // The second step answers "to /beheer" first: the admin gave no second factor to give.
        const expected = route.access === "second-step" ? 303 : 403;
        expect(response.status, `${route.method} ${route.url} csrf=${csrf}`).toBe(expected);
      }
    }
    // A form from another site, with the right token: refused by its Origin.
    const fromElsewhere = await beheer.app.request(
      "/beheer/accounts",
      withCookie(
        {
          ...form({ ...fields, csrf: csrfTokenFor(sessions.admin ?? "") }),
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
        },
        admin,
      ),
    );
    expect(fromElsewhere.status).toBe(403);
    expect(await beheer.curation.listCurators()).toEqual(accountsBefore);
    expect(await beheer.curation.auditLog({ limit: 1000, offset: 0 })).toEqual(auditBefore);
    expect(await beheer.curation.session(sessions.admin)).toBeDefined();
  });

  it("accepts the same form with the token the page gave", async () => {
    const admin = `hw_beheer=${sessions.admin}`;
    const page = await beheer.app.request("/beheer/accounts", withCookie({}, admin));
    const token = csrfField(await page.text());
    const response = await beheer.app.request(
      "/beheer/accounts",
      withCookie(
        form({
          csrf: token,
          email: "nieuw@example.org",
          role: "editor",
          password: "een lang wachtwoord",
          displayName: "",
        }),
        admin,
      ),
    );
    expect(response.status).toBe(200);
    expect((await beheer.curation.listCurators()).map((c) => c.email)).toContain("nieuw@example.org");
  });

  it("lets an admin change a role, which counts from the account's next request", async () => {
    const admin = `hw_beheer=${sessions.admin}`;
    const page = await beheer.app.request("/beheer/accounts", withCookie({}, admin));
    const html = await page.text();
    const editorId = /<option value="([^"]+)"[^>]*>editor@example\.org<\/option>/.exec(html)?.[1] ?? "";
    expect(editorId).not.toBe("");
    const editor = `hw_beheer=${sessions.editor}`;
    expect((await beheer.app.request("/beheer/audit", withCookie({}, editor))).status).toBe(403);
    const changed = await beheer.app.request(
      "/beheer/accounts/rol",
      withCookie(form({ csrf: csrfField(html), id: editorId, role: "admin" }), admin),
    );
    expect(changed.status).toBe(200);
    expect((await beheer.app.request("/beheer/audit", withCookie({}, editor))).status).toBe(200);
    const [latest] = await beheer.curation.auditLog({ limit: 1, offset: 0 });
    expect(latest).toMatchObject({
      action: "account.role",
      actor: "admin@example.org",
      subject: "editor@example.org",
      detail: { from: "editor", to: "admin" },
    });
  });

  it("answers every /api/v1/admin route without a session or with a wrong token 401, with too low a role 403, a change without CSRF 403, as documented", async () => {
    const api = await createResponseValidator(beheer.app);
    const adminApi = beheer.app.routes.filter(
      (route) => route.path.startsWith("/api/v1/admin") && route.method !== "ALL",
    );
    expect(adminApi.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      "DELETE /api/v1/admin/tokens/:id",
      "GET /api/v1/admin/accounts",
      "GET /api/v1/admin/audit",
      "GET /api/v1/admin/drafts",
      "GET /api/v1/admin/drafts/:id",
      "GET /api/v1/admin/quality",
      "GET /api/v1/admin/session",
      "GET /api/v1/admin/tokens",
      "POST /api/v1/admin/drafts",
      "POST /api/v1/admin/drafts/:id/publish",
      "POST /api/v1/admin/drafts/:id/withdraw",
      "POST /api/v1/admin/revert",
    ]);
    const documented = Object.keys(api.document.paths as Record<string, unknown>).filter((p) =>
      p.startsWith("/admin"),
    );
    expect(documented.sort()).toEqual([
      "/admin/accounts",
      "/admin/audit",
      "/admin/drafts",
      "/admin/drafts/{id}",
      "/admin/drafts/{id}/publish",
      "/admin/drafts/{id}/withdraw",
      "/admin/quality",
      "/admin/revert",
      "/admin/session",
      "/admin/tokens",
      "/admin/tokens/{id}",
    ]);
    // What every curator may use whatever the role: who am I, the quality report, my own tokens, drafts.
    const anyRole = new Set([
      "/api/v1/admin/session",
      "/api/v1/admin/quality",
      "/api/v1/admin/tokens",
      "/api/v1/admin/drafts",
      "/api/v1/admin/drafts/:id",
    ]);
    // Publishing and reverting are for reviewers: an editor is refused even with the CSRF token.
    const reviewOnly = new Set(["/api/v1/admin/drafts/:id/publish", "/api/v1/admin/revert"]);
    // An editor of its own: the walk above made editor@example.org an admin.
    await beheer.addAccount("walk-editor@example.org", "editor");
    const editorSession = (await logInThroughForm(beheer.app, "walk-editor@example.org")).session ?? "";
    const draftsBefore = await beheer.store.drafts.list("open");
    const revisionBefore = await beheer.store.currentRevision();
    for (const route of adminApi) {
      const url = route.path.replace(":id", "00000000-0000-4000-8000-000000000000");
      // A POST is JSON (else 415 before anything else); an empty object is not a valid body.
      const body: RequestInit =
        route.method === "POST" ? { body: "{}", headers: { "Content-Type": "application/json" } } : {};
      const request = (headers: Record<string, string>) =>
        api.request(url, {
          method: route.method,
          ...body,
          headers: { ...(body.headers as Record<string, string>), ...headers },
        });
      const as = (cookie: string, headers: Record<string, string> = {}) =>
        request({ Cookie: cookie, ...headers });
      const anonymous = await request({});
      expect(anonymous.status, `${route.method} ${route.path}`).toBe(401);
      expect(anonymous.headers.get("content-type")).toBe("application/problem+json");
      expect((await as(`hw_beheer=${"A".repeat(43)}`)).status).toBe(401);
      const wrongToken = await request({ Authorization: `Bearer hwt_${"A".repeat(43)}` });
      expect(wrongToken.status, `wrong token: ${route.path}`).toBe(401);
      expect(wrongToken.headers.get("content-type")).toBe("application/problem+json");
      if (route.method !== "GET") {
        // A change through the session cookie needs the session's CSRF token, whatever the role.
        for (const role of ["reviewer", "admin"]) {
          const cookie = `hw_beheer=${sessions[role]}`;
          expect((await as(cookie)).status, `${role} without CSRF: ${route.path}`).toBe(403);
          expect((await as(cookie, { "X-CSRF-Token": "wrong" })).status).toBe(403);
          const withCsrf = await as(cookie, { "X-CSRF-Token": csrfTokenFor(sessions[role] ?? "") });
          // Past the guard: no such token (404), or a body that says nothing (400).
          expect(withCsrf.status, `${role} with CSRF: ${route.path}`).toBe(
            route.method === "POST" ? 400 : 404,
          );
        }
        if (reviewOnly.has(route.path)) {
          const asEditor = await as(`hw_beheer=${editorSession}`, {
            "X-CSRF-Token": csrfTokenFor(editorSession),
          });
          expect(asEditor.status, `editor: ${route.path}`).toBe(403);
        }
        continue;
      }
      // One draft's path with an id no draft has: past the guard, 404.
      const found = route.path.includes(":id") ? 404 : 200;
      const asReviewer = await as(`hw_beheer=${sessions.reviewer}`);
      expect(asReviewer.status, `reviewer: ${route.path}`).toBe(anyRole.has(route.path) ? found : 403);
      const asAdmin = await as(`hw_beheer=${sessions.admin}`);
      expect(asAdmin.status, `admin: ${route.path}`).toBe(found);
      expect(asAdmin.headers.get("cache-control")).toBe("no-store");
      expect(await asAdmin.text()).not.toMatch(/argon2|passwordHash|totpSecret|token_?hash/i);
    }
    // Nothing the walk sent changed a draft or the content.
    expect(await beheer.store.drafts.list("open")).toEqual(draftsBefore);
    expect(await beheer.store.currentRevision()).toBe(revisionBefore);
    const document = api.document as { components?: { securitySchemes?: Record<string, unknown> } };
    expect(document.components?.securitySchemes?.beheerSession).toMatchObject({
      type: "apiKey",
      in: "cookie",
      name: "hw_beheer",
    });
    expect(document.components?.securitySchemes?.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
