import { messages } from "../../../domain/messages/index.js";
import { computeCoverage, coverageSummary } from "../../../engine/index.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { ChoiceGroup, SubmitActions } from "../../components/form-fields/form-fields.js";
import { recognitionInWords } from "../../components/recognition-badge/recognition-badge.js";
import type { PageHandler } from "../../routes.js";
import { bandCells } from "./bands.js";
import { CoverageTable } from "./coverage-table.js";

/**
 * The same view as an API query: the coverage JSON and the gap CSV show exactly
 * what the page shows (contracted interventions, general ones counted, count).
 */
function viewQuery(view: {
  filtered: boolean;
  contracted: readonly string[];
  includeGeneral: boolean;
  countAll: boolean;
}): URLSearchParams {
  const params = new URLSearchParams();
  if (view.filtered) for (const id of view.contracted) params.append("contracted", id);
  if (view.includeGeneral) params.set("includeGeneral", "true");
  if (view.countAll) params.set("count", "all");
  return params;
}

/** GET /beleidsmakers: the gap summary, the coverage matrix, the "what we contract" filter and the downloads. */
export const beleidsmakersPage: PageHandler = (page, c, deps) => {
  const text = messages(page.lang).pages.beleidsmakers;
  const now = deps.now?.() ?? new Date();
  const query = new URL(c.req.url).searchParams;
  const filtered = query.has("filter");
  const contracted = query.getAll("contracted").slice(0, 100);
  const includeGeneral = query.get("includeGeneral") === "1";
  const countAll = query.get("count") === "all";
  const errors: FormError[] = contracted.some((id) => !page.catalog.interventionById.has(id))
    ? [{ fieldId: `contracted-${page.catalog.interventions[0]?.id ?? ""}`, message: text.unknownId }]
    : [];
  const form = (
    <section class="hw-card hw-no-print" aria-labelledby="contracted-title">
      <h2 id="contracted-title">{text.formTitle}</h2>
      <p>{text.formLead}</p>
      <form method="get" action={page.href("/beleidsmakers")} novalidate>
        <input type="hidden" name="filter" value="1" />
        <ChoiceGroup
          id="contracted"
          name="contracted"
          type="checkbox"
          legend={text.contracted}
          error={errors[0]?.message}
          selected={filtered ? contracted : page.catalog.interventions.map((i) => i.id)}
          choices={page.catalog.interventions.map((i) => ({
            value: i.id,
            label: i.name,
            description: <span class="hw-muted">({recognitionInWords(page, i, now)})</span>,
          }))}
        />
        <ChoiceGroup
          id="includeGeneral"
          name="includeGeneral"
          type="checkbox"
          legend={text.includeGeneralLegend}
          selected={includeGeneral ? ["1"] : []}
          choices={[{ value: "1", label: text.includeGeneral }]}
        />
        <ChoiceGroup
          id="count"
          name="count"
          type="checkbox"
          legend={text.countLegend}
          selected={countAll ? ["all"] : []}
          choices={[{ value: "all", label: text.count }]}
        />
        <SubmitActions label={text.submit}>
          <a href={page.href("/beleidsmakers")}>{text.reset}</a>
        </SubmitActions>
      </form>
    </section>
  );
  if (errors.length > 0) {
    return {
      status: 400,
      meta: { title: text.title, hasErrors: true, noIndex: true },
      body: (
        <>
          <h1>{text.title}</h1>
          <ErrorSummary t={page.t} errors={errors} />
          {form}
        </>
      ),
    };
  }
  const coverage = computeCoverage(page.catalog, {
    includeGeneral,
    count: countAll ? "all" : "stated",
    ...(filtered && { only: new Set(contracted) }),
  });
  const apiQuery = viewQuery({ filtered, contracted, includeGeneral, countAll });
  const withQuery = (path: string, params: URLSearchParams) => {
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  const csvQuery = new URLSearchParams(apiQuery);
  if (page.lang === "en") csvQuery.set("lang", "en");
  return {
    meta: { title: text.title, description: text.lead },
    body: (
      <>
        <h1>{text.title}</h1>
        <p class="hw-lead">{text.lead}</p>
        {filtered ? (
          <p class="hw-notice" role="status">
            {text.filtered(contracted.length)}
          </p>
        ) : null}
        <section class="hw-gap-summary" aria-labelledby="summary-title">
          <h2 id="summary-title">{text.summaryTitle}</h2>
          <ul>
            {coverageSummary(coverage, page.catalog, page.lang).map((sentence) => (
              <li>{sentence}</li>
            ))}
          </ul>
        </section>
        <p class="hw-muted">{text.note}</p>
        <CoverageTable
          page={page}
          kind="prevention"
          rows={bandCells(coverage, "prevention")}
          filtered={filtered}
          now={now}
        />
        <CoverageTable
          page={page}
          kind="treatment"
          rows={bandCells(coverage, "treatment")}
          filtered={filtered}
          now={now}
        />
        {form}
        <section class="hw-no-print" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{text.downloads}</h2>
          <ul>
            <li>
              <a href={withQuery("/api/v1/coverage.csv", csvQuery)} download>
                {text.gapsCsv}
              </a>
            </li>
            <li>
              <a href={withQuery("/api/v1/coverage", apiQuery)}>{text.coverageJson}</a>
            </li>
            <li>
              <a href="/api/v1/export.csv" download>
                {text.csv}
              </a>
            </li>
            <li>
              <a href="/api/v1/export.json">{text.json}</a>
            </li>
          </ul>
          <p class="hw-muted">{text.printHint}</p>
        </section>
      </>
    ),
  };
};
