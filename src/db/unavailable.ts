import { AppError } from "../domain/app-error.js";

/** Node socket errors that mean "the database cannot be reached right now". */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/**
 * PostgreSQL SQLSTATEs for a server that is there but cannot serve: class 08
 * (connection exception), 57P01–57P03 (shutting down, starting up), 53300 (too many
 * connections), 3D000 (database does not exist yet).
 */
function isUnavailablePostgresState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53300", "3D000"].includes(code);
}

/** SQLite result codes for a file that is locked, missing, unreadable or full. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|PROTOCOL|NOTADB)/;

/** Messages pg uses for a connection that went away without a code. */
const LOST_CONNECTION =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|client has encountered a connection error|cannot use a pool after calling end/i;

/** Whether an error from a driver means the database is unreachable (not a bug in a query). */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || SQLITE_UNAVAILABLE.test(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && isUnavailablePostgresState(code)) return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isUnavailableError);
  return LOST_CONNECTION.test(error.message);
}

/**
 * Runs one store operation and turns "database unreachable" into
 * AppError("unavailable") so the API answers 503; other errors pass unchanged.
 */
export async function unavailableOnFailure<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError || !isUnavailableError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError("unavailable", `De database is niet bereikbaar (${what}): ${detail}`);
  }
}

/**
 * The same for every method of a repository: each call's "database unreachable" becomes
 * AppError("unavailable"), named after the repository and method.
 */
export function unavailableOnEveryFailure<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        unavailableOnFailure(
          `${name} ${String(property)}`,
          () => value.apply(object, args) as Promise<unknown>,
        );
    },
  });
}
