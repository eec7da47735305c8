import { ageLabel } from "../../domain/age-words.js";
import { localize } from "../../domain/text.js";
import type { Intervention } from "../../domain/types.js";
import { ErrorSummary, type FormError } from "../components/error-summary/error-summary.js";
import { ChoiceGroup, SubmitActions } from "../components/form-fields/form-fields.js";
import { RecognitionBadge } from "../components/recognition-badge/recognition-badge.js";
import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { PageHandler } from "../routes.js";

/** How many interventions fit side by side. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

const TEXT = {
  nl: {
    title: "Interventies vergelijken",
    lead: `Kies ${MIN_COMPARE} tot ${MAX_COMPARE} interventies om ze naast elkaar te zien.`,
    pick: "Welke interventies wilt u vergelijken?",
    submit: "Vergelijk",
    tooFew: `Kies minstens ${MIN_COMPARE} interventies`,
    tooMany: `Kies hoogstens ${MAX_COMPARE} interventies`,
    unknown: (id: string) => `Onbekende interventie: ${id}`,
    caption: "Vergelijking",
    aspect: "Kenmerk",
    fullName: "Volledige naam",
    indications: "Voor wie",
    recognition: "Erkenning",
    inDatabank: "In de Databank",
    professionals: "Voor professionals",
    none: "niet vermeld",
    yes: "ja",
    no: "nee",
    general: "algemeen",
  },
  en: {
    title: "Compare interventions",
    lead: `Choose ${MIN_COMPARE} to ${MAX_COMPARE} interventions to see them side by side.`,
    pick: "Which interventions do you want to compare?",
    submit: "Compare",
    tooFew: `Choose at least ${MIN_COMPARE} interventions`,
    tooMany: `Choose at most ${MAX_COMPARE} interventions`,
    unknown: (id: string) => `Unknown intervention: ${id}`,
    caption: "Comparison",
    aspect: "Aspect",
    fullName: "Full name",
    indications: "Who it is for",
    recognition: "Recognition",
    inDatabank: "In the Databank",
    professionals: "For professionals",
    none: "not stated",
    yes: "yes",
    no: "no",
    general: "general",
  },
};

/** Reads ?ids=a,b (or repeated ids=a&ids=b from the form), in order, without duplicates. */
export function readIds(query: URLSearchParams): string[] {
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

function ComparisonTable(props: { page: PageContext; items: readonly Intervention[]; now: Date }) {
  const { page, items, now } = props;
  const text = pick(page.lang, TEXT);
  const row = (label: string, cell: (i: Intervention) => unknown) => (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {label}
      </th>
      {items.map((i) => (
        <td class="utrecht-table__cell">{cell(i)}</td>
      ))}
    </tr>
  );
  return (
    <section class="hw-table-scroll" tabindex={0} aria-labelledby="compare-caption">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id="compare-caption">
          {text.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {text.aspect}
            </th>
            {items.map((i) => (
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
    </section>
  );
}

/** GET /vergelijken?ids=a,b: 2–4 interventions side by side, with a form to pick them. */
export const vergelijkenPage: PageHandler = (page, c, deps) => {
  const text = pick(page.lang, TEXT);
  const query = new URL(c.req.url).searchParams;
  const submitted = query.has("ids");
  const ids = submitted ? readIds(query) : query.getAll("met").slice(0, MAX_COMPARE);
  const firstId = `ids-${page.catalog.interventions[0]?.id ?? ""}`;
  const errors: FormError[] = [];
  if (submitted) {
    for (const id of ids) {
      if (!page.catalog.interventionById.has(id))
        errors.push({ fieldId: firstId, message: text.unknown(id.slice(0, 60)) });
    }
    if (ids.length < MIN_COMPARE) errors.push({ fieldId: firstId, message: text.tooFew });
    if (ids.length > MAX_COMPARE) errors.push({ fieldId: firstId, message: text.tooMany });
  }
  const items =
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
        hint={text.lead}
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
        {submitted && items.length >= MIN_COMPARE ? (
          <ComparisonTable page={page} items={items} now={deps.now?.() ?? new Date()} />
        ) : (
          <p>{text.lead}</p>
        )}
        {form}
      </>
    ),
  };
};
