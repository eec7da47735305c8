import { type Messages, messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { Advice, AdviceRequest, NextStep, Recommendation } from "../../../engine/index.js";
import { SourceCitation } from "../../components/source-citation/source-citation.js";
import type { PageContext } from "../../page-context.js";

function RecommendationList(props: {
  page: PageContext;
  items: readonly Recommendation[];
  headingId: string;
}) {
  const { page } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  if (props.items.length === 0) return null;
  return (
    <ol class="hw-results-list" aria-labelledby={props.headingId}>
      {props.items.map((rec) => (
        <li class="hw-result" data-intervention={rec.id}>
          <h3>
            <a href={page.href(`/interventies/${rec.id}`)}>{rec.name}</a>
          </h3>
          <p>
            <span class="hw-tag">{rec.specific ? text.specific : text.general}</span>
          </p>
          <p>
            {text.age}: {rec.age.words}
            {rec.age.basisWords ? <span class="hw-muted"> ({rec.age.basisWords})</span> : null}
          </p>
          <h4>{text.why}</h4>
          <ul>
            {rec.reasons.map((reason) => (
              <li>
                {reason.text}{" "}
                <span class="hw-muted">
                  ({text.source}:{" "}
                  <SourceCitation source={reason.source} catalog={page.catalog} lang={page.lang} />)
                </span>
              </li>
            ))}
          </ul>
          {rec.caveats.length > 0 ? (
            <>
              <h4>{text.caveats}</h4>
              <ul>
                {rec.caveats.map((caveat) => (
                  <li>{caveat.text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
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

function describeChild(request: AdviceRequest, text: Messages["pages"]["keuzehulp"]["result"]): string {
  const { child } = request;
  if (child.pregnancyWeek !== undefined) return text.week(child.pregnancyWeek);
  if (child.ageMonths !== undefined) return text.months(child.ageMonths);
  return text.years(child.ageYears ?? 0);
}

/** The advice: summary of the question, notices, recommendations (or the blocked view), "past niet", warnings. */
export function KeuzehulpResult(props: { page: PageContext; request: AdviceRequest; advice: Advice }) {
  const { page, request, advice } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  const situationLabels = request.situations.map((code) => {
    const situation = page.catalog.situationByCode.get(code);
    return situation ? localize(situation.label, page.lang) : code;
  });
  const blocked = advice.status === "preconditions-not-met";
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{text.title}</h2>
      <dl class="hw-facts">
        <dt>{text.for}</dt>
        <dd>{describeChild(request, text)}</dd>
        <dt>{text.need}</dt>
        <dd>{page.t.need[request.need]}</dd>
        <dt>{text.situations}</dt>
        <dd>{situationLabels.length > 0 ? situationLabels.join("; ") : text.none}</dd>
      </dl>
      <p class="hw-print-only">
        {text.address}: {page.origin + page.href(page.path) + page.search}
      </p>
      {advice.notices.map((notice) => (
        <div class="hw-notice" role="status">
          <p>{notice.text}</p>
        </div>
      ))}
      {blocked ? (
        <>
          <div class="hw-warning" role="status">
            <h3>{text.blockedTitle}</h3>
            <p>{advice.outcome.text}</p>
          </div>
          <NextSteps page={page} steps={advice.nextSteps} />
          {advice.onceMet.length > 0 ? (
            <>
              <h3 id="once-met-title">{text.onceMet}</h3>
              <RecommendationList page={page} items={advice.onceMet} headingId="once-met-title" />
            </>
          ) : null}
        </>
      ) : (
        <>
          <h3 id="recommended-title">{text.recommended(advice.recommended.length)}</h3>
          {advice.recommended.length > 0 ? (
            <p class="hw-muted">{text.order}</p>
          ) : (
            // The heading gives the count; with none, the outcome says why and the steps where next.
            <p role="status">{advice.outcome.text}</p>
          )}
          <NextSteps page={page} steps={advice.nextSteps} />
          <RecommendationList page={page} items={advice.recommended} headingId="recommended-title" />
        </>
      )}
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
      <section class="hw-warning" aria-labelledby="advice-warnings-title">
        <h3 id="advice-warnings-title">{text.warningsTitle}</h3>
        <ul>
          {advice.warnings.map((warning) => (
            <li>
              <a href={page.href(`/niet-doen#${warning.id}`)}>{warning.name}</a>: {warning.text}
            </li>
          ))}
        </ul>
      </section>
      <div class="hw-actions hw-no-print">
        <button type="button" class="hw-button hw-button--secondary" data-print hidden>
          {text.print}
        </button>
        <a href="#keuzehulp-form">{text.change}</a>
      </div>
    </section>
  );
}
