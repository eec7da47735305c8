import type { Child } from "hono/jsx";
import { messages } from "../../../../domain/messages/index.js";
import type { Lang } from "../../../../domain/text.js";
import {
  ChoiceGroup,
  SelectField,
  TextArea,
  TextField,
} from "../../../components/form-fields/form-fields.js";
import {
  checkboxOptions,
  chosenFirst,
  type EditorChoices,
  enumOptions,
  selectOptions,
} from "./choice-lists.js";
import { Checkbox, Fieldset } from "./editor-controls.js";
import { type FieldSpec, fieldId, fieldName, removeName } from "./field-spec.js";
import { type EditorKind, KIND_SPECS } from "./item-kinds.js";
import { booleanChoice, linesOf, listOf, propertyOf, textOf } from "./item-value.js";

/** A problem to show next to its field: `text` when given (problemFields), else `message`. */
export interface ShownProblem {
  readonly fieldId: string;
  readonly message: string;
  readonly text?: string;
}

/** What every field of one form needs: the language, the catalogue's choices, the problems. */
interface FormContext {
  readonly lang: Lang;
  readonly choices: EditorChoices;
  readonly errorFor: (id: string) => string | undefined;
  /** Field names shown but not to be changed. */
  readonly fixed: readonly string[];
}

/**
 * Every field of one item, as controls named by their dotted path ("indications.0.age.from"),
 * from the kind's spec (item-kinds.ts). `item` may be what a curator sent and the checks
 * refused: it is shown as it is. Put it in a form with the CSRF field and a submit button.
 */
export function ItemFields(props: {
  lang: Lang;
  kind: EditorKind;
  item: unknown;
  /** The catalogue's situations, documents and interventions (editorChoices). */
  options: EditorChoices;
  errors?: readonly ShownProblem[] | undefined;
  /** Names of fields to show read-only: an existing item's identifier ("id", a situation's "code"). */
  fixed?: readonly string[];
}) {
  const spec = KIND_SPECS[props.kind];
  const value = spec.wrap ? { [spec.wrap]: props.item } : props.item;
  const errors = props.errors ?? [];
  const ctx: FormContext = {
    lang: props.lang,
    choices: props.options,
    fixed: props.fixed ?? [],
    errorFor(id) {
      const texts = errors.filter((e) => e.fieldId === id).map((e) => e.text ?? e.message);
      return texts.length > 0 ? texts.join("; ") : undefined;
    },
  };
  return <>{spec.fields.map((field) => renderField(field, "", propertyOf(value, field.key), ctx))}</>;
}

/** Enough rows to show a text whole, as far as a screen allows: about 40 characters a line. */
function rowsFor(text: string, least: number): number {
  const lines = text.split("\n").reduce((sum, line) => sum + Math.ceil(line.length / 40 || 1), 0);
  return Math.min(Math.max(least, lines + 1), 15);
}

function texts(ctx: FormContext) {
  return messages(ctx.lang).beheer;
}

function renderField(field: FieldSpec, prefix: string, value: unknown, ctx: FormContext): Child {
  const name = fieldName(prefix, field.key);
  const id = fieldId(name);
  const t = texts(ctx);
  const common = {
    id,
    name,
    label: t.fields[field.key],
    hint: field.hint ? t.editor.hints[field.hint] : undefined,
    error: ctx.errorFor(id),
  };
  switch (field.type) {
    case "text":
      return field.long ? (
        <TextArea {...common} value={textOf(value)} rows={rowsFor(textOf(value), 4)} />
      ) : (
        <TextField {...common} value={textOf(value)} readOnly={ctx.fixed.includes(name)} />
      );
    case "nullableText":
      return <TextField {...common} value={textOf(value)} />;
    case "number":
      return <TextField {...common} value={textOf(value)} inputMode="numeric" />;
    case "words":
      return (
        <TextArea
          {...common}
          hint={common.hint ?? t.editor.hints.words}
          value={linesOf(value)}
          rows={rowsFor(linesOf(value), 3)}
        />
      );
    case "enum":
      return (
        <SelectField
          {...common}
          value={textOf(value)}
          choices={selectOptions(ctx.lang, enumOptions(ctx.lang, field.names, field.values), textOf(value))}
        />
      );
    case "document":
      return (
        <SelectField
          {...common}
          value={textOf(value)}
          choices={selectOptions(ctx.lang, ctx.choices.documents, textOf(value))}
        />
      );
    case "nullableBoolean":
    case "optionalBoolean":
      return (
        <SelectField {...common} value={booleanChoice(value)} choices={booleanOptions(field.type, ctx)} />
      );
    case "literalTrue":
      return <Checkbox {...common} value="true" checked={value === true} />;
    case "checkboxes": {
      const chosen = listOf(value).map(textOf);
      return (
        <ChoiceGroup
          {...common}
          legend={common.label}
          type="checkbox"
          choices={chosenFirst(checkboxOptions(ctx.lang, field.from, ctx.choices), chosen)}
          selected={chosen}
        />
      );
    }
    case "localized":
      return (
        <Fieldset id={id} legend={common.label} hint={common.hint} error={common.error}>
          {(["nl", "en"] as const).map((language) => {
            const part = {
              id: fieldId(`${name}.${language}`),
              name: `${name}.${language}`,
              label: t.fields[language],
              value: textOf(propertyOf(value, language)),
              error: ctx.errorFor(fieldId(`${name}.${language}`)),
            };
            return field.long ? (
              <TextArea {...part} rows={rowsFor(part.value, 4)} />
            ) : (
              <TextField {...part} />
            );
          })}
        </Fieldset>
      );
    case "object":
      return (
        <Fieldset id={id} legend={common.label} hint={common.hint} error={common.error}>
          {renderFields(field.fields, name, value, ctx)}
        </Fieldset>
      );
    case "group":
    case "wordGroups":
      return (
        <Fieldset id={id} legend={common.label} hint={common.hint} error={common.error}>
          {renderRows(field, name, listOf(value), ctx)}
        </Fieldset>
      );
  }
}

function renderFields(fields: readonly FieldSpec[], prefix: string, value: unknown, ctx: FormContext): Child {
  return fields.map((field) => renderField(field, prefix, propertyOf(value, field.key), ctx));
}

/** A group's existing rows, each with its remove checkbox, then the blank row to add one. */
function renderRows(
  field: Extract<FieldSpec, { type: "group" | "wordGroups" }>,
  name: string,
  rows: readonly unknown[],
  ctx: FormContext,
): Child {
  const t = texts(ctx);
  const rowName = t.editor.rows[field.row];
  const rowFields = (row: string, value: unknown) => {
    if (field.type === "group") return renderFields(field.fields, row, value, ctx);
    return (
      <TextArea
        id={fieldId(row)}
        name={row}
        label={t.fields[field.key]}
        value={linesOf(value)}
        rows={rowsFor(linesOf(value), 3)}
        error={ctx.errorFor(fieldId(row))}
      />
    );
  };
  // Only a group of objects gives its rows an id: a synonym group's id is its textarea's.
  const rowId = (row: string) => (field.type === "group" ? fieldId(row) : undefined);
  return (
    <>
      {rows.map((value, index) => {
        const row = `${name}.${index}`;
        return (
          <Fieldset
            id={rowId(row)}
            legend={t.editor.row(rowName, index + 1)}
            error={ctx.errorFor(fieldId(row))}
          >
            {rowFields(row, value)}
            <Checkbox
              id={fieldId(removeName(row))}
              name={removeName(row)}
              value="1"
              label={t.editor.remove}
              checked={false}
            />
          </Fieldset>
        );
      })}
      <Fieldset
        id={rowId(`${name}.${rows.length}`)}
        legend={t.editor.newRow(rowName)}
        hint={t.editor.newRowHint}
      >
        {rowFields(`${name}.${rows.length}`, undefined)}
      </Fieldset>
    </>
  );
}

function booleanOptions(type: "nullableBoolean" | "optionalBoolean", ctx: FormContext) {
  const choices = texts(ctx).editor.choices;
  const options = [
    { value: "", label: choices.none },
    { value: "true", label: choices.yes },
    { value: "false", label: choices.no },
  ];
  return type === "nullableBoolean" ? [...options, { value: "null", label: choices.notStated }] : options;
}
