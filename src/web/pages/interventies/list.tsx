import { messages } from "../../../domain/messages/index.js";
import { getSearchIndex, parseSearchQuery, searchInterventions } from "../../../search/index.js";
import { AgeChart } from "../../components/age-chart/age-chart.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import type { PageContext } from "../../page-context.js";
import type { PageHandler } from "../../routes.js";
import { ResultItem } from "./result-item.js";
import { readSearchForm, SearchForm } from "./search-form.js";

function Pagination(props: { page: PageContext; query: URLSearchParams; current: number; pages: number }) {
  const { page, query, current, pages } = props;
  if (pages <= 1) return null;
  const link = (n: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(n));
    return `${page.href("/interventies")}?${q.toString()}`;
  };
  return (
    <nav class="hw-pagination" aria-label={messages(page.lang).pages.interventies.list.pages}>
      <ul>
        {current > 1 ? (
          <li>
            <a href={link(current - 1)} rel="prev">
              {page.t.common.previous}
            </a>
          </li>
        ) : null}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li>
            {n === current ? (
              <span aria-current="page">{`${page.t.common.page} ${n}`}</span>
            ) : (
              <a href={link(n)}>{`${page.t.common.page} ${n}`}</a>
            )}
          </li>
        ))}
        {current < pages ? (
          <li>
            <a href={link(current + 1)} rel="next">
              {page.t.common.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** Maps a search issue path (age, situation[1], q) to the form field id. */
function fieldIdFor(path: string): string {
  if (path.startsWith("situation")) return "situation";
  if (path.startsWith("ageMonths")) return "age";
  return path.split(/[.[]/)[0] || "q";
}

/** GET /interventies: search form, facets with counts, results with highlights, pagination and the age chart. */
export const interventiesPage: PageHandler = (page, c, deps) => {
  const text = messages(page.lang).pages.interventies.list;
  const url = new URL(c.req.url);
  const values = readSearchForm(url.searchParams);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === "lang") continue;
    const all = url.searchParams.getAll(key);
    raw[key] = all.length === 1 ? (all[0] as string) : all;
  }
  // The field messages in the page's language ("age: must be a whole number" on /en).
  const parsed = parseSearchQuery(raw, page.catalog, page.lang);
  if (!parsed.ok) {
    const errors: FormError[] = parsed.issues.map((i) => ({
      fieldId: fieldIdFor(i.path),
      message: `${i.path}: ${i.message}`,
    }));
    return {
      status: 400,
      meta: { title: text.title, hasErrors: true, noIndex: true },
      body: (
        <>
          <h1>{text.title}</h1>
          <ErrorSummary t={page.t} errors={errors} />
          <SearchForm page={page} values={values} errors={errors} />
        </>
      ),
    };
  }
  const result = searchInterventions(getSearchIndex(page.catalog), { ...parsed.query, lang: page.lang });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const now = deps.now?.() ?? new Date();
  const found = result.items.flatMap((item) => {
    const intervention = page.catalog.interventionById.get(item.id);
    return intervention ? [{ item, intervention }] : [];
  });
  const charted = found.map((f) => f.intervention);
  return {
    meta: { title: text.title, description: text.lead },
    body: (
      <>
        <h1>{text.title}</h1>
        <p class="hw-lead">{text.lead}</p>
        <div class="hw-search-layout">
          <section aria-labelledby="filters-title">
            <h2 id="filters-title">{text.filters}</h2>
            <SearchForm page={page} values={values} facets={result.facets} errors={[]} />
          </section>
          <section aria-labelledby="results-title">
            {result.warnings.map((w) => (
              <div class="hw-warning" role="status">
                <h2>
                  {text.warning}: {w.name}
                </h2>
                <p>{w.text}</p>
                <p>
                  <a href={page.href(`/niet-doen#${w.id}`)}>{text.why}</a>
                </p>
              </div>
            ))}
            <h2 id="results-title" aria-live="polite">
              {text.results(result.total)}
            </h2>
            {result.notice ? (
              <div class="hw-notice" role="status">
                <p>{result.notice.text}</p>
                <p>
                  <a href={page.href("/keuzehulp")}>{result.notice.suggestion}</a>
                </p>
              </div>
            ) : result.total === 0 ? (
              <p>{text.none}</p>
            ) : null}
            <ol class="hw-results-list">
              {found.map(({ item, intervention }) => (
                <ResultItem page={page} item={item} intervention={intervention} now={now} />
              ))}
            </ol>
            <Pagination page={page} query={url.searchParams} current={result.page} pages={pages} />
            {charted.length > 0 ? (
              <>
                <h2>{text.chart}</h2>
                <AgeChart page={page} interventions={charted} idPrefix="age-chart" />
              </>
            ) : null}
          </section>
        </div>
      </>
    ),
  };
};
