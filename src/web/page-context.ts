import type { Context } from "hono";
import { type Messages, messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { basePath, localPath } from "./language-paths.js";

/** The words the pages share, in one language (src/domain/messages). */
export type SiteMessages = Messages["site"];

/** What every page needs to render: the language, its texts and the snapshot it reads. */
export interface PageContext {
  readonly lang: Lang;
  readonly t: SiteMessages;
  readonly catalog: Catalog;
  /** The request's path without the language prefix, e.g. "/keuzehulp". */
  readonly path: string;
  /**
   * The site's configured public origin (PUBLIC_URL, e.g. https://hechtingswijzer.nl) for
   * absolute links, or "" (root-relative links). Never the request's Host: pages are kept in
   * a cache shared by every visitor (issue 13).
   */
  readonly origin: string;
  /** The request's query string including "?", or "". */
  readonly search: string;
  /** A page's address in this page's language. */
  readonly href: (path: string) => string;
}

/** Builds the page context for a request; `publicUrl` is the configured origin, if any. */
export function pageContext(c: Context, catalog: Catalog, publicUrl: string | undefined): PageContext {
  const url = new URL(c.req.url);
  const { lang, path } = basePath(url.pathname);
  return {
    lang,
    t: messages(lang).site,
    catalog,
    path,
    origin: publicUrl ?? "",
    search: url.search,
    href: (p) => localPath(lang, p),
  };
}
