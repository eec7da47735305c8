/** How much the server logs: nothing, only failures, one line per request, or details. */
export const LOG_LEVELS = ["silent", "error", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
