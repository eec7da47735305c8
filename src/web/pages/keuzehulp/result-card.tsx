import { messages } from "../../../domain/messages/index.js";
import { headlineRecognition, isInReview } from "../../../domain/recognition.js";
import { localize } from "../../../domain/text.js";
import type { Recommendation } from "../../../engine/index.js";
import { InReviewTag } from "../../components/recognition-badge/recognition-badge.js";
import { SourceCitation } from "../../components/source-citation/source-citation.js";
import type { PageContext } from "../../page-context.js";

/**
 * The summary for professionals up to its first full stop: the card's one line. The
 * summaries open with what the intervention does, so the first sentence says it.
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+\p{Lu}|$)/su.exec(text.trim());
  return match ? match[0] : text.trim();
}

/** The recognition on a card: the level the sources name first, with its date where given. */
function RecognitionTag(props: { page: PageContext; id: string; now: Date }) {
  const { page, id, now } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  const intervention = page.catalog.interventionById.get(id);
  const headline = intervention ? headlineRecognition(intervention) : undefined;
  if (!intervention || !headline) {
    return <span class="hw-tag">{messages(page.lang).components.recognitionBadge.none}</span>;
  }
  return (
    <>
      <span class="hw-tag">{text.recognised(page.t.recognition[headline.level], headline.date)}</span>
      {isInReview(intervention, now) ? <InReviewTag page={page} /> : null}
    </>
  );
}

/**
 * One recommended intervention as a short card: name, one line, badges, and the reasons
 * and caveats with their sources folded away (printed open). The checkbox picks it for
 * the comparison form the list sits in.
 */
export function ResultCard(props: { page: PageContext; rec: Recommendation; now: Date }) {
  const { page, rec, now } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  const intervention = page.catalog.interventionById.get(rec.id);
  const checkboxId = `compare-${rec.id}`;
  return (
    <li class="hw-result-card" data-intervention={rec.id}>
      <div class="hw-result-card__head">
        <h3 class="hw-result-card__name">
          <a href={page.href(`/interventies/${rec.id}`)}>{rec.name}</a>
        </h3>
        <div class="hw-result-card__select hw-no-print">
          <input type="checkbox" id={checkboxId} name="ids" value={rec.id} />
          <label for={checkboxId}>
            {text.compareLabel}
            <span class="hw-visually-hidden"> {rec.name}</span>
          </label>
        </div>
      </div>
      {intervention ? (
        <p class="hw-result-card__line">
          {firstSentence(localize(intervention.summary.professionals, page.lang))}
        </p>
      ) : null}
      <p class="hw-result-card__badges">
        <span class={rec.specific ? "hw-tag hw-tag--specific" : "hw-tag"}>
          {rec.specific ? text.specific : text.general}
        </span>
        <RecognitionTag page={page} id={rec.id} now={now} />
        <span class="hw-result-card__age">
          {text.age}: {rec.age.words}
          {rec.age.basisWords ? <span class="hw-muted"> ({rec.age.basisWords})</span> : null}
        </span>
      </p>
      <details class="hw-result-card__why">
        <summary>{text.details(rec.caveats.length > 0)}</summary>
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
      </details>
    </li>
  );
}
