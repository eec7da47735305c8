import type { Lang } from "../text.js";
import { en } from "./en.js";
import { nl } from "./nl.js";

export type * from "./shapes.js";

/** Every text in one language: the Dutch catalogue is the reference for its shape. */
export type Messages = typeof nl;

const CATALOGUES: Readonly<Record<Lang, Messages>> = { nl, en };

/** The message catalogue of a language. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}
