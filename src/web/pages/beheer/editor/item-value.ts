/**
 * Reading an item loosely: the form shows a stored item, but also what a curator sent that
 * did not pass the checks (a word in a number field), so nothing here trusts the shape.
 */

/** A property of an object, or undefined for anything else. */
export function propertyOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** A list, or no rows for anything else. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A value as a control shows it: text as it is, numbers and booleans as written, the rest blank. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** A list of words as one textarea holds them: one per line. */
export function linesOf(value: unknown): string {
  return listOf(value).map(textOf).join("\n");
}

/** The select value of a true / false / null field; undefined (not chosen yet) is blank. */
export function booleanChoice(value: unknown): string {
  if (value === true) return "true";
  if (value === false) return "false";
  if (value === null) return "null";
  return textOf(value);
}
