import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { createPostgresDialect } from "./dialects/postgres.js";
import { createSqliteDialect } from "./dialects/sqlite.js";
import { KyselyStore } from "./kysely-store.js";
import type { Store } from "./store.js";

export type { Store } from "./store.js";

/** Where the SQLite database lives when nothing else is configured. */
export const DEFAULT_SQLITE_FILE = join(PROJECT_ROOT, "data", "hechtingswijzer.sqlite");

export interface StoreOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; anything else (or nothing) SQLite. */
  readonly databaseUrl?: string | undefined;
  /** The SQLite file (its folder is created); ":memory:" for a throw-away database. */
  readonly sqliteFile?: string | undefined;
}

/** Whether a database URL names PostgreSQL. */
export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens the store. Nothing is connected yet: an unreachable database shows up
 * as ping() === false and AppError("unavailable") on use, never as a crash here.
 * Call migrate() (or catalog/first-import.ts's ensureContent) before use and close() when done.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl;
  if (url !== undefined && isPostgresUrl(url)) {
    const { dialect } = createPostgresDialect(url);
    return new KyselyStore({ dialect: "postgres", kyselyDialect: dialect, connectionString: url });
  }
  const file = options.sqliteFile ?? DEFAULT_SQLITE_FILE;
  return new KyselyStore({ dialect: "sqlite", kyselyDialect: createSqliteDialect(file) });
}

/**
 * Store options from one setting such as DATABASE_URL or the CLI's --database:
 * postgres://… → PostgreSQL; `sqlite:PATH`, `file:PATH` or a plain path → that
 * SQLite file; nothing → the default SQLite file.
 */
export function storeOptionsFromUrl(url: string | undefined): StoreOptions {
  if (url === undefined || url === "") return {};
  if (isPostgresUrl(url)) return { databaseUrl: url };
  return { sqliteFile: url.replace(/^(sqlite|file):(\/\/)?/i, "") };
}
