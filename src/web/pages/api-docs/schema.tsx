import { TableScroll } from "../../components/table-scroll/table-scroll.js";
import type { PageContext } from "../../page-context.js";

/**
 * Pieces of the API reference page that show JSON Schemas from the OpenAPI document.
 */

/** A JSON Schema as the OpenAPI document holds it (only what the page shows). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
  default?: unknown;
  format?: string;
  pattern?: string;
}

/** Shows a description's `code` spans (OpenAPI descriptions are Markdown) as <code>. */
export function Described({ text }: { text: string | undefined }) {
  if (!text) return null;
  return <>{text.split("`").map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

function refName(ref: string): string {
  return ref.replace("#/components/schemas/", "");
}

function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return refName(schema.$ref);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeText).join(" | ");
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (types === "array") return `array of ${typeText(schema.items)}`;
  const limits: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    limits.push(`${schema.minimum ?? "…"}–${schema.maximum ?? "…"}`);
  }
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    limits.push(`length ${schema.minLength ?? 0}–${schema.maxLength ?? "…"}`);
  }
  if (schema.format) limits.push(schema.format);
  return limits.length > 0 ? `${types} (${limits.join(", ")})` : types;
}

/** A schema's type in words, linked to the schema's section when it is a named component. */
export function SchemaType({ schema }: { schema: JsonSchema | undefined }) {
  const ref = schema?.$ref ?? (schema?.type === "array" ? schema.items?.$ref : undefined);
  if (ref) {
    const name = refName(ref);
    return (
      <a href={`#schema-${name}`}>
        {schema?.type === "array" ? "array of " : ""}
        {name}
      </a>
    );
  }
  return <code>{typeText(schema)}</code>;
}

/** One line of a field table: a parameter or a property. */
export interface FieldRow {
  readonly name: string;
  /** Where a parameter goes (query, path); properties have none. */
  readonly in?: string | undefined;
  readonly schema: JsonSchema | undefined;
  readonly required: boolean;
  readonly notes: string;
}

/** Parameters or an object's fields as a table: name, (where,) type, required, notes. */
export function FieldTable(props: {
  page: PageContext;
  id: string;
  labelledBy: string;
  nameHeader: string;
  rows: readonly FieldRow[];
}) {
  const withIn = props.rows.some((row) => row.in !== undefined);
  const headers = [
    props.nameHeader,
    ...(withIn ? ["In"] : []),
    "Type",
    "Verplicht / Required",
    "Toelichting / Notes",
  ];
  return (
    <TableScroll page={props.page} id={props.id} labelledBy={props.labelledBy}>
      <table class="utrecht-table utrecht-table--html-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {headers.map((header) => (
              <th class="utrecht-table__header-cell" scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {props.rows.map((row) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <code>{row.name}</code>
              </td>
              {withIn ? <td class="utrecht-table__cell">{row.in}</td> : null}
              <td class="utrecht-table__cell">
                <SchemaType schema={row.schema} />
              </td>
              <td class="utrecht-table__cell">{row.required ? "ja / yes" : "nee / no"}</td>
              <td class="utrecht-table__cell">{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** An object schema's fields as a table: name, type, required, notes. */
export function PropertyTable({
  page,
  name,
  schema,
}: {
  page: PageContext;
  name: string;
  schema: JsonSchema;
}) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return <p>{typeText(schema)}</p>;
  const required = new Set(schema.required ?? []);
  return (
    <FieldTable
      page={page}
      id={`schema-${name}-fields`}
      labelledBy={`schema-${name}`}
      nameHeader="Veld / Field"
      rows={properties.map(([field, property]) => ({
        name: field,
        schema: property,
        required: required.has(field),
        notes: property.description ?? "",
      }))}
    />
  );
}
