import { messages } from "../../../domain/messages/index.js";
import type { Lang } from "../../../domain/text.js";
import type { Catalog } from "../../../domain/types.js";
import { localPath } from "../../paths.js";

/** Where a statement stands in a primary source. */
export interface CitedSource {
  readonly document: string;
  readonly section: string;
  readonly list?: string | undefined;
  readonly item?: number | undefined;
}

/** The citation as plain text: "Richtlijn …, Conclusies, ‘list’, item 6". */
export function citationText(source: CitedSource, catalog: Catalog, lang: Lang): string {
  const title = catalog.sourceById.get(source.document)?.title ?? source.document;
  const parts = [title, source.section];
  if (source.list) parts.push(`‘${source.list}’`);
  if (source.item !== undefined)
    parts.push(`${messages(lang).components.sourceCitation.item} ${source.item}`);
  return parts.join(", ");
}

/** A source citation that links to the source on the sources page. */
export function SourceCitation(props: { source: CitedSource; catalog: Catalog; lang: Lang }) {
  return (
    <cite>
      <a href={localPath(props.lang, `/bronnen#${props.source.document}`)}>
        {citationText(props.source, props.catalog, props.lang)}
      </a>
    </cite>
  );
}
