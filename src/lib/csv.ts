/**
 * CSV for downloads that spreadsheets and data tools open (RFC 4180): a header line,
 * a byte order mark, and formula-like text made plain. Every CSV export writes with it.
 */

/** Byte order mark: lets Excel open the UTF-8 file with its accents intact (docs/decisions/052). */
export const UTF8_BOM = "\uFEFF";

/** What a CSV cell may hold: a list is joined with "; ", null is empty. */
export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * Rows as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes, quotes doubled), with a header line of the
 * column keys and a leading byte order mark (decision 052).
 */
export function csvTable<Column extends string>(
  columns: readonly Column[],
  rows: readonly { readonly [key in Column]: CsvValue }[],
): string {
  const lines = [columns.join(",")];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(cellValue(row[column]))).join(","));
  }
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

function cellValue(value: CsvValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}

// A text cell that starts like a formula would run as one in a spreadsheet; a
// leading apostrophe makes it plain text (OWASP "CSV injection"). Numbers pass.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one CSV field where RFC 4180 requires it and defuses formula-like text. */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
