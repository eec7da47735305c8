import type { Context } from "hono";
import type { LogLevel } from "../config.js";
import { requestIdOf } from "./request-id.js";

const RANK: Readonly<Record<LogLevel, number>> = { silent: 0, error: 1, info: 2, debug: 3 };

/** Structured JSON lines, one per event. Never receives request bodies or query strings. */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

/** Writes JSON lines at or above `level` through `write` (stdout by default). */
export function createLogger(level: LogLevel, write: (line: string) => void = stdoutLine): Logger {
  const emit = (at: Exclude<LogLevel, "silent">, message: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] > RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields }));
  };
  return {
    error: (message, fields) => emit("error", message, fields),
    info: (message, fields) => emit("info", message, fields),
    debug: (message, fields) => emit("debug", message, fields),
  };
}

function stdoutLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * Logs one line for an answered request: method, path without its query string,
 * status and duration. Bodies and query strings are never logged (privacy: an advice
 * request or a search can describe a child).
 */
export function logRequest(logger: Logger, c: Context, startedAt: number): void {
  logAnswered(logger, c.req.method, c.req.path, c.res.status, startedAt, requestIdOf(c));
}

/** The same line from its parts (the advice lane, advice-lane.ts, has no Hono context). */
export function logAnswered(
  logger: Logger,
  method: string,
  path: string,
  status: number,
  startedAt: number,
  requestId: string | undefined,
): void {
  const fields = {
    method,
    path,
    status,
    durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
    requestId,
  };
  if (status >= 500) logger.error("request", fields);
  else logger.info("request", fields);
}
