/**
 * The part of the API's OpenAPI 3.1 document the reference page shows. The app hands
 * the page the document the API built (pages may not import the API, decision 078);
 * the page reads paths and schemas as the loose JSON they are.
 */
export interface ApiDescription {
  readonly openapi: string;
  readonly info: { readonly version: string; readonly description?: string | undefined };
  readonly paths?: unknown;
  readonly components?: { readonly schemas?: unknown } | undefined;
}
