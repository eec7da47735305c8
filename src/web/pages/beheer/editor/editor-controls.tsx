import type { Child } from "hono/jsx";

/**
 * The two controls the shared form fields (components/form-fields) do not have: a fieldset
 * around a group of fields, and one checkbox with its label.
 */

function ErrorText(props: { id: string; error: string | undefined }) {
  if (!props.error) return null;
  return (
    <p class="utrecht-form-field-error-message" id={props.id}>
      {props.error}
    </p>
  );
}

/** A group of fields (an object, a row, a Dutch/English pair) with its legend, hint and error. */
export function Fieldset(props: {
  id?: string | undefined;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children?: Child;
}) {
  const invalid = Boolean(props.error);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hw-editor-group${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      id={props.id}
    >
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.hint ? <p class="utrecht-form-field-description">{props.hint}</p> : null}
      {props.id ? <ErrorText id={`${props.id}-error`} error={props.error} /> : null}
      {props.children}
    </fieldset>
  );
}

/** One checkbox with its label beside it (a literal `true`, or a row's "remove"). */
export function Checkbox(props: {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
  error?: string | undefined;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div class={`hw-choice${props.error ? " utrecht-form-field--invalid" : ""}`}>
      <ErrorText id={errorId} error={props.error} />
      <input
        type="checkbox"
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
