import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";

/** The 404 page, in the page's language. */
export function notFoundPage(page: PageContext): RenderedPage {
  const { t } = page;
  return {
    status: 404,
    meta: { title: t.notFound.title, noIndex: true },
    body: (
      <>
        <h1>{t.notFound.title}</h1>
        <p>{t.notFound.text}</p>
        <ul>
          <li>
            <a href={page.href("/")}>{t.nav.home}</a>
          </li>
          <li>
            <a href={page.href("/keuzehulp")}>{t.nav.keuzehulp}</a>
          </li>
          <li>
            <a href={page.href("/interventies")}>{t.nav.interventies}</a>
          </li>
        </ul>
      </>
    ),
  };
}

/** The 500 page: says something went wrong, never what (no stack, no input echoed). */
export function serverErrorPage(page: PageContext): RenderedPage {
  const { t } = page;
  return {
    status: 500,
    meta: { title: t.serverError.title, noIndex: true },
    body: (
      <>
        <h1>{t.serverError.title}</h1>
        <p>{t.serverError.text}</p>
        <p>
          <a href={page.href("/")}>{t.nav.home}</a>
        </p>
      </>
    ),
  };
}
