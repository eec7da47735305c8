import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { IndicationKind } from "../../../domain/vocabulary.js";
import { ageRunInWords, ageRuns, GENERAL_ROW } from "../../../engine/index.js";
import { RecognitionBadge } from "../../components/recognition-badge/recognition-badge.js";
import { TableScroll } from "../../components/table-scroll/table-scroll.js";
import type { PageContext } from "../../page-context.js";
import { AGE_BANDS, type AgeBand, type BandCell, bandLabel, isBandGap } from "./bands.js";

/** Ages of a band as a person reads them: "12 jaar", "13 tot en met 17 jaar". */
function agesInWords(page: PageContext, ages: readonly number[]): string {
  return ageRuns(ages)
    .map(([from, to]) => ageRunInWords(from, to, page.lang))
    .join(", ");
}

function Cell(props: { page: PageContext; cell: BandCell; band: AgeBand; now: Date }) {
  const { page, cell, band, now } = props;
  const text = messages(page.lang).pages.beleidsmakers;
  // On a phone each situation is a card and each cell a line: the line names its ages (site CSS).
  const ages = bandLabel(band, page.lang);
  if (cell.interventions.length === 0) {
    return (
      <td class="utrecht-table__cell hw-gap" data-ages={ages}>
        <span class="hw-tag hw-tag--gap">{text.gap}</span>
      </td>
    );
  }
  const gap = isBandGap(cell, band);
  return (
    <td class={`utrecht-table__cell${gap ? " hw-gap" : ""}`} data-ages={ages}>
      <ul class="hw-cell-list">
        {cell.interventions.map(({ id, ageBasis }) => {
          const intervention = page.catalog.interventionById.get(id);
          return (
            <li data-intervention={id} data-age-basis={ageBasis}>
              {intervention?.name ?? id}
              {ageBasis === "stated" ? null : (
                <>
                  {" "}
                  <span class="hw-tag hw-tag--weak">{text.basis[ageBasis]}</span>
                </>
              )}
              {intervention ? (
                <>
                  <br />
                  <RecognitionBadge page={page} intervention={intervention} now={now} />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {cell.emptyAges.length > 0 ? (
        <span class="hw-tag hw-tag--gap">{text.partial(agesInWords(page, cell.emptyAges))}</span>
      ) : null}
      {cell.uncountedAges.length > 0 ? (
        <>
          {cell.emptyAges.length > 0 ? <br /> : null}
          <span class="hw-tag hw-tag--weak hw-tag--uncounted">
            {text.uncounted(agesInWords(page, cell.uncountedAges))}
          </span>
        </>
      ) : null}
    </td>
  );
}

/** One kind's table: a row per situation, a column per age band. */
export function CoverageTable(props: {
  page: PageContext;
  kind: IndicationKind;
  rows: { situation: string; cells: BandCell[] }[];
  filtered: boolean;
  now: Date;
}) {
  const { page, kind, rows, now } = props;
  const text = messages(page.lang).pages.beleidsmakers;
  const kindLabel = kind === "prevention" ? text.prevention : text.treatment;
  const gaps = rows.reduce(
    (n, r) => n + r.cells.filter((cell, index) => isBandGap(cell, AGE_BANDS[index] ?? AGE_BANDS[0])).length,
    0,
  );
  return (
    <section aria-labelledby={`coverage-${kind}`}>
      <h2 id={`coverage-${kind}`}>{kindLabel}</h2>
      <p>{text.gapsCount(gaps)}</p>
      <TableScroll page={page} id={`coverage-${kind}-table`} labelledBy={`coverage-${kind}-caption`}>
        <table class="utrecht-table utrecht-table--html-table hw-coverage" data-kind={kind}>
          <caption class="utrecht-table__caption" id={`coverage-${kind}-caption`}>
            {text.caption(kindLabel, props.filtered)}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {text.situation}
              </th>
              {AGE_BANDS.map((band) => (
                <th class="utrecht-table__header-cell" scope="col">
                  {bandLabel(band, page.lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row) => (
              <tr class="utrecht-table__row" data-situation={row.situation}>
                <th class="utrecht-table__header-cell" scope="row">
                  {row.situation === GENERAL_ROW
                    ? text.general
                    : localize(
                        page.catalog.situationByCode.get(row.situation)?.label ?? { nl: row.situation },
                        page.lang,
                      )}
                </th>
                {row.cells.map((cell, index) => (
                  <Cell page={page} cell={cell} band={AGE_BANDS[index] ?? AGE_BANDS[0]} now={now} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
