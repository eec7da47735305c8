import { type FieldSpec, fieldName } from "./field-spec.js";
import { type EditorKind, KIND_SPECS } from "./item-kinds.js";
import { booleanChoice, linesOf, listOf, propertyOf, textOf } from "./item-value.js";

/** One submitted control: its name and value, in form order. */
export type FormPair = readonly [name: string, value: string];

/**
 * What the rendered form of this item submits untouched, in the same order: each field's
 * value, the checked checkboxes, and each group's blank row to add one. The renderer
 * (item-fields.tsx) fills its controls from the same specs, so the two agree.
 */
export function formValues(kind: EditorKind, item: unknown): FormPair[] {
  const spec = KIND_SPECS[kind];
  const value = spec.wrap ? { [spec.wrap]: item } : item;
  return spec.fields.flatMap((field) => fieldValues(field, "", propertyOf(value, field.key)));
}

function fieldValues(field: FieldSpec, prefix: string, value: unknown): FormPair[] {
  const name = fieldName(prefix, field.key);
  switch (field.type) {
    case "text":
    case "nullableText":
    case "number":
    case "enum":
    case "document":
      return [[name, textOf(value)]];
    case "localized":
      return [
        [`${name}.nl`, textOf(propertyOf(value, "nl"))],
        [`${name}.en`, textOf(propertyOf(value, "en"))],
      ];
    case "words":
      return [[name, linesOf(value)]];
    case "nullableBoolean":
    case "optionalBoolean":
      return [[name, booleanChoice(value)]];
    case "literalTrue":
      return value === true ? [[name, "true"]] : [];
    case "checkboxes":
      return listOf(value).map((code) => [name, textOf(code)] as const);
    case "object":
      return objectValues(field.fields, name, value);
    case "group": {
      const rows = listOf(value);
      return [...rows, undefined].flatMap((row, index) =>
        objectValues(field.fields, `${name}.${index}`, row),
      );
    }
    case "wordGroups": {
      const rows = listOf(value);
      return [...rows, undefined].map((row, index) => [`${name}.${index}`, linesOf(row)] as const);
    }
  }
}

function objectValues(fields: readonly FieldSpec[], prefix: string, value: unknown): FormPair[] {
  return fields.flatMap((field) => fieldValues(field, prefix, propertyOf(value, field.key)));
}
