import type { z } from "zod";

/** One problem with one field of an input, e.g. { path: "child.ageYears", message: "…" }. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The error codes the whole application speaks, and the only ones: input checks give
 * "invalid-input", lookups "not-found", the database "unavailable"
 * (db/unavailable.ts), the HTTP layer the request-level ones. The HTTP layer maps
 * each code to a status and problem type, the CLI to an exit code.
 */
export const APP_ERROR_CODES = [
  /** The input breaks a rule; `issues` say which field and how. */
  "invalid-input",
  /**
   * Well-formed, but the knowledge base would not check out with it (an edited item, as
   * `content validate` checks files); `issues` name the fields inside the item.
   */
  "invalid-content",
  /** What was asked for does not exist. */
  "not-found",
  "method-not-allowed",
  "payload-too-large",
  "unsupported-media-type",
  /** No valid curator session (the admin API at /api/v1/admin). */
  "unauthorized",
  /** A curator whose role does not allow this. */
  "forbidden",
  /** One client asked too often. */
  "rate-limited",
  /** The database cannot be reached now; asking again later may work. */
  "unavailable",
  /** A change crossed another change (kept for editing content). */
  "conflict",
  /** A bug on our side; the details stay in the log. */
  "internal",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * Errors as data: one vocabulary for the engine, API, pages and CLI. The API turns
 * it into problem+json, the pages into an error summary, the CLI into exit code 2.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  static invalid(issues: readonly FieldIssue[], message = "The input is not valid."): AppError {
    return new AppError("invalid-input", message, issues);
  }
}

/** Formats a zod path as a reader writes it: child.ageYears, situations[0]. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Turns zod's issues into field issues, keeping every one. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
