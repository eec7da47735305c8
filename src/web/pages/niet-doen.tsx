import { localize } from "../../domain/text.js";
import { SourceCitation } from "../components/source-citation/source-citation.js";
import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

const TEXT = {
  nl: {
    title: "Niet doen: niet effectief of zelfs schadelijk",
    lead: "De richtlijn noemt twee soorten interventies die niet werken en kinderen kunnen schaden. De Hechtingswijzer raadt ze nooit aan en waarschuwt er bij elk advies voor.",
    why: "Waarom niet",
    alsoKnownAs: "Ook genoemd",
    source: "Bron",
    secondary: "Aanvullende bron",
  },
  en: {
    title: "Do not use: not effective or even harmful",
    lead: "The guideline names two kinds of interventions that do not work and can harm children. Hechtingswijzer never recommends them and warns about them with every advice.",
    why: "Why not",
    alsoKnownAs: "Also called",
    source: "Source",
    secondary: "Additional source",
  },
};

/** The harmful practices, why they are not used, and their sources; each id is an anchor. */
export function nietDoenPage(page: PageContext): RenderedPage {
  const text = pick(page.lang, TEXT);
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
