import { type Lang, localize } from "./text.js";
import type { Catalog } from "./types.js";

/** A valid code with its label, as an error message or a help text lists it. */
export interface Choice {
  readonly code: string;
  readonly label?: string | undefined;
}

/** The catalogue's situation codes with their labels in the reader's language. */
export function situationChoices(catalog: Catalog, lang: Lang): Choice[] {
  return catalog.situations.map((situation) => ({
    code: situation.code,
    label: localize(situation.label, lang),
  }));
}

/** "foster-care (pleegkind / pleegzorg), adoption (adoptiekind)": codes to choose from, in one line. */
export function choiceList(choices: readonly Choice[]): string {
  return choices.map(({ code, label }) => (label ? `${code} (${label})` : code)).join(", ");
}
