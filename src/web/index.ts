import { Hono, type MiddlewareHandler } from "hono";
import { isClientAbort } from "../http/client-abort.js";
import { buildAssets } from "./assets/bundle.js";
import { localPath } from "./language-paths.js";
import { layoutRenderer } from "./layout.js";
import { type PageContext, pageContext } from "./page-context.js";
import type { PageDeps } from "./page-deps.js";
import { addBeheerRoutes } from "./pages/beheer/mount.js";
import { notFoundPage, serverErrorPage } from "./pages/errors.js";
import { PAGE_ROUTES, type PageHandler } from "./routes.js";
import { trailingSlashRedirect } from "./trailing-slash.js";
import { type RenderedPage, renderPage, type WebContext, type WebEnv } from "./web-env.js";

const ONE_YEAR = 365 * 24 * 60 * 60;

/**
 * The paths, Dutch and English, of the pages whose answer depends only on the URL and the
 * catalog revision: app.ts gives them the response cache, ETag and Cache-Control.
 */
export function cacheablePagePaths(): string[] {
  return PAGE_ROUTES.filter((route) => route.cacheable).flatMap((route) => [
    route.path,
    localPath("en", route.path),
  ]);
}

/**
 * The server-rendered pages: every page in Dutch at its path and in English under
 * /en, plus the hashed stylesheet and script under /assets. Mount it at "/"; the app
 * (app.ts) gives every answer its security headers, compression and caching.
 */
export function createWebApp(deps: PageDeps): Hono<WebEnv> {
  const assets = buildAssets();
  const app = new Hono<WebEnv>();
  const names = {
    css: assets.css.fileName,
    js: assets.js.fileName,
    icon: assets.icon.fileName,
    logo: assets.logo.fileName,
  };

  app.get("/assets/:file", (c) => {
    const asset = [assets.css, assets.js, assets.icon, assets.logo].find(
      (a) => a.fileName === c.req.param("file"),
    );
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
    c.set("page", pageContext(c, deps.holder.current(), deps.config?.publicUrl));
    await next();
  };

  const run = (handler: PageHandler) => async (c: WebContext) => {
    const result = await handler(c.get("page"), c, deps);
    if (result instanceof Response) return result;
    return renderPage(c, result.meta, result.body, result.status ?? 200);
  };

  for (const route of PAGE_ROUTES) {
    const paths = [route.path, localPath("en", route.path)];
    app.on(route.method ?? "GET", paths, context, renderer, run(route.handler));
  }
  addBeheerRoutes(app, deps, context, renderer);

  const renderStandalone = async (c: WebContext, make: (page: PageContext) => RenderedPage) => {
    c.set("page", pageContext(c, deps.holder.current(), deps.config?.publicUrl));
    await renderer(c, async () => {});
    const result = make(c.get("page"));
    c.header("Cache-Control", "no-store");
    return renderPage(c, result.meta, result.body, result.status ?? 200);
  };

  // "/keuzehulp/" is no page of its own: send the visitor on to "/keuzehulp" instead of a 404.
  app.notFound((c) => trailingSlashRedirect(c) ?? renderStandalone(c, notFoundPage));
  app.onError(async (error, c) => {
    // A client that hung up is no page failure: the app's onError and access log record it.
    if (isClientAbort(error, c.req.raw)) throw error;
    console.error("web: page failed", error instanceof Error ? error.name : "error");
    try {
      return await renderStandalone(c, serverErrorPage);
    } catch {
      return c.text("Er ging iets mis / Something went wrong", 500);
    }
  });
  return app;
}
