import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/index.js";
import type { AccountStore } from "../../src/domain/accounts.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

/* The API tokens of the store (migration 004-tokens) on SQLite and PostgreSQL alike. */

for (const dialect of DIALECTS) {
  describe(`API tokens on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    let accounts: AccountStore;
    let anna = "";
    let bob = "";
    beforeAll(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
      accounts = store.accounts;
      const curator = (email: string) =>
        accounts.addCurator({ email, role: "editor", passwordHash: "x", displayName: email });
      anna = (await curator("anna@example.org")).id;
      bob = (await curator("bob@example.org")).id;
    });
    afterAll(async () => {
      await database.drop();
    });

    const record = (id: string, curatorId: string, createdAt: string) => ({
      id,
      curatorId,
      name: `token ${id}`,
      prefix: `hwt_${id.padEnd(8, "x")}`,
      tokenHash: `hash-${id}`,
      createdAt,
    });

    it("keeps tokens by hash, with their owner, newest first, per curator or all", async () => {
      await accounts.addApiToken(record("a1", anna, "2026-01-01T00:00:00.000Z"));
      await accounts.addApiToken(record("b1", bob, "2026-02-01T00:00:00.000Z"));
      await accounts.addApiToken(record("a2", anna, "2026-03-01T00:00:00.000Z"));
      expect(await accounts.findApiToken("hash-a1")).toEqual({
        id: "a1",
        curatorId: anna,
        ownerEmail: "anna@example.org",
        name: "token a1",
        prefix: "hwt_a1xxxxxx",
        createdAt: "2026-01-01T00:00:00.000Z",
        lastUsedAt: undefined,
      });
      expect(await accounts.findApiToken("a1")).toBeUndefined();
      expect((await accounts.listApiTokens(anna)).map((t) => t.id)).toEqual(["a2", "a1"]);
      expect((await accounts.listApiTokens()).map((t) => t.id)).toEqual(["a2", "b1", "a1"]);
      await expect(
        accounts.addApiToken({ ...record("a3", anna, "2026-04-01"), tokenHash: "hash-a1" }),
      ).rejects.toThrow();
    });

    it("tells the first use from later ones, and forgets a revoked token", async () => {
      expect(await accounts.markApiTokenUsed("b1", "2026-05-01T00:00:00.000Z")).toBe(true);
      expect(await accounts.markApiTokenUsed("b1", "2026-05-02T00:00:00.000Z")).toBe(false);
      expect((await accounts.getApiToken("b1"))?.lastUsedAt).toBe("2026-05-02T00:00:00.000Z");
      await accounts.deleteApiToken("b1");
      expect(await accounts.findApiToken("hash-b1")).toBeUndefined();
      expect(await accounts.getApiToken("b1")).toBeUndefined();
    });
  });
}
