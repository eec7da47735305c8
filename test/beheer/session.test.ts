import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { visibleText } from "../web/helpers.js";
import {
  type BeheerApp,
  createBeheerApp,
  csrfField,
  form,
  logInThroughForm,
  PASSWORD,
  withCookie,
} from "./support.js";

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

describe("log-in, session cookie and log-out of /beheer", () => {
  let beheer: BeheerApp;
  let behindProxy: BeheerApp;
  beforeAll(async () => {
    beheer = await createBeheerApp(dialect);
    behindProxy = await createBeheerApp(dialect, { trustedProxyHops: 1 });
    for (const app of [beheer, behindProxy]) {
      await app.addAccount("admin@example.org", "admin");
      await app.addAccount("editor@example.org", "editor");
    }
  });
  afterAll(async () => {
    await beheer.close();
    await behindProxy.close();
  });

  it("sets the session cookie HttpOnly, SameSite=Strict, only for /beheer and the admin API, without Secure over HTTP", async () => {
    const { response, session } = await logInThroughForm(beheer.app, "admin@example.org");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/beheer");
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookies = response.headers.getSetCookie().filter((c) => c.startsWith("hw_beheer="));
    expect(cookies.map((c) => /Path=([^;]+)/.exec(c)?.[1]).sort()).toEqual([
      "/api/v1/admin",
      "/beheer",
      "/en/beheer",
    ]);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Max-Age=43200/);
      expect(cookie).not.toMatch(/Secure/);
    }
  });

  it("adds Secure over HTTPS and behind a trusted TLS proxy", async () => {
    const direct = await logInThroughForm(beheer.app, "admin@example.org", PASSWORD, {
      base: "https://localhost",
    });
    const proxied = await logInThroughForm(behindProxy.app, "admin@example.org", PASSWORD, {
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-For": "192.0.2.10" },
    });
    for (const { response } of [direct, proxied]) {
      const cookies = response.headers.getSetCookie().filter((c) => c.startsWith("hw_beheer="));
      expect(cookies).toHaveLength(3);
      for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
    }
  });

  it("gives a new session id at log-in: a cookie set before (fixation) is worth nothing", async () => {
    const planted = "A".repeat(43);
    const first = await logInThroughForm(beheer.app, "editor@example.org", PASSWORD, {
      cookie: `hw_beheer=${planted}`,
    });
    expect(first.session).toBeDefined();
    expect(first.session).not.toBe(planted);
    const second = await logInThroughForm(beheer.app, "editor@example.org", PASSWORD, {
      cookie: `hw_beheer=${first.session}`,
    });
    expect(second.session).not.toBe(first.session);
    // The session from before the log-in is ended; the new one works.
    expect((await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${first.session}`))).status).toBe(
      303,
    );
    expect((await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${second.session}`))).status).toBe(
      200,
    );
  });

  it("answers a wrong password and an unknown account with the same words and status", async () => {
    const wrong = await logInThroughForm(beheer.app, "admin@example.org", "not the password at all");
    const unknown = await logInThroughForm(beheer.app, "nobody@example.org", "not the password at all");
    expect(wrong.response.status).toBe(400);
    expect(unknown.response.status).toBe(400);
    expect(wrong.session).toBeUndefined();
    const text = (html: string) => visibleText(html).replace(/(admin|nobody)@example\.org/g, "");
    expect(text(await wrong.response.text())).toBe(text(await unknown.response.text()));
  });

  it("locks the account after 5 failures: the right password is then refused too (429)", async () => {
    await beheer.addAccount("target@example.org", "reviewer");
    for (let i = 0; i < 5; i++) {
      const { response } = await logInThroughForm(beheer.app, "target@example.org", `guess number ${i}`);
      expect(response.status).toBe(400);
    }
    const locked = await logInThroughForm(beheer.app, "target@example.org");
    expect(locked.response.status).toBe(429);
    expect(locked.session).toBeUndefined();
    expect(visibleText(await locked.response.text())).toContain("Te veel mislukte pogingen");
  });

  it("locks an address behind a proxy by the address the proxy saw, like the rate limiter", async () => {
    await behindProxy.addAccount("other@example.org", "editor");
    const from = (address: string) => ({ headers: { "X-Forwarded-For": `10.0.0.1, ${address}` } });
    for (let i = 0; i < 20; i++) {
      await logInThroughForm(behindProxy.app, `guess${i}@example.org`, "wrong", from("198.51.100.7"));
    }
    const there = await logInThroughForm(
      behindProxy.app,
      "other@example.org",
      PASSWORD,
      from("198.51.100.7"),
    );
    expect(there.response.status).toBe(429);
    const elsewhere = await logInThroughForm(
      behindProxy.app,
      "other@example.org",
      PASSWORD,
      from("198.51.100.8"),
    );
    expect(elsewhere.response.status).toBe(303);
    const audit = await behindProxy.curation.auditLog({ limit: 5, offset: 0 });
    expect(audit[0]).toMatchObject({ action: "session.login", address: "198.51.100.8" });
  });

  it("logs out (cookie removed on every path) and logs out everywhere", async () => {
    const one = (await logInThroughForm(beheer.app, "admin@example.org")).session ?? "";
    const two = (await logInThroughForm(beheer.app, "admin@example.org")).session ?? "";
    const start = await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${one}`));
    const csrf = csrfField(await start.text());
    const out = await beheer.app.request("/beheer/uitloggen", withCookie(form({ csrf }), `hw_beheer=${one}`));
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/beheer/inloggen?uit=1");
    const cleared = out.headers.getSetCookie().filter((c) => c.startsWith("hw_beheer=;"));
    expect(cleared).toHaveLength(3);
    expect((await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${one}`))).status).toBe(303);
    expect((await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${two}`))).status).toBe(200);

    const three = (await logInThroughForm(beheer.app, "admin@example.org")).session ?? "";
    const page = await beheer.app.request("/en/beheer", withCookie({}, `hw_beheer=${three}`));
    const everywhere = await beheer.app.request(
      "/en/beheer/uitloggen",
      withCookie(form({ csrf: csrfField(await page.text()), overal: "1" }), `hw_beheer=${three}`),
    );
    expect(everywhere.headers.get("location")).toBe("/en/beheer/inloggen?uit=1");
    for (const session of [two, three]) {
      expect((await beheer.app.request("/beheer", withCookie({}, `hw_beheer=${session}`))).status).toBe(303);
    }
  });

  it("shows admins the audit log with log-ins, failures and log-outs, and never a password or session id", async () => {
    const { session } = await logInThroughForm(beheer.app, "admin@example.org");
    const page = await beheer.app.request("/beheer/audit", withCookie({}, `hw_beheer=${session}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    const text = visibleText(html);
    for (const words of [
      "ingelogd",
      "mislukte inlog",
      "uitgelogd",
      "overal uitgelogd",
      "account toegevoegd",
    ]) {
      expect(text).toContain(words);
    }
    expect(html).not.toContain(PASSWORD);
    expect(html).not.toContain("not the password at all");
    expect(html).not.toContain(session);
    const logs = beheer.rawLogs.join("\n");
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain(session);
  });

  it("shows nothing of accounts on the public site", async () => {
    const home = await beheer.app.request("/");
    expect(await home.text()).not.toMatch(/beheer|example\.org/i);
  });
});
