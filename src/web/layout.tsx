import type { MiddlewareHandler } from "hono";
import type { Child } from "hono/jsx";
import { localPath } from "./language-paths.js";
import type { PageContext } from "./page-context.js";
import { isKnownAbout } from "./pages/reageer/feedback-input.js";
import type { PageMeta, WebEnv } from "./web-env.js";

/** The hashed file names of the stylesheet, script, icon and logo. */
export interface AssetNames {
  readonly css: string;
  readonly js: string;
  readonly icon: string;
  readonly logo: string;
}

const NAV_ITEMS = [
  ["/keuzehulp", "keuzehulp"],
  ["/interventies", "interventies"],
  ["/beleidsmakers", "beleidsmakers"],
  ["/richtlijn", "richtlijn"],
  ["/niet-doen", "nietDoen"],
] as const;

const FOOTER_ITEMS = [
  ["/toegankelijkheid", "toegankelijkheid"],
  ["/privacy", "privacy"],
  ["/bronnen", "bronnen"],
  ["/reageer", "reageer"],
] as const;

/** "Reageer!" says which page it is about, when feedback can be about that page. */
function footerHref(page: PageContext, path: string): string {
  if (path !== "/reageer" || !isKnownAbout(page.path, page.catalog)) return page.href(path);
  return `${page.href(path)}?over=${encodeURIComponent(page.path)}`;
}

function isCurrent(current: string, target: string): boolean {
  return current === target || current.startsWith(`${target}/`);
}

/**
 * The one layout every page renders through: lang attribute, skip link, header
 * with the language switch, navigation, main landmark and footer.
 */
export function Layout(props: { page: PageContext; meta: PageMeta; assets: AssetNames; children?: Child }) {
  const { page, meta, assets } = props;
  const { t, lang } = page;
  const otherLang = lang === "nl" ? "en" : "nl";
  const title = `${meta.hasErrors ? `${t.errorPrefix} ` : ""}${meta.title} — ${t.siteName}`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description ?? t.tagline} />
        {meta.noIndex ? <meta name="robots" content="noindex" /> : null}
        <link rel="icon" href={`/assets/${assets.icon}`} type="image/svg+xml" />
        <link rel="stylesheet" href={`/assets/${assets.css}`} />
        {/* hreflang links must be absolute (search engines ignore relative ones), and an
            absolute link comes only from PUBLIC_URL; without it the language link in the
            header is the one way to the other language. */}
        {page.origin === ""
          ? null
          : (["nl", "en"] as const).map((lang) => (
              <link
                rel="alternate"
                hreflang={lang}
                href={page.origin + localPath(lang, page.path) + page.search}
              />
            ))}
        <script src={`/assets/${assets.js}`} defer></script>
      </head>
      <body>
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t.skipLink}
        </a>
        <header class="hw-header">
          <div class="hw-wrap hw-header__bar">
            <a class="hw-header__brand" href={page.href("/")}>
              {/* The mark beside the name; the name is the link's text, so the image is decoration. */}
              <img class="hw-logo" src={`/assets/${assets.logo}`} alt="" width="40" height="32" />
              <span class="hw-header__name">{t.siteName}</span>
            </a>
            <a
              class="hw-header__language"
              href={localPath(otherLang, page.path) + page.search}
              hreflang={otherLang}
              lang={otherLang}
              title={t.languageSwitch.hint}
            >
              {t.languageSwitch.other}
            </a>
            <p class="hw-header__tagline">{t.tagline}</p>
          </div>
          <nav class="hw-nav" aria-label={t.nav.label}>
            <ul class="hw-wrap">
              {NAV_ITEMS.map(([path, key]) => (
                <li>
                  <a href={page.href(path)} aria-current={isCurrent(page.path, path) ? "page" : undefined}>
                    {t.nav[key]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="inhoud" tabindex={-1}>
          <div class="hw-wrap">{props.children}</div>
        </main>
        <footer class="hw-footer">
          <div class="hw-wrap">
            <nav aria-label={t.footer.label}>
              <ul>
                {FOOTER_ITEMS.map(([path, key]) => (
                  <li>
                    <a href={footerHref(page, path)}>{t.footer[key]}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <p class="hw-muted">{t.footer.disclaimer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * The middleware that makes `c.render(body)` answer the page: `body` inside {@link Layout},
 * after the doctype, as text/html (what hono/jsx-renderer did; its rendering would use
 * hono/jsx's runtime, see jsx/jsx-runtime.ts).
 */
export function layoutRenderer(assets: AssetNames): MiddlewareHandler<WebEnv> {
  return (c, next) => {
    c.setRenderer((body) =>
      c.html(
        `<!DOCTYPE html>${(
          <Layout page={c.get("page")} meta={c.get("meta")} assets={assets}>
            {body as Child}
          </Layout>
        )}`,
      ),
    );
    return next();
  };
}
