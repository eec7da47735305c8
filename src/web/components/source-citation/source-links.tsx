import type { Catalog } from "../../../domain/types.js";
import type { PageContext } from "../../page-context.js";

/** A source document's title, or the id when the catalogue does not know it. */
function documentTitle(catalog: Catalog, id: string): string {
  return catalog.sourceById.get(id)?.title ?? id;
}

/**
 * Sources as content cites them (a document id or a web address), as links: a
 * document to its entry on the sources page, an address to the page itself, named
 * by its host so the reader sees where a link leads.
 */
export function SourceLinks(props: { page: PageContext; sources: readonly string[] }) {
  const { page, sources } = props;
  return (
    <>
      {sources.map((source, i) => (
        <>
          {i > 0 ? ", " : ""}
          {/^https?:/.test(source) ? (
            <a href={source}>{new URL(source).hostname}</a>
          ) : (
            <a href={page.href(`/bronnen#${source}`)}>{documentTitle(page.catalog, source)}</a>
          )}
        </>
      ))}
    </>
  );
}
