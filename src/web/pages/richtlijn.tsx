import { messages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import { SourceCitation } from "../components/source-citation/source-citation.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** The preconditions and the guideline's conclusions in our own words. */
export function richtlijnPage(page: PageContext): RenderedPage {
  const text = messages(page.lang).pages.richtlijn;
  const richtlijn = page.catalog.sourceById.get("richtlijn");
  return contentPage(
    text,
    <>
      <h2>{text.preconditions}</h2>
      <ol>
        {page.catalog.preconditions.map((p) => (
          <li>
            <strong>{localize(p.label, page.lang)}.</strong> {localize(p.explanation, page.lang)}
            {p.source ? (
              <>
                {" "}
                ({text.source}: <SourceCitation source={p.source} catalog={page.catalog} lang={page.lang} />)
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <h2>{text.general}</h2>
      <p>{text.generalText}</p>
      <h2>{text.risk}</h2>
      <p>{text.riskText}</p>
      <h2>{text.treatment}</h2>
      <p>{text.treatmentText}</p>
      <p>
        <a href={page.href("/interventies")}>{text.allLink}</a>
      </p>
      <h2>{text.harmful}</h2>
      <p>{text.harmfulText}</p>
      <p>
        <a href={page.href("/niet-doen")}>{text.harmfulLink}</a>
      </p>
      {richtlijn ? (
        <p class="hw-muted">
          {text.source}: <a href={richtlijn.url}>{richtlijn.title}</a>, {richtlijn.publisher}
          {richtlijn.section ? `, ${richtlijn.section}` : ""}
        </p>
      ) : null}
    </>,
  );
}
