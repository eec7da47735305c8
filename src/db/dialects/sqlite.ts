import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { SqliteDialect } from "kysely";

/** How long a writer waits for another process's lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 5_000;

/** Folders this store creates: only the owner may list or enter them. */
const FOLDER_MODE = 0o700;
/** The database and its companions: only the owner may read or write them (they hold feedback with names and e-mail addresses). */
const FILE_MODE = 0o600;
/** The files SQLite keeps beside the database (write-ahead log, shared memory, rollback journal). */
const COMPANION_SUFFIXES = ["-wal", "-shm", "-journal"];

/**
 * Makes the database file owner-only before SQLite opens it. SQLite creates the WAL,
 * shared-memory and journal files with the database file's mode, so creating the file
 * 0600 first covers them; a file or companion left readable by an older version is
 * narrowed too. A folder that exists already is left alone: it may be shared (/var/lib,
 * the working directory) and is the administrator's to set.
 */
function prepareOwnerOnlyFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: FOLDER_MODE });
  if (!existsSync(file)) closeSync(openSync(file, "a", FILE_MODE));
  for (const path of [file, ...COMPANION_SUFFIXES.map((suffix) => file + suffix)]) {
    if (existsSync(path)) narrowToOwner(path);
  }
}

function narrowToOwner(path: string): void {
  try {
    chmodSync(path, FILE_MODE);
  } catch (error) {
    // A file another account owns (an administrator's setup) cannot be changed by us;
    // its modes are then theirs to set, and the store still opens it.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
  }
}

/**
 * Opens the file owner-only, creating its folder. Any failure is reported as SQLITE_CANTOPEN
 * (whether the folder could not be made or the file not opened), which the store
 * turns into "unavailable".
 */
function openFile(file: string): SqliteDatabase.Database {
  try {
    if (file !== ":memory:") prepareOwnerOnlyFile(file);
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
