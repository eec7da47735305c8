import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store, type StoreOptions } from "../../src/db/index.js";

/** One throw-away database: how to open stores on it and how to remove it. */
export interface TestDatabase {
  readonly options: StoreOptions;
  /** The value for the CLI's --database. */
  readonly cliDatabase: string;
  /** Opens a store on this database (several may be open at once). */
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export interface TestDialect {
  readonly name: "sqlite" | "postgres";
  /** Creates an empty database of its own, so concurrently running test files never meet. */
  create(): Promise<TestDatabase>;
}

const sqlite: TestDialect = {
  name: "sqlite",
  async create() {
    const dir = await mkdtemp(join(tmpdir(), "hw-db-test-"));
    const file = join(dir, "test.sqlite");
    return database({ sqliteFile: file }, file, () => rm(dir, { recursive: true, force: true }));
  },
};

function postgres(adminUrl: string): TestDialect {
  return {
    name: "postgres",
    async create() {
      const name = `hw_${randomBytes(6).toString("hex")}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return database({ databaseUrl: url.href }, url.href, () =>
        adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

function database(options: StoreOptions, cliDatabase: string, drop: () => Promise<void>): TestDatabase {
  const opened: Store[] = [];
  return {
    options,
    cliDatabase,
    async open() {
      const store = await openStore(options);
      opened.push(store);
      return store;
    },
    async drop() {
      for (const store of opened) await store.close();
      await drop();
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  // A background worker (autovacuum) may hold the database for a moment; try a few times.
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    } finally {
      await client.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}

function dialects(): TestDialect[] {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return [sqlite, postgres(url)];
  if (process.env.CI === "true") {
    throw new Error("TEST_DATABASE_URL is not set: in CI every database test must also run on PostgreSQL");
  }
  console.warn(
    "[test/db] TEST_DATABASE_URL is not set: PostgreSQL tests are skipped here (run scripts/test.sh or scripts/setup-services.sh)",
  );
  return [sqlite];
}

/** SQLite always; PostgreSQL from TEST_DATABASE_URL (always in CI). */
export const DIALECTS: readonly TestDialect[] = dialects();
