import type { SiteMessages } from "../../page-context.js";

/** One problem in a form, pointing at the field to fix. */
export interface FormError {
  /** The id of the input (or first input of a group) to jump to. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The error summary at the top of an invalid form (GOV.UK / NL Design System
 * pattern): role=alert so it is announced, one link per problem to its field.
 */
export function ErrorSummary(props: { t: SiteMessages; errors: readonly FormError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div
      class="hw-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      data-error-summary
    >
      <h2 id="error-summary-title">{props.t.errorSummary.title}</h2>
      <ul>
        {props.errors.map((error) => (
          <li>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
