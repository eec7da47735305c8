import { type FieldSpec, fieldName, removeName } from "./field-spec.js";
import { FormBody, type SubmittedForm } from "./form-body.js";
import { type EditorKind, KIND_SPECS } from "./item-kinds.js";

/**
 * A submitted editor form back into an item, for the kind's zod schema to check. Blank
 * optional fields are left out, numbers are read, removed and blank new rows dropped. What
 * does not read as intended (a word in a number field) is kept as typed, so the schema
 * reports it at its field instead of it silently disappearing.
 */
export function parseItemForm(kind: EditorKind, submitted: SubmittedForm): unknown {
  const spec = KIND_SPECS[kind];
  const item = parseFields(spec.fields, "", new FormBody(submitted));
  return spec.wrap ? item[spec.wrap] : item;
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

function parseFields(fields: readonly FieldSpec[], prefix: string, body: FormBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = parseField(field, fieldName(prefix, field.key), body);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

/** Words one per line: trimmed, blank lines dropped. */
function words(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The rows of a group that stay: not marked for removal, not left blank. */
function keptRows(name: string, body: FormBody): string[] {
  return body
    .rowNumbers(name)
    .map((position) => `${name}.${position}`)
    .filter((row) => body.get(removeName(row)) === "" && body.hasInput(row));
}

function parseField(field: FieldSpec, name: string, body: FormBody): unknown {
  const text = body.get(name);
  switch (field.type) {
    case "text":
      // A required text left blank stays "", which the schema calls empty.
      return isBlank(text) && field.optional ? undefined : text;
    case "nullableText":
      return isBlank(text) ? null : text;
    case "enum":
    case "document":
      return isBlank(text) ? undefined : text;
    case "localized": {
      const nl = body.get(`${name}.nl`);
      const en = body.get(`${name}.en`);
      if (isBlank(nl) && isBlank(en) && field.optional) return undefined;
      return isBlank(en) ? { nl } : { nl, en };
    }
    case "words": {
      const list = words(text);
      return list.length === 0 && field.optional ? undefined : list;
    }
    case "nullableBoolean":
    case "optionalBoolean":
      return booleanOf(text);
    case "literalTrue":
      return body.all(name).includes("true") ? true : undefined;
    case "number":
      return numberOf(text);
    case "checkboxes": {
      const codes = body.all(name).filter((code) => !isBlank(code));
      return codes.length === 0 && field.optional ? undefined : codes;
    }
    case "object":
      if (field.optional && !body.hasInput(name)) return undefined;
      return parseFields(field.fields, name, body);
    case "group": {
      const rows = keptRows(name, body).map((row) => parseFields(field.fields, row, body));
      return rows.length === 0 && field.optional ? undefined : rows;
    }
    case "wordGroups":
      return keptRows(name, body).map((row) => words(body.get(row)));
  }
}

function booleanOf(text: string): unknown {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "null") return null;
  return isBlank(text) ? undefined : text;
}

/** A number as typed; anything else that is not blank stays text, for the schema to refuse. */
function numberOf(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return /^-?\d+(\.\d+)?$/.test(trimmed) && Number.isFinite(number) ? number : text;
}
