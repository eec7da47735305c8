import { ageLabel } from "../../domain/age-words.js";
import { messages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import type { Intervention } from "../../domain/types.js";
import { ErrorSummary, type FormError } from "../components/error-summary/error-summary.js";
import { ChoiceGroup, SubmitActions } from "../components/form-fields/form-fields.js";
import { RecognitionBadge } from "../components/recognition-badge/recognition-badge.js";
import { TableScroll } from "../components/table-scroll/table-scroll.js";
import type { PageContext } from "../page-context.js";
import type { PageHandler } from "../routes.js";

/** How many interventions fit side by side. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Reads ?ids=a,b (or repeated ids=a&ids=b from the form), in order, without duplicates. */
export function readComparedIds(query: URLSearchParams): string[] {
  const ids = query
    .getAll("ids")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
  return [...new Set(ids)].slice(0, 50);
}

function indicationsText(page: PageContext, intervention: Intervention, general: string): string[] {
  return intervention.indications.map((i) => {
    const who =
      i.situations.length === 0
        ? general
        : i.situations
            .map((code) => localize(page.catalog.situationByCode.get(code)?.label ?? { nl: code }, page.lang))
            .join("; ");
    return `${page.t.common[i.kind]}, ${ageLabel(i.age, page.lang)}: ${who}`;
  });
}

function ComparisonTable(props: { page: PageContext; compared: readonly Intervention[]; now: Date }) {
  const { page, compared, now } = props;
  const text = messages(page.lang).pages.vergelijken;
  const row = (label: string, cell: (i: Intervention) => unknown) => (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {label}
      </th>
      {compared.map((i) => (
        <td class="utrecht-table__cell">{cell(i)}</td>
      ))}
    </tr>
  );
  return (
    <TableScroll page={page} id="compare-table" labelledBy="compare-caption">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id="compare-caption">
          {text.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {text.aspect}
            </th>
            {compared.map((i) => (
              <th class="utrecht-table__header-cell" scope="col">
                <a href={page.href(`/interventies/${i.id}`)}>{i.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {row(text.fullName, (i) => i.fullName ?? text.none)}
          {row(text.indications, (i) => (
            <ul>
              {indicationsText(page, i, text.general).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          ))}
          {row(text.recognition, (i) => (
            <RecognitionBadge page={page} intervention={i} now={now} />
          ))}
          {row(text.inDatabank, (i) =>
            i.inDatabank === null ? text.none : i.inDatabank ? text.yes : text.no,
          )}
          {row(text.professionals, (i) => localize(i.summary.professionals, page.lang))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** GET /vergelijken?ids=a,b: 2–4 interventions side by side, with a form to pick them. */
export const vergelijkenPage: PageHandler = (page, c, deps) => {
  const text = messages(page.lang).pages.vergelijken;
  const query = new URL(c.req.url).searchParams;
  const submitted = query.has("ids");
  const ids = submitted ? readComparedIds(query) : query.getAll("met").slice(0, MAX_COMPARE);
  const firstId = `ids-${page.catalog.interventions[0]?.id ?? ""}`;
  const errors: FormError[] = [];
  if (submitted) {
    for (const id of ids) {
      if (!page.catalog.interventionById.has(id))
        errors.push({ fieldId: firstId, message: text.unknown(id.slice(0, 60)) });
    }
    if (ids.length < MIN_COMPARE) errors.push({ fieldId: firstId, message: text.tooFew(MIN_COMPARE) });
    if (ids.length > MAX_COMPARE) errors.push({ fieldId: firstId, message: text.tooMany(MAX_COMPARE) });
  }
  const compared =
    errors.length === 0
      ? ids.map((id) => page.catalog.interventionById.get(id)).filter((i) => i !== undefined)
      : [];
  const form = (
    <form method="get" action={page.href("/vergelijken")} novalidate>
      <ChoiceGroup
        id="ids"
        name="ids"
        type="checkbox"
        legend={text.pick}
        hint={text.lead(MIN_COMPARE, MAX_COMPARE)}
        error={errors.map((e) => e.message).join(". ") || undefined}
        selected={ids}
        choices={page.catalog.interventions.map((i) => ({ value: i.id, label: i.name }))}
      />
      <SubmitActions label={text.submit} />
    </form>
  );
  return {
    status: errors.length > 0 ? 400 : 200,
    meta: { title: text.title, hasErrors: errors.length > 0, noIndex: errors.length > 0 },
    body: (
      <>
        <h1>{text.title}</h1>
        <ErrorSummary t={page.t} errors={errors} />
        {submitted && compared.length >= MIN_COMPARE ? (
          <ComparisonTable page={page} compared={compared} now={deps.now?.() ?? new Date()} />
        ) : (
          <p>{text.lead(MIN_COMPARE, MAX_COMPARE)}</p>
        )}
        {form}
      </>
    ),
  };
};
