import { join } from "node:path";
import { checkContentDir, DEFAULT_CONTENT_DIR, InvalidContentError } from "../catalog/load-catalog.js";
import { PROJECT_ROOT } from "../paths.js";
import { createPostgresDialect } from "./dialects/postgres.js";
import { createSqliteDialect } from "./dialects/sqlite.js";
import { KyselyStore } from "./kysely-store.js";
import type { Store } from "./store.js";

export type { InterventionVersion, NewFeedback, RevisionMeta, Store, StoredFeedback } from "./store.js";

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
 * Call migrate() (or ensureContent) before use and close() when done.
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

/** Who made the first revision on a fresh database. */
export const FIRST_IMPORT_META = { author: "system", reason: "eerste import" } as const;

/**
 * Makes the store ready for the application: runs pending migrations and, on a
 * store without content (revision 0), validates the content folder and imports
 * it as revision 1. Resolves with the current revision.
 * Throws InvalidContentError when the folder does not validate.
 */
export async function ensureContent(store: Store, contentDir: string = DEFAULT_CONTENT_DIR): Promise<number> {
  await store.migrate();
  const current = await store.currentRevision();
  if (current > 0) return current;
  const result = await checkContentDir(contentDir);
  if (!result.ok) throw new InvalidContentError(result.problems);
  return store.importContent(result.bundle, FIRST_IMPORT_META);
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
