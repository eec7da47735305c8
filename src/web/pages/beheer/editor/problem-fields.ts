import { messages } from "../../../../domain/messages/index.js";
import { LANGS, type Lang } from "../../../../domain/text.js";
import type { ContentProblem } from "../../../../domain/types.js";
import type { FormError } from "../../../components/error-summary/error-summary.js";
import { type FieldSpec, fieldId, fieldName } from "./field-spec.js";
import { type EditorKind, KIND_SPECS } from "./item-kinds.js";
import { problemText } from "./problem-texts.js";

/** A problem of the content check (file + dotted path in it) or of the item's zod schema. */
export type ItemProblem =
  | ContentProblem
  | { readonly path: readonly PropertyKey[]; readonly message: string };

/**
 * A problem as the editor shows it: `message` for the error summary ("Indicatie 2 › Leeftijd ›
 * Vanaf (jaar): moet een getal zijn"), `text` next to the field, `fieldId` to link to.
 */
export interface FieldProblem extends FormError {
  readonly text: string;
}

/** Where a problem is in the form: the control's id and the labels leading to it. */
interface Place {
  readonly id: string;
  readonly labels: readonly string[];
}

/**
 * The problems with an item as error-summary entries pointing at its form's controls. A
 * check's path is read from the item's own file: "harmfulPractices.3.source" is field
 * "source" of a harmful practice; a zod path is the item's own.
 *
 * The paths count the rows of the checked item, not of the form that was sent (a removed
 * row shifts the ones after it): show the problems on the form rendered from that item.
 */
export function problemFields(
  kind: EditorKind,
  problems: readonly ItemProblem[],
  lang: Lang = "nl",
): FieldProblem[] {
  const texts = messages(lang).beheer;
  return problems.map((problem) => {
    const place = locate(KIND_SPECS[kind].fields, itemPath(kind, problem), lang);
    const text = problemText(problem.message, lang);
    const trail = texts.editor.trail(place.labels);
    return { fieldId: place.id, text, message: trail === "" ? text : `${trail}: ${text}` };
  });
}

/** The path inside the form: a file's list position dropped, the synonym list under its field. */
function itemPath(kind: EditorKind, problem: ItemProblem): string[] {
  const spec = KIND_SPECS[kind];
  if (!("file" in problem)) {
    const path = problem.path.map(String);
    return spec.wrap ? [spec.wrap, ...path] : path;
  }
  const path = problem.path === "" ? [] : problem.path.split(".");
  if (spec.fileList && path[0] === spec.fileList) return path.slice(2);
  return path;
}

/**
 * Follows a path through the specs to the control it names; a path that ends on a group or
 * object (or goes on inside a list of words) stops at that group's fieldset or that control.
 */
function locate(fields: readonly FieldSpec[], path: readonly string[], lang: Lang): Place {
  const first = fields[0];
  const start: Place = { id: fieldId(first ? first.key : "form"), labels: [] };
  return step(fields, "", path, start, lang);
}

function step(
  fields: readonly FieldSpec[],
  prefix: string,
  path: readonly string[],
  here: Place,
  lang: Lang,
): Place {
  const texts = messages(lang).beheer;
  const [key, ...rest] = path;
  const field = fields.find((f) => f.key === key);
  if (!field) return here;
  const name = fieldName(prefix, field.key);
  const place: Place = { id: fieldId(name), labels: [...here.labels, texts.fields[field.key]] };
  switch (field.type) {
    case "localized": {
      const language = LANGS.find((l) => l === rest[0]) ?? "nl";
      return { id: fieldId(`${name}.${language}`), labels: [...place.labels, texts.fields[language]] };
    }
    case "object":
      return step(field.fields, name, rest, place, lang);
    case "group":
    case "wordGroups": {
      const [position, ...inside] = rest;
      if (position === undefined || !/^\d+$/.test(position)) return place;
      const row = texts.editor.row(texts.editor.rows[field.row], Number(position) + 1);
      const rowPlace = { id: fieldId(`${name}.${position}`), labels: [...here.labels, row] };
      return field.type === "group"
        ? step(field.fields, `${name}.${position}`, inside, rowPlace, lang)
        : rowPlace;
    }
    default:
      return place;
  }
}
