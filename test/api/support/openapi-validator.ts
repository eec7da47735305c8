import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect } from "vitest";

interface MediaObject {
  schema?: object;
}
interface OperationObject {
  responses?: Record<string, { content?: Record<string, MediaObject> }>;
}
type PathItem = Record<string, OperationObject>;
interface DereferencedDocument {
  servers?: { url: string }[];
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, object> };
}

/**
 * Checks that answers match the OpenAPI document: the status is documented for
 * the route, the media type is the documented one, and the JSON body validates
 * against the documented schema.
 */
export interface ResponseValidator {
  /** The document as the API serves it. */
  readonly document: Record<string, unknown>;
  /** Validates one answer to `method path`; fails the test with the schema errors. */
  check(method: string, path: string, response: Response): Promise<void>;
  /** Sends a request through the app and checks the answer against the document. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

function templateMatcher(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}$`);
}

/** Sends a request to the app under test: in-process (app.request) or over HTTP to a running server. */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

/** What the validator needs of a Hono app (any Env). */
export interface InProcessApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** Sends to a server at `baseUrl` over HTTP. */
export function overHttp(baseUrl: string): Send {
  return (path, init) => fetch(`${baseUrl}${path}`, init);
}

/** Loads the app's document from /api/v1/openapi.json and prepares a validator for it. */
export async function createResponseValidator(target: InProcessApp | Send): Promise<ResponseValidator> {
  const send: Send = typeof target === "function" ? target : async (path, init) => target.request(path, init);
  const served = (await (await send("/api/v1/openapi.json")).json()) as Record<string, unknown>;
  const document = (await SwaggerParser.dereference(
    structuredClone(served) as never,
  )) as unknown as DereferencedDocument;
  const base = document.servers?.[0]?.url ?? "";
  // Formats (email, uri) are checked by the app itself; here the shape matters.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const compiled = new Map<object, ValidateFunction>();
  const compile = (schema: object) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const problemSchema = document.components?.schemas?.Problem;
  if (!problemSchema) throw new Error("the document has no Problem schema");
  // Literal paths win over templated ones (/export.json is not /interventions/{id}).
  const templates = Object.keys(document.paths)
    .map((template) => ({ template, pattern: templateMatcher(template), literal: !template.includes("{") }))
    .sort((a, b) => Number(b.literal) - Number(a.literal));

  const check = async (method: string, path: string, response: Response) => {
    const pathname = new URL(path, "http://test").pathname;
    if (!pathname.startsWith(`${base}/`)) return;
    const relative = pathname.slice(base.length);
    const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (response.status === 304) return;
    const route = templates.find((candidate) => candidate.pattern.test(relative));
    const operation = route
      ? document.paths[route.template]?.[method.toLowerCase() === "head" ? "get" : method.toLowerCase()]
      : undefined;
    let schema: object | undefined;
    if (!operation) {
      // No such route or method: the answer must be a 404/405 problem.
      expect([404, 405], `${method} ${pathname}`).toContain(response.status);
      expect(type).toBe("application/problem+json");
      schema = problemSchema;
    } else {
      const documented = operation.responses?.[String(response.status)];
      expect(
        documented,
        `${method} ${route?.template} answered ${response.status}, which the document does not list`,
      ).toBeDefined();
      const media = documented?.content?.[type];
      expect(
        media,
        `${method} ${route?.template} ${response.status}: ${type} is not documented`,
      ).toBeDefined();
      schema = media?.schema;
    }
    if (method.toUpperCase() === "HEAD" || !schema || !type.includes("json")) return;
    const body: unknown = await response.clone().json();
    const validate = compile(schema);
    const valid = validate(body);
    expect(valid, `${method} ${pathname} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  };

  return {
    document: served,
    check,
    async request(path, init) {
      const response = await send(path, init);
      await check(init?.method ?? "GET", path, response);
      return response;
    },
  };
}
