import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, logInThroughForm, withCookie } from "./support.js";

/*
 * Issue 15, item 7: the audit log filtered by action and by actor (a plain GET form), and
 * exported as CSV for admins only, holding what the log holds and nothing more.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

describe("audit log filter and CSV export", () => {
  let beheer: BeheerApp;
  let admin = "";
  let reviewer = "";

  beforeAll(async () => {
    beheer = await createBeheerApp(dialect);
    await beheer.addAccount("admin@example.org", "admin");
    await beheer.addAccount("reviewer@example.org", "reviewer");
    admin = `hw_beheer=${(await logInThroughForm(beheer.app, "admin@example.org")).session}`;
    reviewer = `hw_beheer=${(await logInThroughForm(beheer.app, "reviewer@example.org")).session}`;
    // A failed log-in with a formula-like name: the CSV must not let a spreadsheet run it.
    await logInThroughForm(beheer.app, "=cmd@example.org", "wrong password");
  });
  afterAll(async () => {
    await beheer.close();
  });

  it("keeps the CSV from anyone but an admin", async () => {
    const anonymous = await beheer.app.request("/beheer/audit.csv");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/beheer/inloggen");
    const asReviewer = await beheer.app.request("/beheer/audit.csv", withCookie({}, reviewer));
    expect(asReviewer.status).toBe(403);
    expect(asReviewer.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("gives the whole log as CSV with a byte order mark, newest first, only the log's own columns", async () => {
    const response = await beheer.app.request("/beheer/audit.csv", withCookie({}, admin));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="auditlog.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,actor,action,subject,address,detail");
    const logged = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
    expect(lines).toHaveLength(logged.length + 1);
    expect(lines[1]).toContain("session.login-failed");
    expect(lines[1]).toContain("'=cmd@example.org");
    expect(text).toContain("account.create");
    expect(text).toMatch(/"\{""role"":""admin""\}"/);
    // Nothing the log does not hold: no password, hash, session id or display name.
    expect(text).not.toMatch(/argon2|wachtwoord|hw_beheer/);
    expect(text).not.toContain(admin.slice("hw_beheer=".length));
  });

  it("filters by action and by actor, on the page and in the CSV alike", async () => {
    const csv = await beheer.app.request(
      "/beheer/audit.csv?actie=session.login&door=reviewer@example.org",
      withCookie({}, admin),
    );
    const lines = (await csv.text()).trimEnd().split("\r\n").slice(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^[^,]+,reviewer@example\.org,session\.login,/);

    const onlyCreates = await beheer.app.request(
      "/beheer/audit.csv?actie=account.create",
      withCookie({}, admin),
    );
    const creates = (await onlyCreates.text()).trimEnd().split("\r\n").slice(1);
    expect(creates).toHaveLength(2);
    expect(creates.every((line) => line.includes(",account.create,"))).toBe(true);

    const page = await beheer.app.request(
      "/beheer/audit?actie=session.login&door=+reviewer@example.org+",
      withCookie({}, admin),
    );
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<form method="get" action="/beheer/audit"');
    expect(html).toMatch(/<option value="session.login" selected[^>]*>ingelogd<\/option>/);
    expect(html).toContain('value="reviewer@example.org"');
    expect(html).toContain('href="/beheer/audit.csv?actie=session.login&amp;door=reviewer%40example.org"');
    const rows = html.match(/<tr class="utrecht-table__row"><td/g) ?? [];
    expect(rows).toHaveLength(1);

    // An action the log does not know is no filter at all.
    const unknown = await beheer.app.request("/beheer/audit.csv?actie=drop-table", withCookie({}, admin));
    const all = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
    expect((await unknown.text()).trimEnd().split("\r\n")).toHaveLength(all.length + 1);

    const english = await beheer.app.request(
      "/en/beheer/audit?door=nobody@example.org",
      withCookie({}, admin),
    );
    expect(await english.text()).toContain("No entries with this filter.");
  });

  it("filters the audit log through the admin API the same way", async () => {
    const filtered = await beheer.app.request(
      "/api/v1/admin/audit?action=session.login&actor=reviewer@example.org",
      withCookie({}, admin),
    );
    expect(filtered.status).toBe(200);
    const { items } = (await filtered.json()) as { items: { actor: string; action: string }[] };
    expect(items).toEqual([
      expect.objectContaining({ actor: "reviewer@example.org", action: "session.login" }),
    ]);
    const unknown = await beheer.app.request("/api/v1/admin/audit?action=drop-table", withCookie({}, admin));
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
  });
});
