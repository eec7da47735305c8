import { ageLabel } from "../../../domain/age-words.js";
import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import type { Intervention } from "../../../domain/types.js";
import type { PageContext } from "../../page-context.js";
import { SourceCitation } from "../source-citation/source-citation.js";
import { TableScroll } from "../table-scroll/table-scroll.js";

/** One row per indication: kind, situations, age (with how it is known), Databank rank and source. */
export function IndicationsTable(props: { page: PageContext; intervention: Intervention }) {
  const { page, intervention } = props;
  const text = messages(page.lang).components.indicationsTable;
  return (
    <TableScroll page={page} id="indications" labelledBy="indications-caption">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id="indications-caption">
          {text.caption(intervention.name)}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {text.kind}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.situations}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.age}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.rank}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {text.source}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {intervention.indications.map((indication) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{page.t.common[indication.kind]}</td>
              <td class="utrecht-table__cell">
                {indication.situations.length === 0
                  ? text.general
                  : indication.situations
                      .map((code) =>
                        localize(page.catalog.situationByCode.get(code)?.label ?? { nl: code }, page.lang),
                      )
                      .join("; ")}
              </td>
              <td class="utrecht-table__cell">
                {ageLabel(indication.age, page.lang)}
                {/* The label says how each end is known; a basis for the age as a whole
                    would say "vermeld" where only one end is (DOMAIN.md). */}
                {indication.age.text ? (
                  <>
                    <br />
                    <span class="hw-muted">{`${text.inSource}: “${indication.age.text}”`}</span>
                  </>
                ) : null}
                {indication.age.note ? (
                  <>
                    <br />
                    <span class="hw-muted">{localize(indication.age.note, page.lang)}</span>
                  </>
                ) : null}
              </td>
              <td class="utrecht-table__cell">{indication.databankRank ?? "–"}</td>
              <td class="utrecht-table__cell">
                {indication.source ? (
                  <SourceCitation source={indication.source} catalog={page.catalog} lang={page.lang} />
                ) : (
                  page.t.common.notStated
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
