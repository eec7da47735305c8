import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { SESSION_COOKIE } from "../curation/policy.js";
import { AppError } from "../domain/app-error.js";
import { HttpAppError } from "../http/problem.js";
import { addAdminRoutes, SESSION_SCHEME, TOKEN_SCHEME } from "./admin.routes.js";
import { addAdminEditingRoutes } from "./admin-editing.routes.js";
import { addAdviceRoutes } from "./advice.routes.js";
import { addCatalogRoutes } from "./catalog.routes.js";
import { addCoverageRoutes } from "./coverage.routes.js";
import { addExportRoutes } from "./export.routes.js";
import { addFeedbackRoutes } from "./feedback.routes.js";
import { API_BASE, buildOpenApiDocument, type OpenApiDocument } from "./openapi.js";
import { jsonResponse } from "./responses.js";
import { createRouteTable } from "./route-table.js";
import { addSearchRoutes } from "./search.routes.js";

export { API_BASE, type OpenApiDocument } from "./openapi.js";

/** The REST API, ready to mount at {@link API_BASE}, and its OpenAPI document. */
export interface Api {
  readonly app: OpenAPIHono;
  readonly document: OpenApiDocument;
}

/**
 * Builds the API: every route is registered here, before the first request, so
 * the OpenAPI document is complete and fixed. Unknown paths answer 404, known
 * paths with another method 405 with Allow — both as problem+json.
 */
export function createApi(deps: AppDeps): Api {
  const app = new OpenAPIHono();
  const routes = createRouteTable(app, API_BASE);
  addSearchRoutes(routes, deps);
  addCatalogRoutes(routes, deps);
  addAdviceRoutes(routes, deps);
  addCoverageRoutes(routes, deps);
  addExportRoutes(routes, deps);
  addFeedbackRoutes(routes, deps);
  app.openAPIRegistry.registerComponent("securitySchemes", SESSION_SCHEME, {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The session of a curator logged in at /beheer (HttpOnly, SameSite=Strict; decision 090)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", TOKEN_SCHEME, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "hwt_…",
    description:
      "A personal API token made at /beheer/tokens (`Authorization: Bearer hwt_…`); it acts with its owner's current role (decision 094)",
  });
  addAdminRoutes(routes, deps);
  addAdminEditingRoutes(routes, deps);

  let document: OpenApiDocument | undefined;
  routes.add(
    {
      method: "get",
      path: "/openapi.json",
      tags: ["API"],
      summary: "Dit OpenAPI-document / This OpenAPI document",
      responses: { 200: jsonResponse("OpenAPI 3.1", z.object({ openapi: z.string() }).loose()) },
    },
    (c) => c.json(document),
  );
  document = buildOpenApiDocument(app);

  app.all("*", (c) => {
    const allowed = routes.methodsFor(c.req.path);
    if (allowed.length === 0) throw new AppError("not-found", `There is no ${c.req.path} in this API.`);
    throw new HttpAppError(
      "method-not-allowed",
      `${c.req.method} is not allowed here; use ${allowed.join(" or ")}.`,
      {
        Allow: allowed.join(", "),
      },
    );
  });

  return { app, document };
}
