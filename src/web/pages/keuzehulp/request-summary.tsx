import type { Child } from "hono/jsx";
import { type Messages, messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { AdviceRequest } from "../../../engine/index.js";
import { SummaryList } from "../../components/summary-list/summary-list.js";
import type { PageContext } from "../../page-context.js";
import { FIELD_IDS } from "./form-input.js";

/** The query flag that shows the form with the answers kept instead of the result. */
export const EDIT_FLAG = "edit";

function describeChild(request: AdviceRequest, text: Messages["pages"]["keuzehulp"]["result"]): string {
  const { child } = request;
  if (child.pregnancyWeek !== undefined) return text.week(child.pregnancyWeek);
  if (child.ageMonths !== undefined) return text.months(child.ageMonths);
  return text.years(child.ageYears ?? 0);
}

interface AnswerRow {
  readonly key: string;
  readonly value: string;
  /** The question the "Wijzigen" link lands on: the field, or the whole group of choices. */
  readonly fieldId: string;
}

function answerRows(page: PageContext, request: AdviceRequest): AnswerRow[] {
  const text = messages(page.lang).pages.keuzehulp.result;
  const situationLabels = request.situations.map((code) => {
    const situation = page.catalog.situationByCode.get(code);
    return situation ? localize(situation.label, page.lang) : code;
  });
  return [
    { key: text.for, value: describeChild(request, text), fieldId: FIELD_IDS.child },
    {
      key: text.need,
      value: page.t.need[request.need],
      fieldId: FIELD_IDS.need,
    },
    {
      key: text.situations,
      value: situationLabels.length > 0 ? situationLabels.join("; ") : text.none,
      fieldId: FIELD_IDS.situations,
    },
    ...page.catalog.preconditions.map((p) => {
      const answer = request.preconditions[p.requestKey] ?? "unknown";
      return {
        key: localize(p.label, page.lang),
        value: page.t.common[answer],
        fieldId: FIELD_IDS.precondition(p.requestKey),
      };
    }),
  ];
}

/**
 * The question on top of the result as a summary list (GOV.UK's "check your answers"):
 * one row per answer, each with a "Wijzigen" link to the form with every answer kept,
 * landing on that field. A link, not a script, so it works without JavaScript.
 */
export function RequestSummary(props: { page: PageContext; request: AdviceRequest; children?: Child }) {
  const { page, request } = props;
  const text = messages(page.lang).pages.keuzehulp.result;
  const query = new URLSearchParams(page.search);
  query.set(EDIT_FLAG, "1");
  const editAddress = page.href(`/keuzehulp?${query.toString()}`);
  return (
    <section aria-labelledby="request-title">
      <div class="hw-section-head">
        <h2 id="request-title">{text.question}</h2>
        {props.children}
      </div>
      <SummaryList
        rows={answerRows(page, request).map((row) => ({
          key: row.key,
          value: row.value,
          change: { href: `${editAddress}#${row.fieldId}`, label: text.changeLink },
        }))}
      />
    </section>
  );
}
