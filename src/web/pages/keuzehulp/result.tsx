import { messages } from "../../../domain/messages/index.js";
import type { Advice, AdviceRequest, NextStep, Recommendation } from "../../../engine/index.js";
import { CompactHarmfulWarning } from "../../components/harmful-warning/harmful-warning.js";
import { SourceCitation } from "../../components/source-citation/source-citation.js";
import type { PageContext } from "../../page-context.js";
import { MAX_COMPARE, MIN_COMPARE } from "../vergelijken.js";
import { RequestSummary } from "./request-summary.js";
import { ResultCard } from "./result-card.js";

/**
 * The cards in one GET form to /vergelijken: the ticked ids travel as repeated `ids`,
 * which the comparison page reads, so comparing works without JavaScript.
 */
function RecommendationList(props: {
  page: PageContext;
  items: readonly Recommendation[];
  headingId: string;
  now: Date;
}) {
  const { page, now } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  if (props.items.length === 0) return null;
  return (
    <form method="get" action={page.href("/vergelijken")} class="hw-compare-form">
      <ol class="hw-results-list" aria-labelledby={props.headingId}>
        {props.items.map((rec) => (
          <ResultCard page={page} rec={rec} now={now} />
        ))}
      </ol>
      {props.items.length >= MIN_COMPARE ? (
        <div class="hw-actions hw-no-print">
          <button
            type="submit"
            class="hw-button hw-button--secondary"
            aria-describedby={`${props.headingId}-compare-hint`}
          >
            {text.compareSelected}
          </button>
          <span class="hw-muted" id={`${props.headingId}-compare-hint`}>
            {messages(page.lang).pages.vergelijken.lead(MIN_COMPARE, MAX_COMPARE)}
          </span>
        </div>
      ) : null}
    </form>
  );
}

/**
 * Where to go when nothing is recommended: the engine's own steps (the CLI prints the same
 * texts), with links to the interventions they name and the source of a precondition.
 */
function NextSteps(props: { page: PageContext; steps: readonly NextStep[] }) {
  const { page, steps } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-title">
      <h3 id="next-steps-title">{text.nextSteps}</h3>
      <ul class="hw-next-steps">
        {steps.map((step) => (
          <li data-step={step.kind}>
            {step.text}
            {step.source ? (
              <span class="hw-muted">
                {" "}
                ({text.source}:{" "}
                <SourceCitation source={step.source} catalog={page.catalog} lang={page.lang} />)
              </span>
            ) : null}
            {step.interventions.length > 0 ? (
              <>
                {" "}
                {text.see}:{" "}
                {step.interventions.map((item, index) => (
                  <>
                    {index > 0 ? ", " : ""}
                    <a href={page.href(`/interventies/${item.id}`)}>{item.name}</a>
                  </>
                ))}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The advice as a summary: the question with "Wijzigen" links, the outcome in one
 * sentence, the warning in short, then short cards (or the blocked view), "past niet"
 * folded away. Printed, it is the case-file summary: with date, revision and address.
 */
export function KeuzehulpResult(props: {
  page: PageContext;
  request: AdviceRequest;
  advice: Advice;
  now: Date;
}) {
  const { page, request, advice, now } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  const blocked = advice.status === "preconditions-not-met";
  return (
    <>
      <p class="hw-print-only">
        {text.made(now, page.catalog.revision)} {text.address}:{" "}
        {page.origin + page.href(page.path) + page.search}
      </p>
      <RequestSummary page={page} request={request}>
        {/* Shown by the enhancement script: printing needs JavaScript, the page does not. */}
        <button type="button" class="hw-button hw-button--secondary hw-no-print" data-print hidden>
          {text.print}
        </button>
      </RequestSummary>
      <section aria-labelledby="result-title" class="hw-advice">
        <h2 id="result-title">{text.title}</h2>
        {blocked ? (
          <div class="hw-warning" role="status">
            <h3>{text.blockedTitle}</h3>
            <p>{advice.outcome.text}</p>
          </div>
        ) : (
          // With recommendations the outcome sentence names the list below it.
          <p
            class="hw-outcome"
            role="status"
            id={advice.recommended.length > 0 ? "recommended-title" : undefined}
          >
            {advice.outcome.text}
          </p>
        )}
        {advice.notices.map((notice) => (
          <div class="hw-notice" role="status">
            <p>{notice.text}</p>
          </div>
        ))}
        <CompactHarmfulWarning page={page} warnings={advice.warnings} />
        <NextSteps page={page} steps={advice.nextSteps} />
        {blocked && advice.onceMet.length > 0 ? (
          <>
            <h3 id="once-met-title">{text.onceMet}</h3>
            <RecommendationList page={page} items={advice.onceMet} headingId="once-met-title" now={now} />
          </>
        ) : null}
        {!blocked && advice.recommended.length > 0 ? (
          <>
            <p class="hw-muted hw-no-print">{text.order}</p>
            <RecommendationList
              page={page}
              items={advice.recommended}
              headingId="recommended-title"
              now={now}
            />
          </>
        ) : null}
        <details class="hw-not-suitable">
          <summary>{text.notSuitable(advice.notSuitable.length)}</summary>
          <ul>
            {advice.notSuitable.map((item) => (
              <li data-intervention={item.id}>
                <a href={page.href(`/interventies/${item.id}`)}>{item.name}</a>:{" "}
                {item.reasons.map((r) => r.text).join(" ")}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}
