import Sqlite from "better-sqlite3";
import pg from "pg";
import type { TestDatabase } from "../../db/dialects.js";

/**
 * Tells from outside whether another process is inside a content write transaction right
 * now, so a crash test can kill it there and not merely near it.
 */
export interface WriteLockSpy {
  held(): Promise<boolean>;
  close(): Promise<void>;
}

export async function spyOnWriteLock(database: TestDatabase): Promise<WriteLockSpy> {
  const { databaseUrl, sqliteFile } = database.options;
  if (databaseUrl) return postgresSpy(databaseUrl);
  if (sqliteFile) return sqliteSpy(sqliteFile);
  throw new Error("no database to spy on");
}

/** publishChange and importContent hold an EXCLUSIVE lock on content_revision until they end. */
async function postgresSpy(url: string): Promise<WriteLockSpy> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async held() {
      const result = await client.query(
        `select 1 from pg_locks l join pg_class c on c.oid = l.relation
         where c.relname = 'content_revision' and l.mode = 'ExclusiveLock' and l.granted
           and l.pid <> pg_backend_pid()`,
      );
      return (result.rowCount ?? 0) > 0;
    },
    async close() {
      await client.end();
    },
  };
}

/**
 * SQLite has one write lock for the whole file: when BEGIN IMMEDIATE is refused at once,
 * another connection is inside a write transaction. When it is not, the lock is let go
 * at once (the writer waits that moment out with its busy_timeout).
 */
function sqliteSpy(file: string): WriteLockSpy {
  const db = new Sqlite(file, { timeout: 0 });
  return {
    async held() {
      try {
        db.exec("BEGIN IMMEDIATE");
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
        throw error;
      }
      db.exec("ROLLBACK");
      return false;
    },
    async close() {
      db.close();
    },
  };
}
