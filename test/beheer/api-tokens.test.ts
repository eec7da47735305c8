import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/schema.js";
import { DIALECTS } from "../db/dialects.js";
import {
  type BeheerApp,
  createBeheerApp,
  csrfField,
  form,
  logInThroughForm,
  PASSWORD,
  withCookie,
} from "./support.js";

/*
 * Issue 15, item 8: personal API tokens. Made at /beheer/tokens and shown once, kept only
 * as a hash, accepted by the admin API as `Authorization: Bearer hwt_…` with the owner's
 * role of the moment, refused (401) once revoked or when the account is locked.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

const TOKEN = /<code id="new-token">([^<]*(?:<wbr\/?>[^<]*)*)<\/code>/;

describe("personal API tokens", () => {
  let beheer: BeheerApp;
  const cookies: Record<string, string> = {};

  /** Makes a token through the form as the curator would, and returns its value from the page. */
  async function makeToken(role: string, name: string): Promise<{ token: string; html: string }> {
    const cookie = cookies[role] ?? "";
    const list = await beheer.app.request("/beheer/tokens", withCookie({}, cookie));
    const response = await beheer.app.request(
      "/beheer/tokens",
      withCookie(form({ csrf: csrfField(await list.text()), name }), cookie),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    const token = (TOKEN.exec(html)?.[1] ?? "").replace(/<wbr\/?>/g, "");
    return { token, html };
  }

  function api(path: string, token: string, init: RequestInit = {}) {
    return beheer.app.request(`/api/v1${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  async function revokeThroughForm(role: string, id: string): Promise<Response> {
    const cookie = cookies[role] ?? "";
    const page = await beheer.app.request("/beheer/tokens", withCookie({}, cookie));
    return beheer.app.request(
      "/beheer/tokens/intrekken",
      withCookie(form({ csrf: csrfField(await page.text()), id }), cookie),
    );
  }

  async function tokenId(prefix: string): Promise<string> {
    const all = await beheer.store.accounts.listApiTokens();
    return all.find((token) => prefix.startsWith(token.prefix))?.id ?? "";
  }

  beforeAll(async () => {
    beheer = await createBeheerApp(dialect);
    for (const role of ["editor", "reviewer", "admin"] as const) {
      await beheer.addAccount(`${role}@example.org`, role);
      cookies[role] = `hw_beheer=${(await logInThroughForm(beheer.app, `${role}@example.org`)).session}`;
    }
    await beheer.addAccount("admin2@example.org", "admin");
  });
  afterAll(async () => {
    await beheer.close();
  });

  it("shows a new token once, acts with it, and keeps only its hash (not in the database, the audit log or the logs)", async () => {
    const { token, html } = await makeToken("editor", "exportscript");
    expect(token).toMatch(/^hwt_[A-Za-z0-9_-]{43}$/);
    expect(html).toContain("Token exportscript is gemaakt.");
    const again = await (
      await beheer.app.request("/beheer/tokens", withCookie({}, cookies.editor ?? ""))
    ).text();
    expect(again).not.toContain(token.slice(12));
    expect(again).toContain(`<code>${token.slice(0, 12)}…</code>`);

    const session = await api("/admin/session", token);
    expect(session.status).toBe(200);
    expect(session.headers.get("cache-control")).toBe("no-store");
    expect(await session.json()).toMatchObject({ curator: { email: "editor@example.org", role: "editor" } });
    expect((await api("/admin/session", token)).status).toBe(200);

    const raw = (beheer.store as unknown as { db: import("kysely").Kysely<Database> }).db;
    const rows = await raw.selectFrom("api_token").selectAll().execute();
    const dump =
      JSON.stringify(rows) + JSON.stringify(await raw.selectFrom("audit_log").selectAll().execute());
    expect(dump).not.toContain(token.slice(4));
    expect(rows.map((row) => row.token_hash)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(rows[0]?.last_used_at).not.toBeNull();
    expect(beheer.rawLogs.length).toBeGreaterThan(0);
    expect(beheer.rawLogs.join("\n")).not.toContain(token.slice(4));

    const audit = await beheer.curation.auditLog({ limit: 10, offset: 0, actor: "editor@example.org" });
    const tokenLines = audit.filter((entry) => entry.action.startsWith("token."));
    // One first use, however often the token is used.
    expect(tokenLines.map((entry) => entry.action)).toEqual(["token.first-use", "token.create"]);
    expect(tokenLines[1]?.detail).toEqual({ name: "exportscript", prefix: token.slice(0, 12) });
  });

  it("refuses a wrong, malformed or revoked token with 401 problem+json", async () => {
    const { token } = await makeToken("reviewer", "eenmalig");
    expect((await api("/admin/session", token)).status).toBe(200);
    // One character changed: never the same letter, or the "wrong" token is the token itself.
    const changed = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [changed, "hwt_", "geheim", token.slice(4)]) {
      const response = await api("/admin/session", wrong);
      expect(response.status, wrong).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    const basic = await beheer.app.request("/api/v1/admin/session", {
      headers: { Authorization: `Basic ${btoa(`reviewer@example.org:${PASSWORD}`)}` },
    });
    expect(basic.status).toBe(401);

    const revoked = await revokeThroughForm("reviewer", await tokenId(token));
    expect(revoked.status).toBe(200);
    expect(await revoked.text()).toContain("Token eenmalig is ingetrokken.");
    const after = await api("/admin/session", token);
    expect(after.status).toBe(401);
    expect(after.headers.get("content-type")).toBe("application/problem+json");
    const [latest] = await beheer.curation.auditLog({ limit: 1, offset: 0 });
    expect(latest).toMatchObject({ action: "token.revoke", actor: "reviewer@example.org" });
  });

  it("acts with the owner's role of the moment: a demoted owner's token gets 403 where the role is too low", async () => {
    const { token } = await makeToken("admin", "audit-export");
    expect((await api("/admin/audit", token)).status).toBe(200);
    const adminId = (await beheer.store.accounts.findCuratorByEmail("admin@example.org"))?.id ?? "";
    await beheer.curation.setRole(adminId, "editor", { email: "admin2@example.org", address: "test" });
    const demoted = await api("/admin/audit", token);
    expect(demoted.status).toBe(403);
    expect(demoted.headers.get("content-type")).toBe("application/problem+json");
    expect((await api("/admin/session", token)).status).toBe(200);
    await beheer.curation.setRole(adminId, "admin", { email: "admin2@example.org", address: "test" });
    expect((await api("/admin/audit", token)).status).toBe(200);
  });

  it("refuses a token whose account is locked by failed log-ins (401)", async () => {
    await beheer.addAccount("locked@example.org", "editor");
    const { session } = await logInThroughForm(beheer.app, "locked@example.org");
    cookies.locked = `hw_beheer=${session}`;
    const { token } = await makeToken("locked", "script");
    expect((await api("/admin/session", token)).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) {
      await logInThroughForm(beheer.app, "locked@example.org", "niet het wachtwoord");
    }
    expect((await api("/admin/session", token)).status).toBe(401);
  });

  it("lets the owner or an admin revoke a token, nobody else; a token revokes itself without CSRF", async () => {
    const { token } = await makeToken("editor", "van de redacteur");
    const id = await tokenId(token);
    const byOther = await revokeThroughForm("reviewer", id);
    expect(byOther.status).toBe(404);
    expect(await byOther.text()).toContain(
      'role="alert"><p>Dit token bestaat niet meer, of het is niet van u.',
    );
    expect((await api("/admin/session", token)).status).toBe(200);
    const byAdmin = await revokeThroughForm("admin", id);
    expect(byAdmin.status).toBe(200);
    expect((await api("/admin/session", token)).status).toBe(401);

    const own = await makeToken("reviewer", "zichzelf intrekken");
    const ownId = await tokenId(own.token);
    const adminList = await (
      await beheer.app.request("/beheer/tokens", withCookie({}, cookies.admin ?? ""))
    ).text();
    expect(adminList).toContain("Alle tokens");
    expect(adminList).toContain("reviewer@example.org");
    const reviewerList = await api("/admin/tokens", own.token);
    const items = ((await reviewerList.json()) as { items: { owner: string }[] }).items;
    expect(new Set(items.map((item) => item.owner))).toEqual(new Set(["reviewer@example.org"]));
    const deleted = await api(`/admin/tokens/${ownId}`, own.token, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect((await api("/admin/session", own.token)).status).toBe(401);
  });

  it("opens no /beheer page with a token: the pages need the session and its CSRF token", async () => {
    const { token } = await makeToken("admin", "alleen api");
    const page = await beheer.app.request("/beheer/tokens", {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(page.status).toBe(303);
    const post = await beheer.app.request("/beheer/tokens", {
      ...form({ name: "via token" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Bearer ${token}` },
    });
    expect(post.status).toBe(303);
    const names = (await beheer.store.accounts.listApiTokens()).map((t) => t.name);
    expect(names).not.toContain("via token");
  });

  it("refuses a token without a name, and shows the form in English", async () => {
    const cookie = cookies.editor ?? "";
    const list = await beheer.app.request("/en/beheer/tokens", withCookie({}, cookie));
    const html = await list.text();
    expect(html).toContain("<h1>API tokens</h1>");
    const refused = await beheer.app.request(
      "/en/beheer/tokens",
      withCookie(form({ csrf: csrfField(html), name: "  " }), cookie),
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Give the token a name of 1 to 60 characters");
  });
});
