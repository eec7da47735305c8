import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openStore } from "../../src/db/index.js";
import { startServer } from "../../src/server.js";

/* The server runs the retention job as it starts: no request, no hour of waiting. */

const dir = mkdtempSync(join(tmpdir(), "hw-retention-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("erases the name and e-mail of feedback older than FEEDBACK_RETENTION_MONTHS at start", async () => {
  const sqliteFile = join(dir, "retention.sqlite");
  const store = await openStore({ sqliteFile });
  await store.migrate();
  const old = await store.addFeedback({ about: "/", message: "oud", name: "Oud", email: "oud@example.org" });
  const recent = await store.addFeedback({
    about: "/",
    message: "nieuw",
    name: "Nieuw",
    email: "n@example.org",
  });
  await store.close();
  // Sent seven months ago, as far as the database knows.
  const raw = new SqliteDatabase(sqliteFile);
  const sevenMonthsAgo = new Date(Date.now() - 7 * 31 * 24 * 60 * 60 * 1000).toISOString();
  raw.prepare("update feedback set created_at = ? where id = ?").run(sevenMonthsAgo, old.id);
  raw.close();

  const lines: string[] = [];
  const logger = {
    error: () => {},
    debug: () => {},
    info: (msg: string, fields?: Record<string, unknown>) => lines.push(JSON.stringify({ msg, ...fields })),
  };
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SQLITE_FILE: sqliteFile,
    LOG_LEVEL: "silent",
    FEEDBACK_RETENTION_MONTHS: "6",
  });
  const server = await startServer({ config, logger });
  try {
    await expect
      .poll(() => lines.some((line) => line.includes("feedback contact details erased")))
      .toBe(true);
    expect(lines.find((line) => line.includes("erased"))).not.toMatch(/Oud|example\.org/);
    const erased = await server.store.feedbackInbox.getInboxItem(old.id);
    expect(erased?.name).toBeUndefined();
    expect(erased?.email).toBeUndefined();
    expect(erased?.message).toBe("oud");
    expect((await server.store.feedbackInbox.getInboxItem(recent.id))?.email).toBe("n@example.org");
  } finally {
    await server.close();
  }
});
