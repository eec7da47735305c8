import { messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";

/**
 * What changed between two versions of one knowledge-base item, field by field, for the
 * curators reviewing a change (the history, a draft, an edit conflict). Pure: it compares
 * two parsed items and words the result; no I/O.
 */

/** Where a field sits in an item: property names and list positions (0-based), e.g. ["indications", 1, "age", "from"]. */
export type FieldPath = readonly (string | number)[];

/** One changed field: absent `before` means it was added, absent `after` that it was removed. */
export interface FieldChange {
  readonly path: FieldPath;
  readonly before?: string;
  readonly after?: string;
}

type Plain = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Equal as data: same scalars, same lists in the same order, same fields whatever their order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = presentKeys(a);
    return keys.length === presentKeys(b).length && keys.every((key) => same(a[key], b[key]));
  }
  return false;
}

/** The fields that hold a value (a field set to undefined is as good as absent). */
function presentKeys(value: Plain): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * The fields of both versions in the item's own order: the new version's order, with a
 * field only the old version has put back after the field it followed there.
 */
function fieldsInOrder(before: Plain, after: Plain): string[] {
  const order = presentKeys(after);
  const previous = presentKeys(before);
  let place = 0;
  for (const key of previous) {
    if (order.includes(key)) place = order.indexOf(key) + 1;
    else order.splice(place++, 0, key);
  }
  return order;
}

/** How a field's name reads: its label in /beheer, or a list position counted from 1. */
function segmentLabel(segment: string | number, lang: Lang): string {
  if (typeof segment === "number") return String(segment + 1);
  const labels: Readonly<Record<string, string>> = messages(lang).beheer.fields;
  return labels[segment] ?? segment;
}

/** A field's place in words, e.g. "Indicaties › 2 › Leeftijd › Vanaf (jaar)"; the empty path is the whole item. */
export function fieldPathLabel(path: FieldPath, lang: Lang): string {
  if (path.length === 0) return messages(lang).beheer.fieldDiff.wholeItem;
  return path.map((segment) => segmentLabel(segment, lang)).join(" › ");
}

/**
 * A value as a reader reads it, never as JSON: a text as it is, a list of words joined by
 * commas, and a whole element (a recognition, an indication) as "Label: value" parts.
 */
export function readableValue(value: unknown, lang: Lang): string {
  const words = messages(lang).beheer.fieldDiff;
  if (value === null) return words.unknown;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string") return value === "" ? words.empty : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    if (value.every((item) => typeof item === "string" || typeof item === "number")) return value.join(", ");
    return value.map((item, index) => `${index + 1}. ${readableValue(item, lang)}`).join(" ");
  }
  if (isPlainObject(value)) {
    const parts = presentKeys(value).map((key) => {
      const inner = readableValue(value[key], lang);
      return isPlainObject(value[key])
        ? `${segmentLabel(key, lang)} (${inner})`
        : `${segmentLabel(key, lang)}: ${inner}`;
    });
    return parts.length === 0 ? words.empty : parts.join("; ");
  }
  return String(value);
}

/** A change of one whole value: what it was and what it is, in words. */
function wholeChange(path: FieldPath, before: unknown, after: unknown, lang: Lang): FieldChange {
  return {
    path,
    ...(before !== undefined && { before: readableValue(before, lang) }),
    ...(after !== undefined && { after: readableValue(after, lang) }),
  };
}

function collect(path: FieldPath, before: unknown, after: unknown, lang: Lang, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of fieldsInOrder(before, after))
      collect([...path, key], before[key], after[key], lang, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // By position: an element added or removed at the end is one change for the whole element.
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const inBefore = index < before.length;
      const inAfter = index < after.length;
      if (inBefore && inAfter) collect([...path, index], before[index], after[index], lang, out);
      else out.push(wholeChange([...path, index], before[index], after[index], lang));
    }
    return;
  }
  out.push(wholeChange(path, before, after, lang));
}

/**
 * The changes from one version of an item to the next, in the item's own order. An item
 * that is new (before undefined) or removed (after undefined) is shown field by field, so
 * it reads like any other change; nested fields are compared field by field and lists
 * element by element by position.
 */
export function fieldChanges(before: unknown, after: unknown, lang: Lang): FieldChange[] {
  const out: FieldChange[] = [];
  if (before === undefined && isPlainObject(after)) collect([], {}, after, lang, out);
  else if (after === undefined && isPlainObject(before)) collect([], before, {}, lang, out);
  else collect([], before, after, lang, out);
  return out;
}
