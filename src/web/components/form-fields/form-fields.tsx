import type { Child } from "hono/jsx";

/** One option of a select, radio group or checkbox group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  /** Shown after the label and tied to the input (aria-describedby), e.g. a recognition. */
  readonly description?: Child;
}

function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

function ErrorMessage(props: { id: string; error?: string | undefined }) {
  if (!props.error) return null;
  return (
    <p class="utrecht-form-field-error-message" id={props.id}>
      {props.error}
    </p>
  );
}

function Hint(props: { id: string; hint?: string | undefined }) {
  if (!props.hint) return null;
  return (
    <p class="utrecht-form-field-description" id={props.id}>
      {props.hint}
    </p>
  );
}

interface FieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** What a control inside a LabelledField needs to tie itself to the label, hint and error. */
interface ControlWiring {
  readonly invalid: boolean;
  readonly "aria-invalid": "true" | undefined;
  readonly "aria-describedby": string | undefined;
}

/**
 * The shell every single-control field shares: the field wrapper, its label, hint
 * and error, with the control's aria attributes worked out once.
 */
function LabelledField(props: FieldProps & { control: (wiring: ControlWiring) => Child }) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const invalid = Boolean(props.error);
  return (
    <div class={`utrecht-form-field${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <Hint id={hintId} hint={props.hint} />
      <ErrorMessage id={errorId} error={props.error} />
      {props.control({
        invalid,
        "aria-invalid": invalid ? "true" : undefined,
        "aria-describedby": describedBy(props.hint && hintId, props.error && errorId),
      })}
    </div>
  );
}

/** A labelled single-line input (text, number, e-mail, search) with hint and error. */
export function TextField(
  props: FieldProps & {
    value?: string | undefined;
    type?: "text" | "number" | "email" | "search" | "password";
    inputMode?: "numeric" | "text" | "email";
    autocomplete?: string;
    min?: number;
    max?: number;
    maxLength?: number;
    required?: boolean;
    /** Shown and sent, but not to be changed (an existing item's identifier). */
    readOnly?: boolean;
  },
) {
  return (
    <LabelledField
      {...props}
      control={(wiring) => (
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${wiring.invalid ? " utrecht-textbox--invalid" : ""}`}
          id={props.id}
          name={props.name}
          type={props.type ?? "text"}
          inputmode={props.inputMode}
          value={props.value ?? ""}
          min={props.min}
          max={props.max}
          maxlength={props.maxLength}
          autocomplete={props.autocomplete ?? "off"}
          required={props.required}
          readonly={props.readOnly}
          aria-invalid={wiring["aria-invalid"]}
          aria-describedby={wiring["aria-describedby"]}
        />
      )}
    />
  );
}

/** A labelled multi-line input. */
export function TextArea(
  props: FieldProps & { value?: string | undefined; maxLength?: number; required?: boolean; rows?: number },
) {
  return (
    <LabelledField
      {...props}
      control={(wiring) => (
        <textarea
          class={`utrecht-textarea utrecht-textarea--html-textarea${wiring.invalid ? " utrecht-textarea--invalid" : ""}`}
          id={props.id}
          name={props.name}
          rows={props.rows ?? 8}
          maxlength={props.maxLength}
          required={props.required}
          aria-invalid={wiring["aria-invalid"]}
          aria-describedby={wiring["aria-describedby"]}
        >
          {props.value ?? ""}
        </textarea>
      )}
    />
  );
}

/** A labelled select. */
export function SelectField(
  props: FieldProps & { choices: readonly FieldOption[]; value?: string | undefined },
) {
  return (
    <LabelledField
      {...props}
      control={(wiring) => (
        <select
          class={`utrecht-select utrecht-select--html-select${wiring.invalid ? " utrecht-select--invalid" : ""}`}
          id={props.id}
          name={props.name}
          aria-invalid={wiring["aria-invalid"]}
          aria-describedby={wiring["aria-describedby"]}
        >
          {props.choices.map((choice) => (
            <option value={choice.value} selected={choice.value === props.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** The id of one option's input in a group; the first one is where an error link points. */
export function choiceId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}

/**
 * A fieldset of radio buttons or checkboxes with a legend, hint and error. The
 * group's hint and error are tied to each input with aria-describedby.
 */
export function ChoiceGroup(
  props: Omit<FieldProps, "label"> & {
    legend: Child;
    type: "radio" | "checkbox";
    choices: readonly FieldOption[];
    selected: readonly string[];
  },
) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const invalid = Boolean(props.error);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      id={props.id}
    >
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      <Hint id={hintId} hint={props.hint} />
      <ErrorMessage id={errorId} error={props.error} />
      {props.choices.map((choice) => {
        const id = choiceId(props.id, choice.value);
        const descriptionId = choice.description !== undefined && `${id}-description`;
        return (
          <div class="hw-choice">
            <input
              type={props.type}
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.selected.includes(choice.value)}
              aria-describedby={describedBy(props.hint && hintId, props.error && errorId, descriptionId)}
            />
            <label for={id}>{choice.label}</label>
            {descriptionId ? (
              <>
                {" "}
                <span id={descriptionId} class="hw-choice__description">
                  {choice.description}
                </span>
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The actions row every form ends with: the submit button, then any extra links (such as
 * "reset filters"). One place for its markup so all forms look and behave alike.
 */
export function SubmitActions(props: {
  label: string;
  /** A second-rank action (giving something up) looks quieter than the main one. */
  secondary?: boolean;
  children?: Child;
}) {
  return (
    <div class="hw-actions">
      <button class={props.secondary ? "hw-button hw-button--secondary" : "hw-button"} type="submit">
        {props.label}
      </button>
      {props.children}
    </div>
  );
}
