import { ageEnds, startsInPregnancy } from "../../../domain/age.js";
import { ageLabel } from "../../../domain/age-words.js";
import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { Catalog, Indication, Intervention } from "../../../domain/types.js";
import type { IndicationKind } from "../../../domain/vocabulary.js";
import type { PageContext } from "../../page-context.js";
import { TableScroll } from "../table-scroll/table-scroll.js";

/** Slot 0 is "before birth"; slots 1–19 are the ages 0–18 (chart.css places a bar by its slots). */
const SLOTS = 20;
const TICKS = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18];

interface ChartLine {
  readonly intervention: Intervention;
  readonly kind: IndicationKind;
  readonly indications: readonly Indication[];
}

/**
 * The slot range an indication's age covers (inclusive). An age that starts in
 * pregnancy (with or without a week) starts in the pregnancy slot; an end the source
 * does not state runs to the chart's edge and marks the bar open, so an open end
 * never looks like a stated one.
 */
export function barSlots(indication: Indication): { first: number; last: number; open: boolean } {
  const age = indication.age;
  const ends = ageEnds(age);
  const first = startsInPregnancy(age) ? 0 : (age.from ?? 0) + 1;
  const last = Math.min((age.to ?? 18) + 1, SLOTS - 1);
  return { first, last, open: ends.from.basis === "not-stated" || ends.to.basis === "not-stated" };
}

/** Open bars first, so a stated bar drawn over the same ages stays in full view. */
function barsInDrawingOrder(indications: readonly Indication[]) {
  const bars = indications.map((indication) => ({ indication, ...barSlots(indication) }));
  return [...bars.filter((b) => b.open), ...bars.filter((b) => !b.open)];
}

function linesFor(interventions: readonly Intervention[]): ChartLine[] {
  const lines: ChartLine[] = [];
  for (const intervention of interventions) {
    for (const kind of ["prevention", "treatment"] as const) {
      const indications = intervention.indications.filter((i) => i.kind === kind);
      if (indications.length > 0) lines.push({ intervention, kind, indications });
    }
  }
  return lines;
}

/**
 * Each intervention's indications as bars over 0–18, in HTML and CSS: the labels are page
 * text at the page's size at every width (an SVG scaled to a phone drew them at 4 px, issue
 * 14). Prevention is solid and treatment hatched (distinguishable without colour); an open
 * age is light with a dashed edge. The chart is one image to assistive technology, named by
 * its title and description; the table below it holds the same data.
 */
export function AgeChart(props: {
  page: PageContext;
  interventions: readonly Intervention[];
  idPrefix: string;
}) {
  const { page, interventions, idPrefix } = props;
  const text = messages(page.lang).components.ageChart;
  const lines = linesFor(interventions);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <>
      <figure class="hw-chart-figure">
        <span id={titleId} hidden>
          {text.title}
        </span>
        <span id={descId} hidden>
          {text.desc(interventions.length)}
        </span>
        <div class="hw-chart" role="img" aria-labelledby={`${titleId} ${descId}`}>
          {lines.map((line) => {
            const label = `${line.intervention.name} · ${line.kind === "prevention" ? text.prevention : text.treatment}`;
            return (
              <div class="hw-chart__line">
                <span class="hw-chart__label">{label}</span>
                <span class="hw-chart__track">
                  {barsInDrawingOrder(line.indications).map(({ indication, first, last, open }) => {
                    return (
                      <span
                        class={`hw-chart__bar hw-chart__bar--${line.kind} hw-chart__from-${first} hw-chart__to-${last}${open ? " hw-chart__bar--open" : ""}`}
                        title={`${label}: ${ageLabel(indication.age, page.lang)}`}
                      ></span>
                    );
                  })}
                </span>
              </div>
            );
          })}
          <div class="hw-chart__line hw-chart__line--axis">
            <span class="hw-chart__label">{text.axis}</span>
            <span class="hw-chart__track hw-chart__ticks">
              <span class="hw-chart__tick hw-chart__tick--prenatal hw-chart__from-0">{text.prenatal}</span>
              {TICKS.map((age) => (
                <span class={`hw-chart__tick hw-chart__from-${age + 1}`}>{String(age)}</span>
              ))}
            </span>
          </div>
        </div>
        <figcaption>
          <ul class="hw-legend">
            <li>
              <span class="hw-legend__swatch hw-chart__bar--prevention"></span>
              {text.prevention}
            </li>
            <li>
              <span class="hw-legend__swatch hw-chart__bar--treatment"></span>
              {text.treatment}
            </li>
            <li>
              <span class="hw-legend__swatch hw-chart__bar--prevention hw-chart__bar--open"></span>
              {text.openLegend}
            </li>
          </ul>
        </figcaption>
      </figure>
      <details>
        <summary>{text.table}</summary>
        <AgeTable page={page} interventions={interventions} />
      </details>
    </>
  );
}

function situationText(
  catalog: Catalog,
  codes: readonly string[],
  lang: "nl" | "en",
  general: string,
): string {
  if (codes.length === 0) return general;
  return codes
    .map((code) => localize(catalog.situationByCode.get(code)?.label ?? { nl: code }, lang))
    .join("; ");
}

/** The chart's data as a table: one row per indication. */
export function AgeTable(props: { page: PageContext; interventions: readonly Intervention[] }) {
  const { page } = props;
  const text = messages(page.lang).components.ageChart;
  return (
    <TableScroll page={page} id="age-table" label={text.table}>
      <table class="utrecht-table utrecht-table--html-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {text.intervention}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.kind}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.age}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.situations}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.interventions.flatMap((intervention) =>
            intervention.indications.map((indication) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {intervention.name}
                </th>
                <td class="utrecht-table__cell">
                  {indication.kind === "prevention" ? text.prevention : text.treatment}
                </td>
                <td class="utrecht-table__cell">{ageLabel(indication.age, page.lang)}</td>
                <td class="utrecht-table__cell">
                  {situationText(page.catalog, indication.situations, page.lang, text.general)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
