import { messages } from "../../../domain/messages/index.js";
import { isInReview, recognitionLevels } from "../../../domain/recognition.js";
import type { Intervention } from "../../../domain/types.js";
import type { PageContext } from "../../page-context.js";
import { FactValues } from "../fact-values/fact-values.js";

/*
 * An intervention's recognition in short, wherever it is named beside others: every
 * level the sources give (several are a disagreement a professional must see, e.g.
 * PCIT), and "in herbeoordeling" when the latest is older than the Databank's five
 * years (domain/recognition.ts). One wording for cards, tables, the compare page and
 * the policy form.
 */

/** The "in herbeoordeling" badge, in words (never colour alone). */
export function InReviewTag(props: { page: PageContext }) {
  return (
    <span class="hw-tag hw-tag--stale">{messages(props.page.lang).components.recognitionBadge.inReview}</span>
  );
}

/** Every level the sources give, "A / B", with "de bronnen verschillen" when there are several. */
function levelsInWords(page: PageContext, intervention: Intervention): string {
  const text = messages(page.lang).components.recognitionBadge;
  const levels = recognitionLevels(intervention).map((level) => page.t.recognition[level]);
  if (levels.length === 0) return text.none;
  return levels.length > 1 ? `${levels.join(" / ")} (${text.disagree})` : levels.join("");
}

/** The recognition as plain words, e.g. for a checkbox description: levels and "in herbeoordeling". */
export function recognitionInWords(page: PageContext, intervention: Intervention, now: Date): string {
  const text = messages(page.lang).components.recognitionBadge;
  const review = isInReview(intervention, now) ? `; ${text.inReview}` : "";
  return `${levelsInWords(page, intervention)}${review}`;
}

/** The recognition beside a name in a table cell; the review status as a tag that stands out. */
export function RecognitionBadge(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  return (
    <span class="hw-recognition">
      <span class="hw-muted">{levelsInWords(page, intervention)}</span>
      {isInReview(intervention, now) ? (
        <>
          {" "}
          <InReviewTag page={page} />
        </>
      ) : null}
    </span>
  );
}

/** The recognition on a result card: the levels as a list, with the reason for the review badge. */
export function RecognitionSummary(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = messages(page.lang).components.recognitionBadge;
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
