import { type StoreOptions, storeOptionsFromUrl } from "../db/index.js";

/**
 * The database a command works on, found as the server finds it: --database, else
 * DATABASE_URL, else SQLITE_FILE, else the default SQLite file. Without SQLITE_FILE an
 * account made with `users add` would land in another file than the one the server reads.
 */
export function cliStoreOptions(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): StoreOptions {
  const url = option ?? env.DATABASE_URL;
  if (url !== undefined && url !== "") return storeOptionsFromUrl(url);
  return env.SQLITE_FILE ? { sqliteFile: env.SQLITE_FILE } : {};
}
