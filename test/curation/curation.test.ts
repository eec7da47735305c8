import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Curation } from "../../src/curation/curation.js";
import { hashSessionToken } from "../../src/curation/tokens.js";
import type { Store } from "../../src/db/index.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";

const PASSWORD = "correct horse battery staple";

for (const dialect of DIALECTS) {
  describe(`curation on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let clock: Date;
    let curation: Curation;
    const cli = { email: "cli", address: "cli" };

    beforeAll(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
      clock = new Date("2026-01-15T12:00:00.000Z");
      curation = new Curation({ accounts: store.accounts, now: () => clock, failureDelayMs: 0 });
    });
    afterAll(async () => {
      await database.drop();
    });

    const addAccount = async (email: string, role = "editor") => {
      const result = await curation.addCurator({ email, role, password: PASSWORD, displayName: "" }, cli);
      if (!result.ok) throw new Error(`could not add ${email}`);
      return result.curator;
    };

    it("stores the password as an argon2id hash and names each invalid field", async () => {
      const curator = await addAccount("Editor@Example.org ");
      expect(curator.email).toBe("editor@example.org");
      const stored = await store.accounts.findCuratorByEmail("editor@example.org");
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored?.passwordHash).not.toContain(PASSWORD);
      const bad = await curation.addCurator(
        { email: "nope", role: "boss", password: "short", displayName: "" },
        cli,
      );
      expect(bad).toEqual({
        ok: false,
        issues: [
          { field: "email", problem: "email" },
          { field: "role", problem: "role" },
          { field: "password", problem: "passwordTooShort" },
        ],
      });
      const again = await curation.addCurator(
        { email: "editor@example.org", role: "editor", password: PASSWORD, displayName: "" },
        cli,
      );
      expect(again).toEqual({ ok: false, issues: "exists" });
    });

    it("gives a new session id at every log-in and ends the one from before (no fixation)", async () => {
      await addAccount("fixation@example.org");
      const first = await curation.logIn({
        email: "fixation@example.org",
        password: PASSWORD,
        address: "a1",
      });
      expect(first.outcome).toBe("signed-in");
      if (first.outcome !== "signed-in") return;
      expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Only the hash is stored.
      expect(await store.accounts.findSession(first.token)).toBeUndefined();
      expect(await store.accounts.findSession(hashSessionToken(first.token))).toBeDefined();
      const second = await curation.logIn({
        email: "fixation@example.org",
        password: PASSWORD,
        address: "a1",
        previousToken: first.token,
      });
      if (second.outcome !== "signed-in") throw new Error("second log-in refused");
      expect(second.token).not.toBe(first.token);
      expect(await curation.session(first.token)).toBeUndefined();
      expect((await curation.session(second.token))?.curator.email).toBe("fixation@example.org");
    });

    it("answers a wrong password and an unknown account alike", async () => {
      await addAccount("known@example.org");
      const wrong = await curation.logIn({
        email: "known@example.org",
        password: "wrong password!",
        address: "a2",
      });
      const unknown = await curation.logIn({
        email: "nobody@example.org",
        password: PASSWORD,
        address: "a2",
      });
      expect(wrong).toEqual({ outcome: "refused" });
      expect(unknown).toEqual({ outcome: "refused" });
    });

    it("locks an account after 5 failures for 15 minutes, even for the right password", async () => {
      await addAccount("locked@example.org");
      for (let i = 0; i < 5; i++) {
        const from = `10.0.0.${i}`;
        expect(
          (await curation.logIn({ email: "locked@example.org", password: "guess", address: from })).outcome,
        ).toBe("refused");
      }
      const right = await curation.logIn({
        email: "locked@example.org",
        password: PASSWORD,
        address: "10.9.9.9",
      });
      expect(right).toEqual({ outcome: "locked" });
      clock = new Date(clock.getTime() + 16 * 60_000);
      expect(
        (await curation.logIn({ email: "locked@example.org", password: PASSWORD, address: "10.9.9.9" }))
          .outcome,
      ).toBe("signed-in");
    });

    it("locks an address after 20 failures over any accounts", async () => {
      await addAccount("victim@example.org");
      for (let i = 0; i < 20; i++) {
        await curation.logIn({ email: `guess${i}@example.org`, password: "guess", address: "203.0.113.9" });
      }
      const fromThere = await curation.logIn({
        email: "victim@example.org",
        password: PASSWORD,
        address: "203.0.113.9",
      });
      expect(fromThere).toEqual({ outcome: "locked" });
      const elsewhere = await curation.logIn({
        email: "victim@example.org",
        password: PASSWORD,
        address: "203.0.113.10",
      });
      expect(elsewhere.outcome).toBe("signed-in");
    });

    it("ends a session after 30 idle minutes and 12 hours after log-in", async () => {
      await addAccount("expiry@example.org");
      const login = await curation.logIn({ email: "expiry@example.org", password: PASSWORD, address: "a3" });
      if (login.outcome !== "signed-in") throw new Error("refused");
      const start = clock.getTime();
      // Active every 20 minutes: kept until the absolute end.
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        clock = new Date(start + minutes * 60_000);
        expect(await curation.session(login.token)).toBeDefined();
      }
      clock = new Date(start + 12 * 60 * 60_000);
      expect(await curation.session(login.token)).toBeUndefined();

      const idle = await curation.logIn({ email: "expiry@example.org", password: PASSWORD, address: "a3" });
      if (idle.outcome !== "signed-in") throw new Error("refused");
      clock = new Date(clock.getTime() + 30 * 60_000);
      expect(await curation.session(idle.token)).toBeUndefined();
    });

    it("logs out one session, or every session of the curator", async () => {
      await addAccount("everywhere@example.org");
      const logIn = async () => {
        const r = await curation.logIn({
          email: "everywhere@example.org",
          password: PASSWORD,
          address: "a4",
        });
        if (r.outcome !== "signed-in") throw new Error("refused");
        return r.token;
      };
      const [one, two, three] = [await logIn(), await logIn(), await logIn()];
      const session = await curation.session(one);
      if (!session) throw new Error("no session");
      await curation.logOut(session, "a4");
      expect(await curation.session(one)).toBeUndefined();
      expect(await curation.session(two)).toBeDefined();
      const other = await curation.session(two);
      if (!other) throw new Error("no session");
      await curation.logOutEverywhere(other, "a4");
      expect(await curation.session(two)).toBeUndefined();
      expect(await curation.session(three)).toBeUndefined();
    });

    it("asks reviewers with TOTP for a code after the password and refuses a code used before", async () => {
      await addAccount("totp@example.org", "reviewer");
      const plain = await curation.logIn({ email: "totp@example.org", password: PASSWORD, address: "a5" });
      if (plain.outcome !== "signed-in") throw new Error("refused");
      const session = await curation.session(plain.token);
      if (!session) throw new Error("no session");
      const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      const epoch = () => Math.floor(clock.getTime() / 1000);
      const enrolCode = await generate({ secret, epoch: epoch() });
      expect(await curation.enableSecondFactor(session, secret, enrolCode, "a5")).toBe(true);

      clock = new Date(clock.getTime() + 60_000);
      const login = await curation.logIn({ email: "totp@example.org", password: PASSWORD, address: "a5" });
      expect(login.outcome).toBe("second-factor");
      if (login.outcome !== "second-factor") return;
      // Half-way: the session grants nothing yet.
      expect((await curation.session(login.token))?.pendingSecondFactor).toBe(true);
      const code = await generate({ secret, epoch: epoch() });
      expect(await curation.giveSecondFactor(login.token, code, "a5")).toBe("signed-in");
      expect((await curation.session(login.token))?.pendingSecondFactor).toBe(false);

      // The same code again, in a new log-in within its 30 seconds: refused.
      const replay = await curation.logIn({ email: "totp@example.org", password: PASSWORD, address: "a5" });
      if (replay.outcome !== "second-factor") throw new Error("no second step");
      expect(await curation.giveSecondFactor(replay.token, code, "a5")).toBe("refused");
      expect((await curation.session(replay.token))?.pendingSecondFactor).toBe(true);
      clock = new Date(clock.getTime() + 30_000);
      expect(
        await curation.giveSecondFactor(replay.token, await generate({ secret, epoch: epoch() }), "a5"),
      ).toBe("signed-in");
    });

    it("keeps the last admin an admin", async () => {
      const only = await addAccount("only-admin@example.org", "admin");
      expect(await curation.setRole(only.id, "editor", cli)).toBe("last-admin");
      const second = await addAccount("second-admin@example.org", "admin");
      expect(await curation.setRole(only.id, "editor", cli)).toMatchObject({ role: "editor" });
      expect(await curation.setRole(second.id, "reviewer", cli)).toBe("last-admin");
      expect(await curation.setRole("no-such-id", "admin", cli)).toBe("unknown");
    });

    it("does not let an editor turn on a second factor", async () => {
      await addAccount("plain-editor@example.org", "editor");
      const login = await curation.logIn({
        email: "plain-editor@example.org",
        password: PASSWORD,
        address: "a6",
      });
      if (login.outcome !== "signed-in") throw new Error("refused");
      const session = await curation.session(login.token);
      if (!session) throw new Error("no session");
      const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      const code = await generate({ secret, epoch: Math.floor(clock.getTime() / 1000) });
      expect(await curation.enableSecondFactor(session, secret, code, "a6")).toBe(false);
    });

    it("shares sessions and locks between instances on one database", async () => {
      const other = new Curation({
        accounts: (await database.open()).accounts,
        now: () => clock,
        failureDelayMs: 0,
      });
      await addAccount("shared@example.org");
      const login = await curation.logIn({ email: "shared@example.org", password: PASSWORD, address: "a7" });
      if (login.outcome !== "signed-in") throw new Error("refused");
      const there = await other.session(login.token);
      expect(there?.curator.email).toBe("shared@example.org");
      if (!there) return;
      await other.logOutEverywhere(there, "a7");
      expect(await curation.session(login.token)).toBeUndefined();
      for (let i = 0; i < 5; i++)
        await other.logIn({ email: "shared@example.org", password: "x", address: `b${i}` });
      expect(
        await curation.logIn({ email: "shared@example.org", password: PASSWORD, address: "a7" }),
      ).toEqual({
        outcome: "locked",
      });
    });

    it("writes log-ins, failures, log-outs and account changes to the audit log, never a password", async () => {
      const entries = await curation.auditLog({ limit: 500, offset: 0 });
      const actions = new Set(entries.map((e) => e.action));
      for (const action of [
        "account.create",
        "session.login",
        "session.login-failed",
        "session.logout",
        "session.logout-everywhere",
        "account.second-factor",
      ]) {
        expect(actions).toContain(action);
      }
      const failed = entries.find(
        (e) => e.action === "session.login-failed" && e.subject === "known@example.org",
      );
      expect(failed).toMatchObject({
        actor: "known@example.org",
        address: "a2",
        detail: { reason: "password" },
      });
      expect(JSON.stringify(entries)).not.toContain(PASSWORD);
      expect(JSON.stringify(entries)).not.toContain("wrong password!");
    });
  });
}
