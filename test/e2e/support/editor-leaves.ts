import type { FieldSpec } from "../../../src/web/pages/beheer/editor/field-spec.js";
import { fieldId, fieldName } from "../../../src/web/pages/beheer/editor/field-spec.js";
import { type EditorKind, KIND_SPECS } from "../../../src/web/pages/beheer/editor/item-kinds.js";
import { listOf, propertyOf } from "../../../src/web/pages/beheer/editor/item-value.js";

/**
 * One control of an item's editor form, found from the form engine's field specs (so a
 * field added to item-kinds.ts is found without changing a test).
 * `text`: a control a curator types words into (text, nullableText, localized, words,
 * word groups); `choice`: one that takes a value from a fixed set or a number (enum,
 * number, document, checkboxes). Booleans are left out: their three choices are all there is.
 */
export interface Leaf {
  readonly name: string;
  /** The id of its control, as the error summary links to it ("f-summary-professionals-nl"). */
  readonly id: string;
  /** The name with row numbers as `*`: the same field in every row ("facts.*.text.nl"). */
  readonly path: string;
  readonly spec: FieldSpec;
  readonly sort: "text" | "choice";
}

/**
 * The controls of an item's form in its existing rows and objects (not the blank row to
 * add one, not the fields of an optional object the item leaves out): those are the ones
 * a value can be typed into without having to fill in a whole new row.
 */
export function leavesOf(kind: EditorKind, item: unknown): Leaf[] {
  const spec = KIND_SPECS[kind];
  const value = spec.wrap ? { [spec.wrap]: item } : item;
  return spec.fields.flatMap((field) => fieldLeaves(field, "", propertyOf(value, field.key)));
}

function leaf(name: string, spec: FieldSpec, sort: Leaf["sort"]): Leaf {
  return { name, id: fieldId(name), path: name.replace(/\.\d+(?=\.|$)/g, ".*"), spec, sort };
}

function fieldLeaves(field: FieldSpec, prefix: string, value: unknown): Leaf[] {
  const name = fieldName(prefix, field.key);
  switch (field.type) {
    case "text":
    case "nullableText":
    case "words":
      return [leaf(name, field, "text")];
    case "localized":
      return [leaf(`${name}.nl`, field, "text"), leaf(`${name}.en`, field, "text")];
    case "enum":
    case "number":
    case "document":
    case "checkboxes":
      return [leaf(name, field, "choice")];
    case "nullableBoolean":
    case "optionalBoolean":
    case "literalTrue":
      return [];
    case "object":
      if (value === undefined) return [];
      return field.fields.flatMap((f) => fieldLeaves(f, name, propertyOf(value, f.key)));
    case "group":
      return listOf(value).flatMap((row, index) =>
        field.fields.flatMap((f) => fieldLeaves(f, `${name}.${index}`, propertyOf(row, f.key))),
      );
    case "wordGroups":
      return listOf(value).map((_, index) => leaf(`${name}.${index}`, field, "text"));
  }
}

/** Every field path of a kind that holds typed words, in any row: what the test must reach. */
export function textPathsOf(kind: EditorKind): string[] {
  const paths: string[] = [];
  const walk = (fields: readonly FieldSpec[], prefix: string) => {
    for (const field of fields) {
      const name = fieldName(prefix, field.key);
      if (field.type === "object") walk(field.fields, name);
      else if (field.type === "group") walk(field.fields, `${name}.*`);
      else if (field.type === "wordGroups") paths.push(`${name}.*`);
      else if (field.type === "localized") paths.push(`${name}.nl`, `${name}.en`);
      else if (field.type === "text" || field.type === "nullableText" || field.type === "words")
        paths.push(name);
    }
  };
  walk(KIND_SPECS[kind].fields, "");
  return paths;
}
