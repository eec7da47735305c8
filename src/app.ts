import { Hono } from "hono";
import { renderApiDocs } from "./api/docs-page.js";
import { addHealthRoutes } from "./api/health.routes.js";
import { createApi } from "./api/index.js";
import { sendProblem, toAppError } from "./api/problem.js";
import { APP_VERSION } from "./api/version.js";
import type { CatalogHolder } from "./catalog/catalog-holder.js";
import type { AppConfig } from "./config.js";
import type { Store } from "./db/store.js";
import { AppError } from "./domain/app-error.js";
import { bodyChecks } from "./middleware/body-checks.js";
import { METHODS_WITH_BODY } from "./middleware/body-limit.js";
import { catalogEtag } from "./middleware/catalog-etag.js";
import { apiCors } from "./middleware/cors.js";
import { frontDoor } from "./middleware/front-door.js";
import { createLogger, type Logger } from "./middleware/logger.js";
import { createRateLimiter, type RateLimiter } from "./middleware/rate-limit.js";
import { requestIdOf } from "./middleware/request-id.js";
import { responseCache } from "./middleware/response-cache.js";
import { createWebApp } from "./web/index.js";

/** What the application is made of; tests pass their own store and holder. */
export interface AppDeps {
  readonly store: Store;
  readonly holder: CatalogHolder;
  readonly config: AppConfig;
  /** Defaults to JSON lines on stdout at config.logLevel. */
  readonly logger?: Logger;
  /** Counts POSTs per client; the server shares it with the advice lane (advice-lane.ts). */
  readonly postLimiter?: RateLimiter;
}

/** Catalogue GETs whose answer depends only on the URL and the catalog revision. */
const CATALOG_GET_PATHS = [
  "/api/v1/interventions",
  "/api/v1/interventions/*",
  "/api/v1/situations",
  "/api/v1/preconditions",
  "/api/v1/harmful-practices",
  "/api/v1/harmful-practices/*",
  "/api/v1/coverage",
  "/api/v1/coverage.csv",
  "/api/v1/export.json",
  "/api/v1/export.csv",
  "/api/v1/openapi.json",
  "/api/docs",
];

/**
 * Composes the application: middleware, the REST API at /api/v1, its reference at
 * /api/docs, /healthz, /readyz and the pages (every other path). No listen():
 * tests call app.request().
 */
export function createApp(deps: AppDeps): Hono {
  const { config, store, holder } = deps;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const app = new Hono();

  // Every request: its id, security headers, Vary/gzip and a log line, in one layer.
  app.use(frontDoor(logger));
  // Without configured origins CORS adds nothing: not mounted, so no request passes it.
  if (config.corsOrigins.length > 0) app.use("/api/*", apiCors(config.corsOrigins));
  // Rate limit (POST), JSON only (API) and body limit: a GET does not pass them.
  const postLimiter = deps.postLimiter ?? createRateLimiter({ perMinute: config.ratePostsPerMinute });
  app.on([...METHODS_WITH_BODY], "*", bodyChecks({ ...config, postLimiter }));
  const revision = () => holder.current().revision;
  const etag = catalogEtag(revision, APP_VERSION);
  const cache = responseCache({ revision });
  for (const path of CATALOG_GET_PATHS) app.use(path, etag, cache);

  addHealthRoutes(app, { store, holder });
  const api = createApi({ store, holder, config, logger });
  app.route("/api/v1", api.app);
  const docsHtml = renderApiDocs(api.document);
  app.get("/api/docs", (c) => c.html(docsHtml));
  app.all("/api/*", (c) => sendProblem(c, new AppError("not-found", `There is no ${c.req.path}.`)));

  // The pages take every other path; they answer their own 404 and error pages.
  const web = createWebApp({
    getCatalog: () => holder.current(),
    addFeedback: (feedback) => store.addFeedback(feedback),
  });
  app.all("*", (c) => web.fetch(c.req.raw, c.env));

  app.notFound((c) => sendProblem(c, new AppError("not-found", `There is no ${c.req.path}.`)));
  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.code === "internal") {
      logger.error("unhandled error", {
        requestId: requestIdOf(c),
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
    }
    return sendProblem(c, appError);
  });
  return app;
}
