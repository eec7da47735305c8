import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config.js";
import { type StartServerOptions, startServer } from "../../../src/server.js";

/** The real application on a random loopback port, with a throw-away SQLite file. */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the whole app (API + pages) exactly as `npm start` does, on 127.0.0.1:<free port>.
 * `env` adds to or overrides the environment it is configured from; `options` gives the
 * rest of what startServer takes (a logger, connection limits).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: Omit<StartServerOptions, "config"> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "hw-e2e-"));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SQLITE_FILE: join(dir, "e2e.sqlite"),
    LOG_LEVEL: "silent",
    // Browser journeys post several forms in a row; the default limit is for the open internet.
    RATE_LIMIT_POSTS_PER_MINUTE: "1000",
    ...env,
  });
  const server = await startServer({ ...options, config });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
