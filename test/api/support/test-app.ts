import type { Hono } from "hono";
import { createApp } from "../../../src/app.js";
import { type CatalogHolder, createCatalogHolder } from "../../../src/catalog/catalog-holder.js";
import { ensureContent } from "../../../src/catalog/first-import.js";
import { type AppConfig, testConfig } from "../../../src/config.js";
import type { Store } from "../../../src/db/store.js";
import { createLogger, type Logger } from "../../../src/lib/logger.js";
import type { TestDatabase, TestDialect } from "../../db/dialects.js";

/** An app on a fresh database of one dialect, with its log lines captured. */
export interface TestApp {
  readonly app: Hono;
  readonly store: Store;
  readonly holder: CatalogHolder;
  readonly database: TestDatabase;
  /** The logger the app writes to (into logs and rawLogs). */
  readonly logger: Logger;
  /** Every JSON log line the app wrote, parsed. */
  readonly logs: Record<string, unknown>[];
  /** The raw log lines (to check what is never written). */
  readonly rawLogs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly config?: Partial<AppConfig>;
  /** Wraps the store the app sees (to simulate failures). */
  readonly wrapStore?: (store: Store) => Store;
  /** Wraps the catalog holder the app sees (to simulate a bug). */
  readonly wrapHolder?: (holder: CatalogHolder) => CatalogHolder;
}

/** Creates a database, imports the shipped content and builds the app around it. */
export async function createTestApp(dialect: TestDialect, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await dialect.create();
  const store = await database.open();
  await ensureContent(store);
  const holder = await createCatalogHolder(store);
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("debug", (line) => {
    rawLogs.push(line);
    logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  const seen = options.wrapStore ? options.wrapStore(store) : store;
  const app = createApp({
    store: seen,
    holder: options.wrapHolder ? options.wrapHolder(holder) : holder,
    logger,
    // High enough that only the rate-limit tests meet the limit.
    config: testConfig({ ratePostsPerMinute: 100_000, feedbackPerMinute: 100_000, ...options.config }),
  });
  return {
    app,
    store,
    holder,
    database,
    logger,
    logs,
    rawLogs,
    async close() {
      holder.close();
      await database.drop();
    },
  };
}

/** A POST with a JSON body. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}
