import { type Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Store } from "../../src/db/index.js";
import type { Database } from "../../src/db/schema.js";
import type { AuditEntry } from "../../src/domain/accounts.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

/** Enough entries that the old order (by random UUID) would almost never come out right. */
const ENTRIES = 12;
const SAME_MOMENT = new Date("2026-12-06T09:30:00.000Z");

for (const dialect of DIALECTS) {
  describe(`the audit log's order on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeEach(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
    });
    afterEach(async () => {
      vi.useRealTimers();
      await database.drop();
    });

    /** Entries written one after another within one millisecond, as a publish and what follows it. */
    async function writeInOneMillisecond(): Promise<string[]> {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(SAME_MOMENT);
      const subjects: string[] = [];
      for (let i = 0; i < ENTRIES; i++) {
        const subject = `entry ${i}`;
        await store.accounts.appendAudit({
          actor: "cli",
          action: "account.create",
          subject,
          detail: {},
          address: "cli",
        });
        subjects.push(subject);
      }
      vi.useRealTimers();
      return subjects;
    }

    const subjects = (entries: readonly AuditEntry[]) => entries.map((entry) => entry.subject);

    it("gives entries of one millisecond newest written first", async () => {
      const written = await writeInOneMillisecond();
      const entries = await store.accounts.listAudit({ limit: 100, offset: 0 });
      expect(entries.every((entry) => entry.at === SAME_MOMENT.toISOString())).toBe(true);
      expect(subjects(entries)).toEqual([...written].reverse());
      // Paging follows the same order.
      const second = await store.accounts.listAudit({ limit: 5, offset: 5 });
      expect(subjects(second)).toEqual([...written].reverse().slice(5, 10));
    });

    it("keeps every entry, its order and the append-only triggers when migration 006 goes down and up", async () => {
      const written = await writeInOneMillisecond();
      expect(await store.undoLastMigration()).toBe("006-audit-sequence");
      const raw = (store as unknown as { db: Kysely<Database> }).db;
      expect(await raw.selectFrom("audit_log").select("subject").execute()).toHaveLength(ENTRIES);
      await expectAppendOnly(raw);

      await store.migrate();
      const entries = await store.accounts.listAudit({ limit: 100, offset: 0 });
      expect(subjects(entries)).toEqual([...written].reverse());
      await expectAppendOnly(raw);
      const after = await store.accounts.appendAudit({
        actor: "cli",
        action: "account.create",
        subject: "after the migration",
        detail: {},
        address: "cli",
      });
      expect((await store.accounts.listAudit({ limit: 1, offset: 0 }))[0]?.id).toBe(after.id);
    });

    // A failure halfway through the SQLite rebuild: a view on the log lets the old table be
    // dropped but makes the rename of the new one fail, after the drop. The transaction
    // must bring the old table back whole, with its entries and its triggers.
    // Only SQLite rebuilds the table; PostgreSQL adds a column in place.
    if (dialect.name === "sqlite") {
      it("leaves the log as it was when the rebuild fails halfway", async () => {
        const written = await writeInOneMillisecond();
        expect(await store.undoLastMigration()).toBe("006-audit-sequence");
        const raw = (store as unknown as { db: Kysely<Database> }).db;
        await sql`create view audit_log_view as select subject from audit_log`.execute(raw);

        await expect(store.migrate()).rejects.toThrow();
        const kept = await raw.selectFrom("audit_log").select("subject").execute();
        expect(kept.map((row) => row.subject).sort()).toEqual([...written].sort());
        await expectAppendOnly(raw);

        await sql`drop view audit_log_view`.execute(raw);
        await store.migrate();
        expect(subjects(await store.accounts.listAudit({ limit: 100, offset: 0 }))).toEqual(
          [...written].reverse(),
        );
      });
    }
  });
}

/** Straight to the database, past the store: the triggers refuse to change or remove an entry. */
async function expectAppendOnly(raw: Kysely<Database>): Promise<void> {
  await expect(raw.updateTable("audit_log").set({ actor: "someone else" }).execute()).rejects.toThrow(
    /append-only/,
  );
  await expect(raw.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
}
