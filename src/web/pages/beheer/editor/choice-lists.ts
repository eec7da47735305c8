import { messages } from "../../../../domain/messages/index.js";
import { type Lang, localize } from "../../../../domain/text.js";
import type { Catalog } from "../../../../domain/types.js";
import type { FieldOption } from "../../../components/form-fields/form-fields.js";
import type { ChoiceSource, EnumName } from "./field-spec.js";

/** The choices the current catalogue offers: situation codes, source documents, interventions. */
export interface EditorChoices {
  readonly situations: readonly FieldOption[];
  readonly documents: readonly FieldOption[];
  readonly interventions: readonly FieldOption[];
}

/** The catalogue's situations (with their label), documents (title) and interventions (name). */
export function editorChoices(
  catalog: Pick<Catalog, "situations" | "sources" | "interventions">,
  lang: Lang,
): EditorChoices {
  return {
    situations: catalog.situations.map((s) => ({ value: s.code, label: localize(s.label, lang) })),
    documents: catalog.sources.map((s) => ({ value: s.id, label: s.title })),
    interventions: catalog.interventions.map((i) => ({ value: i.id, label: i.name })),
  };
}

/** The options of a fixed vocabulary, in the curator's language. */
export function enumOptions(lang: Lang, names: EnumName, values: readonly string[]): FieldOption[] {
  const all = messages(lang);
  const editor = all.beheer.editor;
  const labels: Readonly<Record<string, string>> = {
    indicationKind: editor.kinds,
    recognitionLevel: all.site.recognition,
    ageBasis: editor.basis,
    noteKind: all.site.noteKind,
    factTopic: editor.topics,
  }[names];
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

/** The checkboxes of a choice list. */
export function checkboxOptions(
  lang: Lang,
  from: ChoiceSource,
  choices: EditorChoices,
): readonly FieldOption[] {
  if (from !== "bounds") return choices[from];
  const bounds = messages(lang).beheer.editor.bounds;
  return [
    { value: "from", label: bounds.from },
    { value: "to", label: bounds.to },
  ];
}

/**
 * The chosen values first, in the item's order (the order is kept when the form is sent),
 * then the rest. A chosen value the catalogue does not know stays, named by its code, so
 * the check can report it rather than it vanishing from the item.
 */
export function chosenFirst(options: readonly FieldOption[], chosen: readonly string[]): FieldOption[] {
  const byValue = new Map(options.map((o) => [o.value, o]));
  const first = chosen.map((value) => byValue.get(value) ?? { value, label: value });
  return [...first, ...options.filter((o) => !chosen.includes(o.value))];
}

/** A select's options with the blank first option, and the current value even if unknown. */
export function selectOptions(lang: Lang, options: readonly FieldOption[], current: string): FieldOption[] {
  const none = { value: "", label: messages(lang).beheer.editor.choices.none };
  const unknown = current !== "" && !options.some((o) => o.value === current);
  return [none, ...options, ...(unknown ? [{ value: current, label: current }] : [])];
}
