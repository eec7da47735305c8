import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { getRequestListener, RequestError } from "@hono/node-server";
import { createApp } from "./app.js";
import { type CatalogHolder, createCatalogHolder } from "./catalog/catalog-holder.js";
import { ensureContent } from "./catalog/first-import.js";
import { malformedRequestAnswer, malformedRequestProblem, malformedRequestResponse } from "./client-error.js";
import { type AppConfig, ConfigError, loadConfig } from "./config.js";
import {
  applyConnectionLimits,
  CONNECTION_LIMITS,
  type ConnectionLimits,
  serverOptionsFor,
} from "./connection-limits.js";
import { FeedbackInbox } from "./curation/feedback-inbox.js";
import { startFeedbackRetention } from "./curation/feedback-retention.js";
import { openStore } from "./db/index.js";
import type { Store } from "./db/store.js";
import { createLogger, type Logger } from "./lib/logger.js";

/** How long in-flight requests may take to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface StartServerOptions {
  /** Defaults to the environment (loadConfig()). */
  readonly config?: AppConfig;
  readonly logger?: Logger;
  /** The content folder imported into an empty database (the shipped content by default). */
  readonly contentDir?: string;
  /** Overrides some connection limits (tests use short timeouts). */
  readonly connectionLimits?: Partial<ConnectionLimits>;
}

/** A running server. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  readonly url: string;
  readonly store: Store;
  readonly holder: CatalogHolder;
  /** Stops accepting, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store (migrations; content imported on first run), builds the catalog
 * snapshot and serves the app. Port 0 picks a free port (tests).
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  let holder: CatalogHolder;
  try {
    const revision = await ensureContent(store, options.contentDir);
    holder = await createCatalogHolder(store, {
      onReloadError: (error) =>
        logger.error("content reload failed; the previous snapshot stays in use", {
          error: error instanceof Error ? error.message : String(error),
        }),
    });
    holder.onSwap((catalog) => logger.info("content revision loaded", { revision: catalog.revision }));
    logger.debug("content ready", { revision });
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }

  const app = createApp({ store, holder, config, logger });
  const limits: ConnectionLimits = { ...CONNECTION_LIMITS, ...options.connectionLimits };
  const server = await new Promise<Server>((resolve, reject) => {
    // The adapter's listener with our answer to a request it cannot read (invalid Host or
    // URL); serve() offers no such hook.
    const listener = getRequestListener(app.fetch, {
      hostname: config.host,
      errorHandler: async (error) => {
        if (error instanceof RequestError) return malformedRequestResponse();
        // What the adapter answers without a handler; the app's own errors never get here.
        return new Response(null, { status: 500 });
      },
    });
    const created = createServer(serverOptionsFor(limits), (req, res) => {
      // HTTP/1.1 requires a Host (RFC 9112, 3.2); HTTP/1.0 may leave it out.
      if (req.httpVersion === "1.1" && req.headers.host === undefined) {
        const { status, headers, body } = malformedRequestProblem(false);
        res.writeHead(status, headers).end(body);
        return;
      }
      void listener(req, res);
    });
    created.once("error", reject);
    created.listen(config.port, config.host, () => resolve(created));
  });
  applyConnectionLimits(server, limits);
  server.on("clientError", answerClientError);
  // Senders' names and e-mail addresses are erased after the retention period (decision 092).
  const stopRetention = startFeedbackRetention({
    inbox: new FeedbackInbox(store.feedbackInbox, store.accounts),
    months: config.feedbackRetentionMonths,
    logger,
  });
  const address = server.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        // A keep-alive connection turns idle when its last request is answered; close it
        // then, or close() would wait for the client's keep-alive timeout.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearTimeout(cut);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      await stopRetention();
      holder.close();
      await store.close();
    })();
    return closing;
  };
  return { url, store, holder, close };
}

/** Runs the server from the command line: `node dist/src/server.js`. */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const running = await startServer({ config, logger });
  logger.info("listening", { url: running.url, database: running.store.dialect });
  if (config.logLevel === "silent") process.stdout.write(`Hechtingswijzer: ${running.url}\n`);

  const shutdown = (signal: string) => {
    logger.info("shutting down", { signal });
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("shutdown failed", { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `Hechtingswijzer could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}

/**
 * Answers what Node cannot parse as HTTP (bad Content-Length, invalid request line,
 * over-long URL or headers) before it reaches the app, then closes the connection.
 * A connection that timed out or was reset gets no answer: nobody is waiting for one.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || error.code === "ERR_HTTP_REQUEST_TIMEOUT" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(malformedRequestAnswer(error.code === "HPE_HEADER_OVERFLOW"));
}
