import { messages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import { SourceCitation } from "../components/source-citation/source-citation.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** The harmful practices, why they are not used, and their sources; each id is an anchor. */
export function nietDoenPage(page: PageContext): RenderedPage {
  const text = messages(page.lang).pages.nietDoen;
  return contentPage(
    text,
    page.catalog.harmfulPractices.map((practice) => (
      <section id={practice.id} aria-labelledby={`${practice.id}-title`} class="hw-warning">
        <h2 id={`${practice.id}-title`}>{localize(practice.name, page.lang)}</h2>
        <p>
          <strong>{text.why}:</strong> {localize(practice.reason, page.lang)}
        </p>
        {practice.synonyms.length > 0 ? (
          <p>
            {text.alsoKnownAs}: {practice.synonyms.join(", ")}
          </p>
        ) : null}
        {practice.source ? (
          <p>
            {text.source}: <SourceCitation source={practice.source} catalog={page.catalog} lang={page.lang} />
          </p>
        ) : null}
        {practice.secondary.map((s) => (
          <p>
            {text.secondary}: {localize(s.text, page.lang)} (
            <a href={s.source}>{new URL(s.source).hostname}</a>)
          </p>
        ))}
      </section>
    )),
  );
}
