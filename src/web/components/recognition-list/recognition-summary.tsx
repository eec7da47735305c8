import { isInReview, recognitionLevels } from "../../../domain/recognition.js";
import type { Intervention } from "../../../domain/types.js";
import { RECOGNITION_STALE_AFTER_YEARS } from "../../../domain/vocabulary.js";
import { pick } from "../../i18n/index.js";
import type { PageContext } from "../../page-context.js";
import { FactValues } from "../fact-values/fact-values.js";

const TEXT = {
  nl: {
    none: "niet vermeld in de bronnen",
    disagree: "de bronnen verschillen",
    inReview: "in herbeoordeling",
    inReviewHint: `de laatste erkenning is ouder dan ${RECOGNITION_STALE_AFTER_YEARS} jaar`,
  },
  en: {
    none: "not stated in the sources",
    disagree: "the sources differ",
    inReview: "under review (in herbeoordeling)",
    inReviewHint: `the latest recognition is more than ${RECOGNITION_STALE_AFTER_YEARS} years old`,
  },
};

/** The "in herbeoordeling" badge, in words (never colour alone). */
export function InReviewTag(props: { page: PageContext }) {
  return <span class="hw-tag hw-tag--stale">{pick(props.page.lang, TEXT).inReview}</span>;
}

/**
 * Every recognition level the sources give, for a result card: several levels are a
 * disagreement a professional must see before opening the page (issue 11, PCIT), and
 * a latest recognition older than five years carries the badge (domain/recognition.ts).
 */
export function RecognitionSummary(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = pick(page.lang, TEXT);
  const levels = recognitionLevels(intervention);
  if (levels.length === 0) return <>{text.none}</>;
  return (
    <>
      <FactValues values={levels.map((level) => page.t.recognition[level])} />
      {levels.length > 1 ? <span class="hw-muted">({text.disagree})</span> : null}
      {isInReview(intervention, now) ? (
        <>
          {" "}
          <InReviewTag page={page} /> <span class="hw-muted">({text.inReviewHint})</span>
        </>
      ) : null}
    </>
  );
}
