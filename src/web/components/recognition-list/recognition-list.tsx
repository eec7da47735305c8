import { messages } from "../../../domain/messages/index.js";
import { isStaleRecognition, readDatabankAges } from "../../../domain/recognition.js";
import { localize } from "../../../domain/text.js";
import type { Intervention } from "../../../domain/types.js";
import type { PageContext } from "../../page-context.js";
import { InReviewTag } from "../recognition-badge/recognition-badge.js";

/** The recognitions with level, date, ages and source; stale ones are flagged in words. */
export function RecognitionList(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = messages(page.lang).components.recognitionList;
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
              {` (${r.date ? `${text.date} ${r.date}` : text.noDate}${r.ages ? `, ${text.ages(r.ages, readDatabankAges(r.ages))}` : ""}) `}
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
