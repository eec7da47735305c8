import { localize } from "../../../domain/text.js";
import type { IndicationKind } from "../../../domain/vocabulary.js";
import { computeCoverage, GENERAL_ROW } from "../../../engine/index.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { ChoiceGroup, SubmitActions } from "../../components/form-fields/form-fields.js";
import { pick } from "../../i18n/index.js";
import type { PageContext } from "../../page-context.js";
import type { PageHandler } from "../../routes.js";
import { AGE_BANDS, type BandCell, bandCells, bandLabel } from "./bands.js";

const TEXT = {
  nl: {
    title: "Voor beleidsmakers: dekking en gaten",
    lead: "Welke leeftijden en risicogroepen worden gedekt door de erkende interventies uit de richtlijn en het NJi-overzicht? Een cel zonder interventie is een gat.",
    prevention: "Preventie",
    treatment: "Behandeling",
    caption: (kind: string, filtered: boolean) =>
      `${kind}: interventies per situatie en leeftijd (jaren)${filtered ? ", alleen gecontracteerde" : ""}`,
    situation: "Situatie",
    general: "algemeen (geen risicogroep)",
    gap: "gat",
    partial: (ages: string) => `gat bij ${ages} jaar`,
    formTitle: "Wat heeft uw gemeente gecontracteerd?",
    formLead:
      "Vink de interventies aan die uw gemeente inkoopt. De tabellen tonen dan alleen die interventies, en de gaten die overblijven.",
    contracted: "Onze gemeente contracteert deze interventies",
    includeGeneral: "Tel algemene interventies mee in elke situatie",
    includeGeneralLegend: "Weergave",
    submit: "Toon resterende gaten",
    reset: "Toon alle interventies",
    filtered: (n: number) =>
      `U ziet de dekking met ${n} gecontracteerde ${n === 1 ? "interventie" : "interventies"}.`,
    gapsCount: (n: number) => (n === 1 ? "1 cel zonder interventie" : `${n} cellen zonder interventie`),
    downloads: "Downloads",
    csv: "Alle interventies en indicaties (CSV)",
    json: "Alle interventies en indicaties (JSON)",
    coverageJson: "Dekking per leeftijd en situatie (JSON)",
    unknownId: "Kies alleen interventies uit de lijst",
    note: "Een leeftijd die de bron niet noemt, telt bij elke leeftijd mee. ‘Algemeen’ zijn interventies die niet aan een risicogroep gebonden zijn.",
  },
  en: {
    title: "For policy makers: coverage and gaps",
    lead: "Which ages and risk groups do the recognised interventions from the guideline and the NJi overview cover? A cell without an intervention is a gap.",
    prevention: "Prevention",
    treatment: "Treatment",
    caption: (kind: string, filtered: boolean) =>
      `${kind}: interventions per situation and age (years)${filtered ? ", contracted only" : ""}`,
    situation: "Situation",
    general: "general (no risk group)",
    gap: "gap",
    partial: (ages: string) => `gap at age ${ages}`,
    formTitle: "What does your municipality contract?",
    formLead:
      "Tick the interventions your municipality purchases. The tables then show only those, and the gaps that remain.",
    contracted: "Our municipality contracts these interventions",
    includeGeneral: "Count general interventions in every situation",
    includeGeneralLegend: "Display",
    submit: "Show remaining gaps",
    reset: "Show all interventions",
    filtered: (n: number) =>
      `You see the coverage with ${n} contracted ${n === 1 ? "intervention" : "interventions"}.`,
    gapsCount: (n: number) =>
      n === 1 ? "1 cell without an intervention" : `${n} cells without an intervention`,
    downloads: "Downloads",
    csv: "All interventions and indications (CSV)",
    json: "All interventions and indications (JSON)",
    coverageJson: "Coverage per age and situation (JSON)",
    unknownId: "Choose interventions from the list only",
    note: "An age the source does not state counts at every age. ‘General’ means interventions not tied to a risk group.",
  },
};

function Cell(props: { page: PageContext; cell: BandCell }) {
  const { page, cell } = props;
  const text = pick(page.lang, TEXT);
  const names = cell.ids.map((id) => page.catalog.interventionById.get(id)?.name ?? id);
  if (names.length === 0) {
    return (
      <td class="utrecht-table__cell hw-gap">
        <span class="hw-tag hw-tag--gap">{text.gap}</span>
      </td>
    );
  }
  return (
    <td class="utrecht-table__cell">
      {names.join(", ")}
      {cell.uncoveredAges.length > 0 ? (
        <>
          <br />
          <span class="hw-tag hw-tag--gap">{text.partial(cell.uncoveredAges.join(", "))}</span>
        </>
      ) : null}
    </td>
  );
}

function CoverageTable(props: {
  page: PageContext;
  kind: IndicationKind;
  rows: ReturnType<typeof bandCells>;
  filtered: boolean;
}) {
  const { page, kind, rows } = props;
  const text = pick(page.lang, TEXT);
  const kindLabel = kind === "prevention" ? text.prevention : text.treatment;
  const gaps = rows.reduce((n, r) => n + r.cells.filter((c) => c.ids.length === 0).length, 0);
  return (
    <section aria-labelledby={`coverage-${kind}`}>
      <h2 id={`coverage-${kind}`}>{kindLabel}</h2>
      <p>{text.gapsCount(gaps)}</p>
      <section class="hw-table-scroll" tabindex={0} aria-labelledby={`coverage-${kind}-caption`}>
        <table class="utrecht-table utrecht-table--html-table" data-kind={kind}>
          <caption class="utrecht-table__caption" id={`coverage-${kind}-caption`}>
            {text.caption(kindLabel, props.filtered)}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {text.situation}
              </th>
              {AGE_BANDS.map((band) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {bandLabel(band)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row) => (
              <tr class="utrecht-table__row" data-situation={row.situation}>
                <th class="utrecht-table__header-cell" scope="row">
                  {row.situation === GENERAL_ROW
                    ? text.general
                    : localize(
                        page.catalog.situationByCode.get(row.situation)?.label ?? { nl: row.situation },
                        page.lang,
                      )}
                </th>
                {row.cells.map((cell) => (
                  <Cell page={page} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** GET /beleidsmakers: the coverage matrix, the "what we contract" filter and the downloads. */
export const beleidsmakersPage: PageHandler = (page, c) => {
  const text = pick(page.lang, TEXT);
  const query = new URL(c.req.url).searchParams;
  const filtered = query.has("filter");
  const contracted = query.getAll("contracted").slice(0, 100);
  const includeGeneral = query.get("includeGeneral") === "1";
  const errors: FormError[] = contracted.some((id) => !page.catalog.interventionById.has(id))
    ? [{ fieldId: `contracted-${page.catalog.interventions[0]?.id ?? ""}`, message: text.unknownId }]
    : [];
  const coverage = computeCoverage(page.catalog, { includeGeneral });
  const available = filtered ? new Set(contracted) : undefined;
  const form = (
    <section class="hw-card" aria-labelledby="contracted-title">
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
          choices={page.catalog.interventions.map((i) => ({ value: i.id, label: i.name }))}
        />
        <ChoiceGroup
          id="includeGeneral"
          name="includeGeneral"
          type="checkbox"
          legend={text.includeGeneralLegend}
          selected={includeGeneral ? ["1"] : []}
          choices={[{ value: "1", label: text.includeGeneral }]}
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
        <p class="hw-muted">{text.note}</p>
        <CoverageTable
          page={page}
          kind="prevention"
          rows={bandCells(coverage, "prevention", available)}
          filtered={filtered}
        />
        <CoverageTable
          page={page}
          kind="treatment"
          rows={bandCells(coverage, "treatment", available)}
          filtered={filtered}
        />
        {form}
        <h2>{text.downloads}</h2>
        <ul>
          <li>
            <a href="/api/v1/export.csv" download>
              {text.csv}
            </a>
          </li>
          <li>
            <a href="/api/v1/export.json">{text.json}</a>
          </li>
          <li>
            <a href="/api/v1/coverage">{text.coverageJson}</a>
          </li>
        </ul>
      </>
    ),
  };
};
