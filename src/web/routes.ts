import type { PageContext } from "./page-context.js";
import type { PageDeps } from "./page-deps.js";
import { apiDocsPage } from "./pages/api-docs/page.js";
import { beleidsmakersPage } from "./pages/beleidsmakers/page.js";
import { bronnenPage } from "./pages/bronnen.js";
import { homePage } from "./pages/home.js";
import { interventieDetailPage } from "./pages/interventies/detail.js";
import { interventiesPage } from "./pages/interventies/list.js";
import { keuzehulpPage } from "./pages/keuzehulp/page.js";
import { nietDoenPage } from "./pages/niet-doen.js";
import { privacyPage } from "./pages/privacy.js";
import { reageerFormPage, reageerPostPage, reageerThanksPage } from "./pages/reageer/page.js";
import { richtlijnPage } from "./pages/richtlijn.js";
import { toegankelijkheidPage } from "./pages/toegankelijkheid.js";
import { vergelijkenPage } from "./pages/vergelijken.js";
import type { RenderedPage, WebContext } from "./web-env.js";

/** Renders one page; may answer with a Response instead (redirects). */
export type PageHandler = (
  page: PageContext,
  c: WebContext,
  deps: PageDeps,
) => RenderedPage | Response | Promise<RenderedPage | Response>;

/** One page path (Dutch form; the English one is derived) and how it is served. */
export interface PageRoute {
  readonly path: string;
  readonly method?: "GET" | "POST";
  /**
   * Depends only on the URL and the catalog revision: cached per (revision, URL) unless
   * the answer says no-store, and kept by shared caches when the URL has no query.
   */
  readonly cacheable: boolean;
  readonly handler: PageHandler;
}

/** Every page of the site. Paths are the Dutch ones from DOMAIN.md. */
export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: "/", cacheable: true, handler: homePage },
  { path: "/keuzehulp", cacheable: false, handler: keuzehulpPage },
  { path: "/interventies", cacheable: true, handler: interventiesPage },
  { path: "/interventies/:id", cacheable: true, handler: interventieDetailPage },
  { path: "/beleidsmakers", cacheable: true, handler: beleidsmakersPage },
  { path: "/vergelijken", cacheable: true, handler: vergelijkenPage },
  { path: "/reageer", cacheable: false, handler: reageerFormPage },
  { path: "/reageer", method: "POST", cacheable: false, handler: reageerPostPage },
  { path: "/reageer/bedankt", cacheable: false, handler: reageerThanksPage },
  { path: "/niet-doen", cacheable: true, handler: nietDoenPage },
  { path: "/richtlijn", cacheable: true, handler: richtlijnPage },
  { path: "/bronnen", cacheable: true, handler: bronnenPage },
  { path: "/toegankelijkheid", cacheable: true, handler: toegankelijkheidPage },
  { path: "/privacy", cacheable: true, handler: privacyPage },
  { path: "/api/docs", cacheable: true, handler: apiDocsPage },
];
