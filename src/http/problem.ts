import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError, type AppErrorCode, type FieldIssue } from "../domain/app-error.js";
import { requestIdOf } from "./request-id.js";

/** The media type of every error answer of the API (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly FieldIssue[];
  readonly requestId?: string;
  /** Where the thing asked for can be found instead (e.g. a harmful practice). */
  readonly see?: string;
}

interface ProblemKind {
  readonly status: ContentfulStatusCode;
  readonly title: string;
}

/** Status and title per error code; the code also names the problem type. */
export const PROBLEM_KINDS: Readonly<Record<AppErrorCode, ProblemKind>> = {
  "invalid-input": { status: 400, title: "Ongeldige invoer / Invalid input" },
  "invalid-content": { status: 422, title: "Inhoud klopt niet / Content does not check out" },
  "not-found": { status: 404, title: "Niet gevonden / Not found" },
  "method-not-allowed": { status: 405, title: "Methode niet toegestaan / Method not allowed" },
  "payload-too-large": { status: 413, title: "Verzoek te groot / Payload too large" },
  "unsupported-media-type": { status: 415, title: "Niet-ondersteund formaat / Unsupported media type" },
  unauthorized: { status: 401, title: "Niet ingelogd / Not logged in" },
  forbidden: { status: 403, title: "Geen toegang / Forbidden" },
  "rate-limited": { status: 429, title: "Te veel verzoeken / Too many requests" },
  unavailable: { status: 503, title: "Tijdelijk niet beschikbaar / Temporarily unavailable" },
  conflict: { status: 409, title: "Conflict" },
  internal: { status: 500, title: "Interne fout / Internal error" },
};

/** The problem type URI: a relative link to its explanation on the API reference page. */
export function problemType(code: AppErrorCode): string {
  return `/api/docs#problem-${code}`;
}

/** Builds the problem document for an application error. */
export function problemFromError(error: AppError, requestId?: string): Problem {
  const kind = PROBLEM_KINDS[error.code];
  return {
    type: problemType(error.code),
    title: kind.title,
    status: kind.status,
    detail: error.message,
    errors: error.issues,
    ...(requestId ? { requestId } : {}),
  };
}

/** Extra response headers carried by some errors (Allow for 405, Retry-After for 429). */
export class HttpAppError extends AppError {
  constructor(
    code: AppErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    issues: readonly FieldIssue[] = [],
    readonly see?: string,
    /** Extension members of the problem (RFC 9457 §3.2), e.g. the draft a change conflicts with. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, issues);
  }
}

/** Sends an application error as application/problem+json. */
export function sendProblem(c: Context, error: AppError): Response {
  const standard: Problem = {
    ...problemFromError(error, requestIdOf(c)),
    ...(error instanceof HttpAppError && error.see ? { see: error.see } : {}),
  };
  // Extensions after the standard members, which they never replace.
  const extensions = Object.entries(error instanceof HttpAppError ? error.extensions : {});
  const problem = { ...standard, ...Object.fromEntries(extensions.filter(([key]) => !(key in standard))) };
  const headers: Record<string, string> = { "Content-Type": PROBLEM_MEDIA_TYPE };
  if (error instanceof HttpAppError) Object.assign(headers, error.headers);
  // Errors are about one request: never cache them (a 503 must not outlive the outage).
  headers["Cache-Control"] = "no-store";
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, headers);
}

/**
 * Turns anything thrown into an application error: AppError stays as it is,
 * Hono's HTTP exceptions keep their status, the rest is an internal error whose
 * details stay in the log, never in the answer.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400) {
      return AppError.invalid([{ path: "", message: error.message || "the request body is not valid" }]);
    }
    if (error.status === 413) return new AppError("payload-too-large", "The request body is too large.");
    if (error.status === 404) return new AppError("not-found", "Not found.");
    if (error.status === 415) return new AppError("unsupported-media-type", error.message);
  }
  return new AppError(
    "internal",
    "Something went wrong on our side; the request id identifies it in our logs.",
  );
}
