import type { RouteConfig } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../domain/app-error.js";
import { PROBLEM_MEDIA_TYPE } from "../http/problem.js";
import { problemSchema } from "./schemas.js";

type Responses = RouteConfig["responses"];

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: "Invalid input: `errors` names each field",
  401: "No valid curator session (log in at /beheer)",
  403: "The curator's role does not allow this",
  404: "Not found",
  405: "Method not allowed (see the Allow header)",
  409: "Conflicts with the current state (someone else changed it meanwhile)",
  413: "Request body too large",
  415: "The body is not application/json",
  422: "The knowledge base would not check out with this content: `errors` names each field",
  429: "Too many requests (see Retry-After)",
  500: "Internal error (no details; name the request id)",
  503: "The database is unavailable; try again later",
};

/** The OpenAPI description of a JSON answer. */
export function jsonResponse(description: string, schema: z.ZodType): Responses[string] {
  return { description, content: { "application/json": { schema } } };
}

/** The OpenAPI descriptions of problem+json answers for the given statuses. */
export function problemResponses(...statuses: number[]): Responses {
  const out: Responses = {};
  for (const status of statuses) {
    out[String(status)] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? "Problem",
      content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } },
    };
  }
  return out;
}

/** Problems any route can answer with. */
export const COMMON_PROBLEMS = [405, 500] as const;

/** Reads a JSON body; a body that is not JSON is a 400 naming the whole body. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw AppError.invalid(
      [{ path: "", message: "the body is not valid JSON" }],
      "The request body is not valid JSON.",
    );
  }
}

/** Answers that depend on what a person entered: no cache may keep them. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** A CSV download as both CSV exports give it: RFC 4180 text with a header line, under a file name. */
export function csvDownload(c: Context, csv: string, filename: string): Response {
  return c.body(csv, 200, {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${filename}"`,
  });
}
