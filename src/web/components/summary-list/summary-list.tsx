import type { Child } from "hono/jsx";

/** One row of a summary list: what it is, its value, and where to change it (if it can be). */
export interface SummaryRow {
  readonly key: string;
  readonly value: Child;
  readonly change?: { readonly href: string; readonly label: string };
}

/**
 * GOV.UK's summary list: key and value side by side, stacked on a phone, with an
 * optional "Wijzigen" link whose hidden words name the row for a screen reader.
 */
export function SummaryList(props: { rows: readonly SummaryRow[]; facts?: boolean }) {
  return (
    <dl class={props.facts ? "hw-summary-list hw-summary-list--facts" : "hw-summary-list"}>
      {props.rows.map((row) => (
        <div class="hw-summary-list__row">
          <dt class="hw-summary-list__key">{row.key}</dt>
          <dd class="hw-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd class="hw-summary-list__actions">
              <a href={row.change.href}>
                {row.change.label}
                <span class="hw-visually-hidden"> {row.key}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
