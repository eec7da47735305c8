import { type Context, Hono, type MiddlewareHandler } from "hono";
import { addHealthRoutes } from "./api/health.routes.js";
import { createApi } from "./api/index.js";
import { APP_VERSION } from "./api/version.js";
import type { AppDeps } from "./app-deps.js";
import { Curation } from "./curation/curation.js";
import { Editing } from "./curation/editing.js";
import { AppError } from "./domain/app-error.js";
import { isClientAbort } from "./http/client-abort.js";
import { sendProblem, toAppError } from "./http/problem.js";
import { requestIdOf } from "./http/request-id.js";
import { accessLog } from "./middleware/access-log/index.js";
import { bodyLimit } from "./middleware/body-limit/index.js";
import { compression } from "./middleware/compression/index.js";
import { apiCors } from "./middleware/cors/index.js";
import { feedbackCap } from "./middleware/feedback-cap/index.js";
import { forwardedHttps } from "./middleware/forwarded-https/index.js";
import { publicHost } from "./middleware/public-host/index.js";
import { createRateLimiter, rateLimit } from "./middleware/rate-limit/index.js";
import { requestId } from "./middleware/request-id/index.js";
import { requireJson } from "./middleware/require-json/index.js";
import { responseCache } from "./middleware/response-cache/index.js";
import { revisionEtag } from "./middleware/revision-etag/index.js";
import { securityHeaders } from "./middleware/security-headers/index.js";
import { cacheablePagePaths, createWebApp } from "./web/index.js";
import { trailingSlashRedirect } from "./web/trailing-slash.js";

/** Catalogue GETs of the API whose answer depends only on the URL and the catalog revision. */
const CATALOG_API_PATHS = [
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
];

/** The methods whose requests may carry a body. */
const METHODS_WITH_BODY = ["POST", "PUT", "PATCH", "DELETE"];

/** Where feedback is posted: the API and the form (localPath of /reageer in each language). */
const FEEDBACK_WRITE_PATHS = ["/api/v1/feedback", "/reageer", "/en/reageer"] as const;

/**
 * Composes the application, every route through this one pipeline: middleware, the REST
 * API at /api/v1, its reference at /api/docs, /healthz, /readyz and the pages (every
 * other path). No listen(): tests call app.request().
 */
export function createApp(given: AppDeps): Hono {
  // One Curation (log-in, sessions) and one Editing for the /beheer pages and the admin API alike.
  const deps: AppDeps = {
    ...given,
    curation: given.curation ?? new Curation({ accounts: given.store.accounts }),
    editing: given.editing ?? new Editing(given.store, { allowSelfPublish: given.config.allowSelfPublish }),
  };
  const { config, store, holder, logger } = deps;
  const app = new Hono();

  // Every request, errors included: a log line, its id, the security headers, compression.
  app.use(accessLog(logger), requestId(), securityHeaders(), compression());
  // Behind a TLS-terminating proxy, or with an https public origin: HSTS and Secure cookies.
  app.use(forwardedHttps(config.trustedProxyHops, config.publicUrl));
  // With PUBLIC_URL, only requests for that host are answered (the health checks for any).
  if (config.publicUrl !== undefined) app.use(publicHost(config.publicUrl));
  // Without configured origins CORS adds nothing: not mounted, so no request passes it.
  if (config.corsOrigins.length > 0) app.use("/api/*", apiCors(config.corsOrigins));
  // Requests with a body: the rate limit (POST: reads are cheap and cached), JSON only
  // (the API), the body limit. A GET passes none of them.
  const postLimiter = createRateLimiter({ perMinute: config.ratePostsPerMinute });
  app.post("*", rateLimit(postLimiter, config.trustedProxyHops));
  // Feedback is the one write anyone can make: a cap for all clients together and a
  // maximum stored, on the API and on the form (Dutch and English path).
  const capFeedback = feedbackCap({
    perMinute: config.feedbackPerMinute,
    maxStored: config.feedbackMaxStored,
    countStored: () => store.countFeedback(),
  });
  for (const path of FEEDBACK_WRITE_PATHS) app.post(path, capFeedback);
  app.on(["POST", "PUT", "PATCH"], "/api/v1/*", requireJson());
  app.on(METHODS_WITH_BODY, "*", bodyLimit(config.bodyLimitBytes));

  // Answers that depend only on the URL and the revision: one cache, ETag and 304, and a
  // Cache-Control that lets a proxy or CDN keep them, except pages whose URL holds what a
  // person entered (a query: filters, a comparison): no cache keeps those, this one included
  // (docs/decisions/085).
  const revision = () => holder.current().revision;
  const cache = responseCache({ revision });
  const holdsCaseData = (c: Context) => c.req.url.includes("?");
  const apiEtag = revisionEtag({ revision, version: APP_VERSION });
  const pageEtag = revisionEtag({ revision, version: APP_VERSION, holdsCaseData });
  const pageCache: MiddlewareHandler = (c, next) => (holdsCaseData(c) ? next() : cache(c, next));
  for (const path of CATALOG_API_PATHS) app.use(path, apiEtag, cache);
  for (const path of cacheablePagePaths()) app.use(path, pageEtag, pageCache);
  // The stylesheet, script and icon: hashed names, so kept (and gzipped) once per release.
  app.use("/assets/*", cache);

  addHealthRoutes(app, { store, holder });
  const api = createApi(deps);
  app.route("/api/v1", api.app);
  // The pages take every other path, and the API's reference (a page in the site's layout);
  // they answer their own 404 and error pages.
  const web = createWebApp({ ...deps, apiDocument: api.document });
  app.get("/api/docs", (c) => web.fetch(c.req.raw, c.env));
  // The reference is a page people type by hand; every other API path with a slash stays a 404
  // problem: the contract names exact paths, and a client's POST would lose its body on a redirect.
  app.get("/api/docs/", (c) => trailingSlashRedirect(c) ?? c.notFound());
  app.all("/api/*", (c) => sendProblem(c, new AppError("not-found", `There is no ${c.req.path}.`)));
  app.all("*", (c) => web.fetch(c.req.raw, c.env));

  app.notFound((c) => sendProblem(c, new AppError("not-found", `There is no ${c.req.path}.`)));
  app.onError((error, c) => {
    // Nobody is left to answer; the access log records it as a client abort.
    if (isClientAbort(error, c.req.raw)) {
      return sendProblem(c, AppError.invalid([], "The request body could not be read: the client hung up."));
    }
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
