import { localize } from "../../domain/text.js";
import { HarmfulWarning } from "../components/harmful-warning/harmful-warning.js";
import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";

const TEXT = {
  nl: {
    title: "Hechtingswijzer",
    lead: "Welke erkende interventie past bij een kind (0–18 jaar) met (een risico op) problematische gehechtheid? Deze wijzer zet de conclusies van de Richtlijn Problematische gehechtheid en het overzicht van erkende interventies van het Nederlands Jeugdinstituut bij elkaar, met bij elke uitkomst de bron.",
    professionals: "Voor professionals",
    professionalsText:
      "Vul leeftijd, hulpvraag en situatie in en zie welke interventies passen, waarom, en waar dat staat.",
    professionalsLink: "Naar de keuzehulp",
    policy: "Voor beleidsmakers",
    policyText: "Bekijk welke leeftijden en risicogroepen door het aanbod gedekt zijn en waar gaten zitten.",
    policyLink: "Naar het overzicht",
    allLink: "Alle interventies bekijken",
    preconditionsTitle: "Eerst: twee voorwaarden",
    preconditionsLead:
      "Volgens de richtlijn heeft een interventie pas zin als aan beide voorwaarden is voldaan:",
    preconditionsMore: "Meer over de richtlijn",
  },
  en: {
    title: "Hechtingswijzer",
    lead: "Which recognised intervention suits a child (0–18) with (a risk of) problematic attachment? This aid brings together the conclusions of the Dutch guideline on problematic attachment and the Netherlands Youth Institute's overview of recognised interventions, citing the source for every outcome.",
    professionals: "For professionals",
    professionalsText:
      "Enter age, need and situation and see which interventions fit, why, and where that is stated.",
    professionalsLink: "Go to the decision aid",
    policy: "For policy makers",
    policyText: "See which ages and risk groups the available interventions cover and where the gaps are.",
    policyLink: "Go to the overview",
    allLink: "Browse all interventions",
    preconditionsTitle: "First: two conditions",
    preconditionsLead:
      "According to the guideline an intervention only makes sense when both conditions are met:",
    preconditionsMore: "More about the guideline",
  },
};

/** The home page: what this is, the two paths, the preconditions and the harmful-practice warning. */
export function homePage(page: PageContext): RenderedPage {
  const text = pick(page.lang, TEXT);
  return {
    meta: { title: page.lang === "en" ? "Home" : "Start", description: text.lead },
    body: (
      <>
        <h1>{text.title}</h1>
        <p class="hw-lead">{text.lead}</p>
        <ul class="hw-cards">
          <li class="hw-card">
            <h2>{text.professionals}</h2>
            <p>{text.professionalsText}</p>
            <p>
              <a class="hw-button" href={page.href("/keuzehulp")}>
                {text.professionalsLink}
              </a>
            </p>
          </li>
          <li class="hw-card">
            <h2>{text.policy}</h2>
            <p>{text.policyText}</p>
            <p>
              <a class="hw-button" href={page.href("/beleidsmakers")}>
                {text.policyLink}
              </a>
            </p>
          </li>
        </ul>
        <p>
          <a href={page.href("/interventies")}>{text.allLink}</a>
        </p>
        <h2>{text.preconditionsTitle}</h2>
        <p>{text.preconditionsLead}</p>
        <ol>
          {page.catalog.preconditions.map((p) => (
            <li>
              <strong>{localize(p.label, page.lang)}.</strong> {localize(p.explanation, page.lang)}
            </li>
          ))}
        </ol>
        <p>
          <a href={page.href("/richtlijn")}>{text.preconditionsMore}</a>
        </p>
        <HarmfulWarning page={page} />
      </>
    ),
  };
}
