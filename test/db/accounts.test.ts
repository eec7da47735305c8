import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/index.js";
import type { AccountStore } from "../../src/domain/accounts.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

for (const dialect of DIALECTS) {
  describe(`accounts on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let accounts: AccountStore;
    beforeAll(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
      accounts = store.accounts;
    });
    afterAll(async () => {
      await database.drop();
    });

    it("keeps a curator with a role and refuses a second account with the same e-mail address", async () => {
      const added = await accounts.addCurator({
        email: "anna@example.org",
        role: "reviewer",
        passwordHash: "$argon2id$stand-in",
        displayName: "Anna",
      });
      expect(added).toMatchObject({ email: "anna@example.org", role: "reviewer", secondFactor: false });
      expect(added).not.toHaveProperty("passwordHash");
      const found = await accounts.findCuratorByEmail("anna@example.org");
      expect(found?.passwordHash).toBe("$argon2id$stand-in");
      await expect(
        accounts.addCurator({
          email: "anna@example.org",
          role: "editor",
          passwordHash: "x",
          displayName: "A",
        }),
      ).rejects.toMatchObject({ code: "conflict" });
      await accounts.setCuratorRole(added.id, "admin");
      expect((await accounts.getCurator(added.id))?.role).toBe("admin");
      expect((await accounts.listCurators()).map((c) => c.email)).toEqual(["anna@example.org"]);
    });

    it("accepts each TOTP time step once, in order", async () => {
      const curator = await accounts.addCurator({
        email: "totp@example.org",
        role: "admin",
        passwordHash: "x",
        displayName: "T",
      });
      await accounts.setSecondFactor(curator.id, "JBSWY3DPEHPK3PXP");
      expect((await accounts.getCurator(curator.id))?.secondFactor).toBe(true);
      expect(await accounts.claimTotpStep(curator.id, 100)).toBe(true);
      expect(await accounts.claimTotpStep(curator.id, 100)).toBe(false);
      expect(await accounts.claimTotpStep(curator.id, 99)).toBe(false);
      expect(await accounts.claimTotpStep(curator.id, 101)).toBe(true);
    });

    it("finds, touches and ends sessions, one or all of a curator's", async () => {
      const curator = await accounts.addCurator({
        email: "sessions@example.org",
        role: "editor",
        passwordHash: "x",
        displayName: "S",
      });
      const session = (idHash: string) => ({
        idHash,
        curatorId: curator.id,
        createdAt: "2026-01-15T12:00:00.000Z",
        lastSeenAt: "2026-01-15T12:00:00.000Z",
        expiresAt: "2026-01-16T00:00:00.000Z",
        pendingSecondFactor: false,
      });
      await accounts.createSession(session("a".repeat(64)));
      await accounts.createSession({ ...session("b".repeat(64)), pendingSecondFactor: true });
      await accounts.createSession(session("c".repeat(64)));
      await accounts.touchSession("a".repeat(64), "2026-01-15T12:10:00.000Z");
      expect((await accounts.findSession("a".repeat(64)))?.lastSeenAt).toBe("2026-01-15T12:10:00.000Z");
      expect((await accounts.findSession("b".repeat(64)))?.pendingSecondFactor).toBe(true);
      await accounts.completeSession("b".repeat(64));
      expect((await accounts.findSession("b".repeat(64)))?.pendingSecondFactor).toBe(false);
      await accounts.deleteSession("c".repeat(64));
      expect(await accounts.findSession("c".repeat(64))).toBeUndefined();
      await accounts.deleteExpiredSessions("2026-01-15T13:00:00.000Z", "2026-01-15T12:05:00.000Z");
      expect(await accounts.findSession("a".repeat(64))).toBeDefined();
      expect(await accounts.findSession("b".repeat(64))).toBeUndefined();
      await accounts.deleteSessionsOf(curator.id);
      expect(await accounts.findSession("a".repeat(64))).toBeUndefined();
    });

    it("counts failed log-ins per key within a window and forgets an account's on request", async () => {
      await accounts.recordLoginFailure(
        ["account:x@example.org", "address:192.0.2.1"],
        "2026-01-15T12:00:00.000Z",
      );
      await accounts.recordLoginFailure(
        ["account:x@example.org", "address:192.0.2.1"],
        "2026-01-15T12:01:00.000Z",
      );
      expect(await accounts.countLoginFailures("account:x@example.org", "2026-01-15T11:59:00.000Z")).toEqual({
        count: 2,
        latest: "2026-01-15T12:01:00.000Z",
      });
      expect((await accounts.countLoginFailures("address:192.0.2.1", "2026-01-15T12:00:30.000Z")).count).toBe(
        1,
      );
      await accounts.clearLoginFailures("account:x@example.org");
      expect((await accounts.countLoginFailures("account:x@example.org", "2000-01-01")).count).toBe(0);
      expect((await accounts.countLoginFailures("address:192.0.2.1", "2000-01-01")).count).toBe(2);
      await accounts.forgetLoginFailuresBefore("2026-01-15T12:00:30.000Z");
      expect((await accounts.countLoginFailures("address:192.0.2.1", "2000-01-01")).count).toBe(1);
    });

    it("appends audit entries and reads them newest first", async () => {
      const first = await accounts.appendAudit({
        actor: "anna@example.org",
        action: "session.login",
        subject: "anna@example.org",
        detail: {},
        address: "192.0.2.1",
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await accounts.appendAudit({
        actor: "anna@example.org",
        action: "account.role",
        subject: "bob@example.org",
        detail: { from: "editor", to: "reviewer" },
        address: "192.0.2.1",
      });
      const entries = await accounts.listAudit({ limit: 10, offset: 0 });
      expect(entries.map((e) => e.action)).toEqual(["account.role", "session.login"]);
      expect(entries[0]?.detail).toEqual({ from: "editor", to: "reviewer" });
      expect(entries[1]).toEqual(first);
    });

    it("reads the audit log of one action, one actor, or both", async () => {
      await accounts.appendAudit({
        actor: "bob@example.org",
        action: "session.login",
        subject: "bob@example.org",
        detail: {},
        address: "192.0.2.2",
      });
      const logins = await accounts.listAudit({ limit: 10, offset: 0, action: "session.login" });
      expect(logins.map((e) => e.actor)).toEqual(["bob@example.org", "anna@example.org"]);
      const anna = await accounts.listAudit({ limit: 10, offset: 0, actor: "anna@example.org" });
      expect(anna.map((e) => e.action)).toEqual(["account.role", "session.login"]);
      const both = await accounts.listAudit({
        limit: 10,
        offset: 0,
        action: "session.login",
        actor: "bob@example.org",
      });
      expect(both.map((e) => e.address)).toEqual(["192.0.2.2"]);
      expect(await accounts.listAudit({ limit: 10, offset: 0, actor: "BOB@example.org" })).toEqual([]);
    });

    it("offers no way to change or remove an audit entry, and the database refuses both", async () => {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(accounts)).concat(
        Object.keys(accounts),
      );
      const auditMethods = methods.filter((name) => /audit/i.test(name));
      expect(auditMethods.sort()).toEqual(["appendAudit", "listAudit"]);

      const entry = await accounts.appendAudit({
        actor: "cli",
        action: "account.create",
        subject: "c@example.org",
        detail: { role: "editor" },
        address: "cli",
      });
      // Straight to the database, past the store: the triggers of migration 002 (made again
      // by 006 when it rebuilds the table on SQLite) refuse.
      const raw = (
        store as unknown as { db: import("kysely").Kysely<import("../../src/db/schema.js").Database> }
      ).db;
      await expect(
        raw.updateTable("audit_log").set({ actor: "someone else" }).where("id", "=", entry.id).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(raw.deleteFrom("audit_log").where("id", "=", entry.id).execute()).rejects.toThrow(
        /append-only/,
      );
      const entries = await accounts.listAudit({ limit: 100, offset: 0 });
      expect(entries.find((e) => e.id === entry.id)?.actor).toBe("cli");
    });
  });
}
