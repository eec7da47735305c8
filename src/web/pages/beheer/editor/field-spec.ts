import type { messages } from "../../../../domain/messages/index.js";

/**
 * What a form field is, as plain data: the editor renders, fills in, reads back and names
 * problems from these specs alone (one spec per item kind, item-kinds.ts). `key` is the
 * property name in the content schema; its label is `beheer.fields[key]`.
 */
export type FieldKey = keyof ReturnType<typeof messages>["beheer"]["fields"];
type EditorTexts = ReturnType<typeof messages>["beheer"]["editor"];
export type HintKey = keyof EditorTexts["hints"];
export type RowKey = keyof EditorTexts["rows"];

/** Fixed vocabularies shown as a select, each with its own labels. */
export type EnumName = "indicationKind" | "recognitionLevel" | "ageBasis" | "noteKind" | "factTopic";

/** Lists of choices from the current catalogue (or, for bounds, a fixed pair), shown as checkboxes. */
export type ChoiceSource = "situations" | "interventions" | "bounds";

interface Base {
  readonly key: FieldKey;
  readonly hint?: HintKey;
}

export type FieldSpec =
  /** One line; `optional`: blank leaves it out. `long`: a textarea. */
  | (Base & { readonly type: "text"; readonly optional?: boolean; readonly long?: boolean })
  /** One line; blank means null ("niet vermeld"). */
  | (Base & { readonly type: "nullableText" })
  /** A Dutch and an English text; English may stay blank. `optional`: both blank leaves it out. */
  | (Base & { readonly type: "localized"; readonly optional?: boolean; readonly long?: boolean })
  /** A list of words, one per line in a textarea. `optional`: an empty list is left out. */
  | (Base & { readonly type: "words"; readonly optional?: boolean })
  /** One of a fixed vocabulary, as a select with a blank first option. */
  | (Base & { readonly type: "enum"; readonly values: readonly string[]; readonly names: EnumName })
  /** ja / nee / niet vermeld: true, false or null. */
  | (Base & { readonly type: "nullableBoolean" })
  /** —, ja, nee: left out, true or false (so an explicit false survives an edit). */
  | (Base & { readonly type: "optionalBoolean" })
  /** A checkbox that stands for `true`; unchecked leaves the field out. */
  | (Base & { readonly type: "literalTrue" })
  /** An optional whole number; what is typed that is no number is kept, for the schema to report. */
  | (Base & { readonly type: "number" })
  /** A source document of the catalogue, as a select. */
  | (Base & { readonly type: "document" })
  /** Checkboxes for a list of codes. `optional`: none checked leaves it out. */
  | (Base & { readonly type: "checkboxes"; readonly from: ChoiceSource; readonly optional?: boolean })
  /** A nested object in a fieldset. `optional`: left out when all its fields are blank. */
  | (Base & { readonly type: "object"; readonly fields: readonly FieldSpec[]; readonly optional?: boolean })
  /**
   * A repeatable group: each row an object; the existing rows with a remove checkbox, then
   * one blank row to add one. `optional`: no rows leaves it out.
   */
  | (Base & {
      readonly type: "group";
      readonly row: RowKey;
      readonly fields: readonly FieldSpec[];
      readonly optional?: boolean;
    })
  /** A repeatable list of word lists (the synonym groups), one textarea per group. */
  | (Base & { readonly type: "wordGroups"; readonly row: RowKey });

/** The dotted name of a field inside its parent: "indications.0.age.from". */
export function fieldName(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

/** The id of the control (or fieldset) with this name: "f-indications-0-age-from". */
export function fieldId(name: string): string {
  return `f-${name.replaceAll(".", "-")}`;
}

/** The name of a row's remove checkbox. */
export function removeName(rowName: string): string {
  return `${rowName}._remove`;
}
