import { messages } from "../domain/messages/index.js";
import type { Lang } from "../domain/text.js";
import { localize } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";
import { memoPerCatalogue } from "./catalogue-memo.js";
import type { AdviceWarning } from "./response.js";
import { type DocumentWords, documentWords } from "./texts.js";

/** What the engine looks up for every request, prepared once per catalogue and language. */
export interface CatalogView {
  readonly situationLabel: (code: string) => string;
  readonly documentWords: (documentId: string | undefined) => DocumentWords;
  readonly preconditionLabel: (id: string) => string;
  /** The standing warnings about harmful practices, the same in every advice: shared, frozen. */
  readonly warnings: readonly AdviceWarning[];
}

/** The prepared lookups for a catalogue in one language (made on first use, then kept). */
export const catalogView = memoPerCatalogue((catalog: Catalog, lang: Lang): CatalogView => {
  const situationLabels = new Map(catalog.situations.map((s) => [s.code, localize(s.label, lang)]));
  const documents = new Map(catalog.sources.map((s) => [s.id, documentWords(s.id, s.title, lang)]));
  const unknownDocument = documentWords("", messages(lang).unknownDocument, lang);
  const preconditionLabels = new Map(catalog.preconditions.map((p) => [p.id, localize(p.label, lang)]));
  const view: CatalogView = {
    situationLabel: (code) => situationLabels.get(code) ?? code,
    documentWords: (id) =>
      id === undefined ? unknownDocument : (documents.get(id) ?? documentWords(id, undefined, lang)),
    preconditionLabel: (id) => preconditionLabels.get(id) ?? id,
    warnings: Object.freeze(
      catalog.harmfulPractices.map((practice) =>
        Object.freeze({
          id: practice.id,
          name: localize(practice.name, lang),
          text: localize(practice.reason, lang),
        }),
      ),
    ),
  };
  return view;
});
