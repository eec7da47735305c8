import { localize } from "../../../domain/text.js";
import type { PageContext } from "../../page-context.js";

/**
 * The warning every advice and the home page carry: the practices that are not
 * effective or harmful, each linking to its explanation on /niet-doen.
 */
export function HarmfulWarning(props: { page: PageContext; headingLevel?: 2 | 3 }) {
  const { page } = props;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section class="hw-warning" aria-labelledby="harmful-warning-title">
      <Heading id="harmful-warning-title">{page.t.harmfulWarning.title}</Heading>
      <p>{page.t.harmfulWarning.lead}</p>
      <ul>
        {page.catalog.harmfulPractices.map((practice) => (
          <li>
            <a href={page.href(`/niet-doen#${practice.id}`)}>{localize(practice.name, page.lang)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A practice as the advice names it: its id on /niet-doen, its name and why not. */
export interface NamedWarning {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/**
 * The warning in short, for the keuzehulp result: one always-visible line with every
 * practice by name, the reasons folded away (printed open), and the full page a link away.
 */
export function CompactHarmfulWarning(props: { page: PageContext; warnings: readonly NamedWarning[] }) {
  const { page, warnings } = props;
  const text = page.t.harmfulWarning;
  return (
    <section class="hw-warning hw-warning--compact" aria-labelledby="harmful-warning-title">
      <p>
        <strong id="harmful-warning-title">{text.compactTitle}</strong>: {text.compactLead}{" "}
        {warnings.map((warning, index) => (
          <>
            {index > 0 ? ", " : ""}
            <a href={page.href(`/niet-doen#${warning.id}`)}>{warning.name}</a>
          </>
        ))}
        . <a href={page.href("/niet-doen")}>{text.allOnPage}</a>
      </p>
      <details>
        <summary>{text.whyNot}</summary>
        <ul>
          {warnings.map((warning) => (
            <li>
              <strong>{warning.name}</strong>: {warning.text}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
