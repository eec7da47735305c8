import { isStaleRecognition } from "../../../domain/recognition.js";
import { localize } from "../../../domain/text.js";
import type { Intervention } from "../../../domain/types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "../../../domain/vocabulary.js";
import { pick } from "../../i18n/index.js";
import type { PageContext } from "../../page-context.js";
import { InReviewTag } from "../recognition-badge/recognition-badge.js";

const TEXT = {
  nl: {
    none: "Geen erkenning vermeld in de bronnen.",
    date: "datum",
    noDate: "datum niet vermeld",
    ages: "leeftijd volgens deze bron",
    staleHint: `Ouder dan ${RECOGNITION_STALE_AFTER_YEARS} jaar: de Databank markeert zo’n erkenning als ‘in herbeoordeling’.`,
    source: "bron",
  },
  en: {
    none: "No recognition stated in the sources.",
    date: "date",
    noDate: "date not stated",
    ages: "ages according to this source",
    staleHint: `Older than ${RECOGNITION_STALE_AFTER_YEARS} years: the Databank marks such a recognition as ‘in herbeoordeling’.`,
    source: "source",
  },
};

/** The recognitions with level, date, ages and source; stale ones are flagged in words. */
export function RecognitionList(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = pick(page.lang, TEXT);
  if (intervention.recognitions.length === 0) return <p>{text.none}</p>;
  const anyStale = intervention.recognitions.some(
    (r) => r.date !== undefined && isStaleRecognition(r.date, now),
  );
  return (
    <>
      <ul>
        {intervention.recognitions.map((r) => {
          const stale = r.date !== undefined && isStaleRecognition(r.date, now);
          return (
            <li>
              <strong>{page.t.recognition[r.level]}</strong>
              {` (${r.date ? `${text.date} ${r.date}` : text.noDate}${r.ages ? `, ${text.ages}: “${r.ages}”` : ""}) `}
              {stale ? <InReviewTag page={page} /> : null}
              {r.note ? <span> {localize(r.note, page.lang)} </span> : null}
              <br />
              <span class="hw-muted">
                {text.source}: <a href={r.source}>{new URL(r.source).hostname}</a>
              </span>
            </li>
          );
        })}
      </ul>
      {anyStale ? <p class="hw-muted">{text.staleHint}</p> : null}
    </>
  );
}
