import { Hono, type MiddlewareHandler } from "hono";
import type { NewFeedback } from "../domain/feedback.js";
import type { Catalog } from "../domain/types.js";
import { compressAnswers } from "../middleware/compression.js";
import { buildAssets } from "./assets/bundle.js";
import { layoutRenderer } from "./layout.js";
import { pageCache } from "./page-cache.js";
import { type PageContext, pageContext } from "./page-context.js";
import { notFoundPage, serverErrorPage } from "./pages/errors.js";
import { localPath } from "./paths.js";
import { PAGE_ROUTES, type PageHandler } from "./routes.js";
import { pageSecurityHeaders } from "./security-headers.js";
import { type RenderedPage, renderPage, type WebContext, type WebEnv } from "./web-env.js";

/** What the pages need from the rest of the application. */
export interface WebDeps {
  /** The current catalog snapshot (read on every request; swapped when content changes). */
  readonly getCatalog: () => Catalog;
  /** Stores one piece of feedback; resolves once durable. */
  readonly addFeedback: (feedback: NewFeedback) => Promise<{ id: string }>;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
}

const ONE_YEAR = 365 * 24 * 60 * 60;

/**
 * The server-rendered pages: every page in Dutch at its path and in English under
 * /en, plus the hashed stylesheet and script under /assets. Mount it at "/".
 * Middleware is attached to the page paths only, so mounting it next to the API
 * does not touch API responses.
 */
export function createWebApp(deps: WebDeps): Hono<WebEnv> {
  const assets = buildAssets();
  const app = new Hono<WebEnv>();
  const names = { css: assets.css.fileName, js: assets.js.fileName, icon: assets.icon.fileName };

  app.get("/assets/:file", compressAnswers(), (c) => {
    const asset = [assets.css, assets.js, assets.icon].find((a) => a.fileName === c.req.param("file"));
    if (!asset) return c.text("Not found", 404);
    return c.body(asset.body, 200, {
      "Content-Type": asset.contentType,
      "Cache-Control": `public, max-age=${ONE_YEAR}, immutable`,
    });
  });

  const renderer = layoutRenderer(names);
  // Browsers ask for /favicon.ico on their own (e.g. for a non-HTML response); point them at the icon.
  app.get("/favicon.ico", (c) => c.redirect(`/assets/${assets.icon.fileName}`, 301));
  const context: MiddlewareHandler<WebEnv> = async (c, next) => {
    c.set("page", pageContext(c, deps.getCatalog()));
    await next();
  };
  const common = [pageSecurityHeaders(), compressAnswers(), context, renderer] as const;
  const cache = pageCache(() => deps.getCatalog().revision);

  const run = (handler: PageHandler) => async (c: WebContext) => {
    const result = await handler(c.get("page"), c, deps);
    if (result instanceof Response) return result;
    return renderPage(c, result.meta, result.body, result.status ?? 200);
  };

  for (const route of PAGE_ROUTES) {
    const paths = [route.path, localPath("en", route.path)];
    const middleware = [...common, ...(route.cacheable ? [cache] : []), ...(route.middleware ?? [])];
    app.on(route.method ?? "GET", paths, ...middleware, run(route.handler));
  }

  const renderStandalone = async (c: WebContext, make: (page: PageContext) => RenderedPage) => {
    c.set("page", pageContext(c, deps.getCatalog()));
    await renderer(c, async () => {});
    const result = make(c.get("page"));
    c.header("Cache-Control", "no-store");
    return renderPage(c, result.meta, result.body, result.status ?? 200);
  };

  app.notFound((c) => renderStandalone(c, notFoundPage));
  app.onError(async (error, c) => {
    console.error("web: page failed", error instanceof Error ? error.name : "error");
    try {
      return await renderStandalone(c, serverErrorPage);
    } catch {
      return c.text("Er ging iets mis / Something went wrong", 500);
    }
  });
  return app;
}
