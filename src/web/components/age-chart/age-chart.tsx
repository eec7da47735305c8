import { ageEnds, startsInPregnancy } from "../../../domain/age.js";
import { ageLabel } from "../../../domain/age-words.js";
import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { Catalog, Indication, Intervention } from "../../../domain/types.js";
import type { IndicationKind } from "../../../domain/vocabulary.js";
import type { PageContext } from "../../page-context.js";
import { TableScroll } from "../table-scroll/table-scroll.js";

const LABEL_WIDTH = 230;
const SLOT = 22;
/** Slot 0 is "before birth"; ages 0–18 follow. */
const SLOTS = 20;
const LINE = 22;
const TOP = 8;
const AXIS_HEIGHT = 34;
const WIDTH = LABEL_WIDTH + SLOTS * SLOT + 8;

interface ChartLine {
  readonly intervention: Intervention;
  readonly kind: IndicationKind;
  readonly indications: readonly Indication[];
}

function slotX(slot: number): number {
  return LABEL_WIDTH + slot * SLOT;
}

/**
 * The slot range an indication's age covers (inclusive). An age that starts in
 * pregnancy (with or without a week) starts in the pregnancy slot; an end the source
 * does not state runs to the chart's edge and marks the bar open, so an open end
 * never looks like a stated one.
 */
function barSlots(indication: Indication): { first: number; last: number; open: boolean } {
  const age = indication.age;
  const ends = ageEnds(age);
  const first = startsInPregnancy(age) ? 0 : (age.from ?? 0) + 1;
  const last = (age.to ?? 18) + 1;
  return { first, last, open: ends.from.basis === "not-stated" || ends.to.basis === "not-stated" };
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
 * A server-rendered SVG of each intervention's indications as bars over 0–18,
 * prevention solid and treatment hatched (distinguishable without colour), with
 * a text label per line, role="img" with title/desc, and a data table alternative.
 */
export function AgeChart(props: {
  page: PageContext;
  interventions: readonly Intervention[];
  idPrefix: string;
}) {
  const { page, interventions, idPrefix } = props;
  const text = messages(page.lang).components.ageChart;
  const lines = linesFor(interventions);
  const height = TOP + lines.length * LINE + AXIS_HEIGHT;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const hatchId = "hw-hatch";
  const ticks = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18];
  return (
    <>
      <figure class="hw-chart-figure">
        <svg
          class="hw-chart"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{text.title}</title>
          <desc id={descId}>{text.desc(interventions.length)}</desc>
          <defs>
            <pattern
              id={hatchId}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <line class="hw-chart__hatch-line" x1="0" y1="0" x2="0" y2="6" />
            </pattern>
          </defs>
          {ticks.map((age) => (
            <line
              class="hw-chart__grid"
              x1={slotX(age + 1)}
              x2={slotX(age + 1)}
              y1={TOP}
              y2={TOP + lines.length * LINE}
            />
          ))}
          {lines.map((line, index) => {
            const y = TOP + index * LINE;
            const kindLabel = line.kind === "prevention" ? text.prevention : text.treatment;
            return (
              <g>
                <text x={LABEL_WIDTH - 6} y={y + LINE / 2 + 4} text-anchor="end">
                  {`${line.intervention.name} · ${kindLabel}`}
                </text>
                {line.indications.map((indication) => {
                  const { first, last, open } = barSlots(indication);
                  return (
                    <rect
                      class={`hw-chart__bar--${line.kind}${open ? " hw-chart__bar--open" : ""}`}
                      x={slotX(first)}
                      y={y + 4}
                      width={(last - first + 1) * SLOT}
                      height={LINE - 8}
                      fill={line.kind === "treatment" ? `url(#${hatchId})` : undefined}
                      fill-opacity={open ? "0.35" : "1"}
                    >
                      <title>{`${line.intervention.name} · ${kindLabel}: ${ageLabel(indication.age, page.lang)}`}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })}
          <line
            class="hw-chart__axis"
            x1={slotX(0)}
            x2={slotX(SLOTS)}
            y1={TOP + lines.length * LINE}
            y2={TOP + lines.length * LINE}
          />
          <text x={slotX(0) + SLOT / 2} y={TOP + lines.length * LINE + 14} text-anchor="middle">
            {text.prenatal}
          </text>
          {ticks.map((age) => (
            <text x={slotX(age + 1) + SLOT / 2} y={TOP + lines.length * LINE + 14} text-anchor="middle">
              {String(age)}
            </text>
          ))}
          <text x={slotX(10)} y={TOP + lines.length * LINE + 30} text-anchor="middle">
            {text.axis}
          </text>
        </svg>
        <figcaption>
          <ul class="hw-legend">
            <li>
              <span class="hw-legend__swatch hw-legend__swatch--prevention"></span>
              {text.prevention}
            </li>
            <li>
              <span class="hw-legend__swatch hw-legend__swatch--treatment"></span>
              {text.treatment}
            </li>
            <li>{`┆ ${text.openLegend}`}</li>
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
