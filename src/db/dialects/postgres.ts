import { PostgresDialect } from "kysely";
import pg from "pg";

/** Fail fast when the server does not answer, so /readyz and writes report 503 quickly. */
const CONNECT_TIMEOUT_MS = 3_000;

/** The connection settings shared by the pool and the LISTEN client. */
export function postgresConfig(connectionString: string): pg.ClientConfig {
  return {
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: "hechtingswijzer",
  };
}

/**
 * A pg Pool and a Kysely dialect on it. The pool's 'error' event fires when an
 * idle connection breaks (server restart, network); without a listener Node
 * would crash the process, so it is logged and the pool reconnects on next use.
 */
export function createPostgresDialect(connectionString: string): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({ ...postgresConfig(connectionString), max: 10, idleTimeoutMillis: 30_000 });
  pool.on("error", (error) => {
    console.error(`[db] idle PostgreSQL connection failed: ${error.message}`);
  });
  return { dialect: new PostgresDialect({ pool }), pool };
}
