import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { Intervention } from "../../../domain/types.js";
import { AgeChart } from "../../components/age-chart/age-chart.js";
import { FactValues } from "../../components/fact-values/fact-values.js";
import { IndicationsTable } from "../../components/indications-table/indications-table.js";
import { RecognitionSummary } from "../../components/recognition-badge/recognition-badge.js";
import { RecognitionList } from "../../components/recognition-list/recognition-list.js";
import { SourceCitation } from "../../components/source-citation/source-citation.js";
import { SourceLinks } from "../../components/source-citation/source-links.js";
import { SummaryList, type SummaryRow } from "../../components/summary-list/summary-list.js";
import type { PageContext } from "../../page-context.js";
import type { PageHandler } from "../../routes.js";
import { notFoundPage } from "../errors.js";
import { databankPages } from "./databank-pages.js";
import { agesByKind } from "./result-item.js";

/** Where the two summaries come from, and what in them no source gave (docs/decisions/072). */
function SummarySources(props: { page: PageContext; intervention: Intervention }) {
  const { page, intervention } = props;
  const text = messages(page.lang).pages.interventies.detail;
  const { sources, ownDescription } = intervention.summary;
  return (
    <>
      {sources ? (
        <p class="hw-muted">
          {text.summarySources}: <SourceLinks page={page} sources={sources} />
        </p>
      ) : null}
      {ownDescription ? (
        <p class="hw-muted">
          {text.ownDescription}: {localize(ownDescription, page.lang)}
        </p>
      ) : null}
    </>
  );
}

/**
 * The key facts as a summary list: names, kinds, ages, recognition, whether it is in the
 * Databank, and its Databank pages where the content cites them (never a guessed address).
 */
function KeyFacts(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = messages(page.lang).pages.interventies.detail;
  const yesNo = (v: boolean | null) => (v === null ? page.t.common.notStated : v ? text.yes : text.no);
  const kinds = [...new Set(intervention.indications.map((i) => page.t.common[i.kind]))];
  const pages = databankPages(intervention);
  const rows: SummaryRow[] = [
    { key: text.fullName, value: intervention.fullName ?? page.t.common.notStated },
    ...(intervention.aliases.length > 0
      ? [{ key: text.aliases, value: intervention.aliases.join(", ") }]
      : []),
    { key: text.kinds, value: kinds.join(", ") },
    { key: text.agesFact, value: <FactValues values={agesByKind(page, intervention)} /> },
    {
      key: text.recognitions,
      value: <RecognitionSummary page={page} intervention={intervention} now={now} />,
    },
    { key: text.inDatabank, value: yesNo(intervention.inDatabank) },
    ...(pages.length > 0
      ? [
          {
            key: text.databankPages(pages.length),
            value: (
              <ul class="hw-facts__list">
                {pages.map((address) => {
                  const url = new URL(address);
                  return (
                    <li>
                      <a href={address}>{`${url.hostname.replace(/^www\./, "")}${url.pathname}`}</a>
                    </li>
                  );
                })}
              </ul>
            ),
          },
        ]
      : []),
  ];
  return <SummaryList rows={rows} facts />;
}

function Notes(props: { page: PageContext; intervention: Intervention }) {
  const { page, intervention } = props;
  if (intervention.notes.length === 0) return null;
  const text = messages(page.lang).pages.interventies.detail;
  const order = { disagreement: 0, quirk: 1, scope: 2 } as const;
  const notes = [...intervention.notes].sort((a, b) => order[a.kind] - order[b.kind]);
  return (
    <>
      <h2>{text.notes}</h2>
      <ul>
        {notes.map((note) => (
          <li data-note-kind={note.kind}>
            <strong>{page.t.noteKind[note.kind]}:</strong> {localize(note.text, page.lang)}{" "}
            <span class="hw-muted">
              ({text.source}: <SourceLinks page={page} sources={note.sources} />)
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * GET /interventies/{id}: one intervention for professionals and policy makers.
 * A harmful practice's id redirects to its warning; an unknown id is a 404.
 */
export const interventieDetailPage: PageHandler = (page, c, deps) => {
  const id = c.req.param("id") ?? "";
  const intervention = page.catalog.interventionById.get(id);
  if (!intervention) {
    if (page.catalog.harmfulPractices.some((p) => p.id === id)) {
      return c.redirect(page.href(`/niet-doen#${id}`), 301);
    }
    return notFoundPage(page);
  }
  const text = messages(page.lang).pages.interventies.detail;
  const now = deps.now?.() ?? new Date();
  const related = intervention.related
    .map((r) => page.catalog.interventionById.get(r))
    .filter((r): r is Intervention => r !== undefined);
  return {
    meta: { title: intervention.name, description: localize(intervention.summary.professionals, page.lang) },
    body: (
      <>
        <h1>{intervention.name}</h1>
        {intervention.fullName && intervention.fullName !== intervention.name ? (
          <p class="hw-lead">{intervention.fullName}</p>
        ) : null}
        <h2>{text.keyFacts}</h2>
        <KeyFacts page={page} intervention={intervention} now={now} />
        {intervention.facts.length > 0 ? (
          <>
            <h3>{text.facts}</h3>
            <ul>
              {intervention.facts.map((f) => (
                <li>
                  {localize(f.text, page.lang)}{" "}
                  <span class="hw-muted">
                    ({text.source}: <a href={f.source}>{new URL(f.source).hostname}</a>)
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div class="hw-cards">
          <section class="hw-card" aria-labelledby="for-professionals">
            <h2 id="for-professionals">{text.professionals}</h2>
            <p>{localize(intervention.summary.professionals, page.lang)}</p>
          </section>
          <section class="hw-card" aria-labelledby="for-policymakers">
            <h2 id="for-policymakers">{text.policymakers}</h2>
            <p>{localize(intervention.summary.policymakers, page.lang)}</p>
          </section>
        </div>
        <SummarySources page={page} intervention={intervention} />
        <h2>{text.indications}</h2>
        <IndicationsTable page={page} intervention={intervention} />
        <h2>{text.ages}</h2>
        <AgeChart page={page} interventions={[intervention]} idPrefix="age-bar" />
        <h2>{text.recognitions}</h2>
        <RecognitionList page={page} intervention={intervention} now={now} />
        <Notes page={page} intervention={intervention} />
        {intervention.listings.length > 0 ? (
          <>
            <h2>{text.listings}</h2>
            <ul>
              {intervention.listings.map((l) => (
                <li>
                  <SourceCitation source={l.source} catalog={page.catalog} lang={page.lang} />
                  {l.note ? ` — ${localize(l.note, page.lang)}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {related.length > 0 ? (
          <>
            <h2>{text.related}</h2>
            <ul>
              {related.map((r) => (
                <li>
                  <a href={page.href(`/interventies/${r.id}`)}>{r.name}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div class="hw-actions">
          <a class="hw-button hw-button--secondary" href={page.href(`/vergelijken?met=${intervention.id}`)}>
            {text.compare}
          </a>
          <a href={page.href(`/reageer?over=${intervention.id}`)}>{text.feedback}</a>
        </div>
      </>
    ),
  };
};
