import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { PageContext } from "./page-context.js";

/** What a page tells the layout besides its body. */
export interface PageMeta {
  /** The page's own title; the layout adds the site name (and "Fout:" when hasErrors). */
  readonly title: string;
  readonly description?: string | undefined;
  /** Prefixes the title with "Fout:"/"Error:" so the first thing read out is that the form failed. */
  readonly hasErrors?: boolean | undefined;
  /** Leave the page out of search engines (results, confirmations). */
  readonly noIndex?: boolean | undefined;
}

/** The statuses a page answers with. */
export type PageStatus = 200 | 400 | 403 | 404 | 409 | 422 | 429 | 500;

/** What a page function returns: its meta, body and (default 200) status. */
export interface RenderedPage {
  readonly meta: PageMeta;
  readonly body: Child;
  readonly status?: PageStatus;
}

/** Hono environment of the web app: request-scoped values the layout reads. */
export interface WebEnv {
  Variables: {
    page: PageContext;
    meta: PageMeta;
  };
}

export type WebContext = Context<WebEnv>;

/** Renders a page body inside the shared layout, with an HTTP status. */
export function renderPage(c: WebContext, meta: PageMeta, body: Child, status: PageStatus = 200) {
  c.set("meta", meta);
  c.status(status);
  return c.render(body as string);
}
