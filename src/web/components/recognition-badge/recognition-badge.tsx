import { isInReview, recognitionLevels } from "../../../domain/recognition.js";
import type { Intervention } from "../../../domain/types.js";
import { pick } from "../../i18n/index.js";
import type { PageContext } from "../../page-context.js";

const TEXT = {
  nl: { none: "geen erkenning vermeld", inReview: "in herbeoordeling", disagree: "bronnen verschillen" },
  en: {
    none: "no recognition stated",
    inReview: "under review (in herbeoordeling)",
    disagree: "sources differ",
  },
};

/** Every level the sources give, "A / B", with "bronnen verschillen" when there are several. */
function levelsInWords(page: PageContext, intervention: Intervention): string {
  const text = pick(page.lang, TEXT);
  const levels = recognitionLevels(intervention).map((level) => page.t.recognition[level]);
  if (levels.length === 0) return text.none;
  return levels.length > 1 ? `${levels.join(" / ")} (${text.disagree})` : levels.join("");
}

/**
 * An intervention's recognition in a few words: every level the sources give (more
 * than one when they disagree, e.g. PCIT), and "in herbeoordeling" when its latest
 * recognition is older than the Databank's five years at `now`.
 */
export function recognitionInWords(page: PageContext, intervention: Intervention, now: Date): string {
  const text = pick(page.lang, TEXT);
  const review = isInReview(intervention, now) ? `; ${text.inReview}` : "";
  return `${levelsInWords(page, intervention)}${review}`;
}

/** The recognition beside an intervention's name; the review status as a tag that stands out. */
export function RecognitionBadge(props: { page: PageContext; intervention: Intervention; now: Date }) {
  const { page, intervention, now } = props;
  const text = pick(page.lang, TEXT);
  return (
    <span class="hw-recognition">
      <span class="hw-muted">{levelsInWords(page, intervention)}</span>
      {isInReview(intervention, now) ? (
        <>
          {" "}
          <span class="hw-tag hw-tag--stale">{text.inReview}</span>
        </>
      ) : null}
    </span>
  );
}
