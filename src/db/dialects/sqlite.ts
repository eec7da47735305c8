import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { SqliteDialect } from "kysely";

/** How long a writer waits for another process's lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the file, creating its folder. Any failure is reported as SQLITE_CANTOPEN
 * (whether the folder could not be made or the file not opened), which the store
 * turns into "unavailable".
 */
function openFile(file: string): SqliteDatabase.Database {
  try {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    return new SqliteDatabase(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw Object.assign(new Error(`cannot open SQLite file ${file}: ${reason}`, { cause: error }), {
      code: "SQLITE_CANTOPEN",
    });
  }
}

/**
 * A Kysely dialect on one better-sqlite3 connection. The file is opened lazily
 * (on the first query), so a store can be created before its folder is usable
 * and the failure surfaces as an "unavailable" error instead of at import time.
 */
export function createSqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      const db = openFile(file);
      // WAL lets readers and the single writer work side by side; synchronous=FULL
      // syncs the WAL on every commit, so an acknowledged write survives kill -9 and
      // power loss (NORMAL would only survive a process crash).
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma("foreign_keys = ON");
      return db;
    },
  });
}
