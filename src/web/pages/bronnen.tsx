import { messages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import type { Catalog } from "../../domain/types.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** Every secondary address the knowledge base cites, with the names of what cites it. */
export function secondarySources(catalog: Catalog, lang: "nl" | "en"): { url: string; usedFor: string[] }[] {
  const byUrl = new Map<string, Set<string>>();
  const add = (url: string, name: string) => {
    if (!/^https?:\/\//.test(url)) return;
    const set = byUrl.get(url) ?? new Set<string>();
    set.add(name);
    byUrl.set(url, set);
  };
  for (const i of catalog.interventions) {
    for (const r of i.recognitions) add(r.source, i.name);
    for (const f of i.facts) add(f.source, i.name);
    for (const n of i.notes) for (const s of n.sources) add(s, i.name);
  }
  for (const p of catalog.harmfulPractices)
    for (const s of p.secondary) add(s.source, localize(p.name, lang));
  return [...byUrl.entries()]
    .map(([url, names]) => ({ url, usedFor: [...names].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every source with its address, plus the secondary sources used. */
export function bronnenPage(page: PageContext): RenderedPage {
  const text = messages(page.lang).pages.bronnen;
  const secondary = secondarySources(page.catalog, page.lang);
  return contentPage(
    text,
    <>
      <h2>{text.primary}</h2>
      {page.catalog.sources.map((source) => (
        <section id={source.id} aria-labelledby={`${source.id}-title`} class="hw-card">
          <h3 id={`${source.id}-title`}>{source.title}</h3>
          <dl class="hw-facts">
            <dt>{text.publisher}</dt>
            <dd>{source.publisher}</dd>
            {source.section ? (
              <>
                <dt>{text.section}</dt>
                <dd>{source.section}</dd>
              </>
            ) : null}
          </dl>
          <p>{localize(source.description, page.lang)}</p>
          <p>
            <a href={source.url}>{source.url}</a>
          </p>
        </section>
      ))}
      <h2>{text.secondary}</h2>
      <p>{text.secondaryLead}</p>
      {secondary.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul>
          {secondary.map((s) => (
            <li>
              <a href={s.url}>{s.url}</a>
              <br />
              <span class="hw-muted">
                {text.usedFor}: {s.usedFor.join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>,
  );
}
