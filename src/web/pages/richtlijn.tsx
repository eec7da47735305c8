import { localize } from "../../domain/text.js";
import { SourceCitation } from "../components/source-citation/source-citation.js";
import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

const TEXT = {
  nl: {
    title: "De richtlijn in het kort",
    lead: "De Richtlijn Problematische gehechtheid (Richtlijnen Jeugdhulp en Jeugdbescherming) trekt in hoofdstuk 5 conclusies over preventie en interventie. Hieronder staan ze in onze eigen woorden.",
    preconditions: "Voorwaarden voor elke interventie",
    general: "Erkende preventie voor jonge kinderen",
    generalText:
      "Vier erkende preventieve interventies versterken de sensitiviteit van ouders en bevorderen zo veilige gehechtheid bij jonge kinderen (tot ongeveer zeven jaar). De richtlijn noemt ze in volgorde van effectiviteit volgens de Databank Effectieve Jeugdinterventies: VIPP-SD (0–6 jaar), de Basic Trust-methode (2–12 jaar), K-VHT (0–4 jaar) en Shantala Babymassage individueel.",
    risk: "Preventie voor risicogroepen",
    riskText:
      "Voor ouders in specifieke risicogroepen zijn er preventieve interventies, onder meer voor pleeg- en adoptieouders, moeders met een depressie na de bevalling, alleenstaande tienermoeders, ouders van kinderen met ernstige gedragsproblemen en kinderen met een verhoogd risico op gedesorganiseerde gehechtheid. De leeftijd bij deze lijst staat in de bron als ‘tot ongeveer twaalf zeven jaar’: een tikfout die wij als ‘ongeveer’ lezen en vastleggen.",
    treatment: "Behandeling bij kinderen ouder dan zeven jaar",
    treatmentText:
      "Voor de behandeling van problematische gehechtheid bij oudere kinderen noemt de richtlijn onder meer de Basic Trust-methode, Video-hometraining, ITGG, Sherborne Samenspel, Theraplay, Differentiatie- en Fasetherapie, DDP en MBT-A.",
    harmful: "Niet effectief of schadelijk",
    harmfulText:
      "Interventies die gehechtheid met dwang willen bereiken en interventies die trauma laten ‘doorwerken’ via regressie (therapeutisch vasthouden, holding, rebirthing) zijn niet bewezen effectief, gaan in tegen de gehechtheidstheorie en kunnen kinderen schaden.",
    harmfulLink: "Lees waarom deze praktijken niet gebruikt worden",
    allLink: "Bekijk alle interventies met hun bronnen",
    source: "Bron",
  },
  en: {
    title: "The guideline in brief",
    lead: "Chapter 5 of the Dutch guideline on problematic attachment (Richtlijnen Jeugdhulp en Jeugdbescherming) draws conclusions on prevention and intervention. Here they are in our own words.",
    preconditions: "Conditions for any intervention",
    general: "Recognised prevention for young children",
    generalText:
      "Four recognised preventive interventions strengthen parents' sensitivity and so promote secure attachment in young children (up to about seven). The guideline lists them in order of effectiveness according to the Databank Effectieve Jeugdinterventies: VIPP-SD (0–6), the Basic Trust method (2–12), K-VHT (0–4) and individual Shantala baby massage.",
    risk: "Prevention for risk groups",
    riskText:
      "For parents in specific risk groups there are preventive interventions, among others for foster and adoptive parents, mothers with depression after giving birth, single teenage mothers, parents of children with severe behaviour problems and children at increased risk of disorganised attachment. The age for this list reads ‘tot ongeveer twaalf zeven jaar’ in the source: a typo that we read as ‘about’ and record.",
    treatment: "Treatment for children older than seven",
    treatmentText:
      "For treating problematic attachment in older children the guideline names, among others, the Basic Trust method, Video home training, ITGG, Sherborne Samenspel, Theraplay, Differentiation and Phase therapy, DDP and MBT-A.",
    harmful: "Not effective or harmful",
    harmfulText:
      "Interventions that try to achieve attachment by coercion and interventions that have trauma ‘worked through’ by regression (therapeutic holding, holding, rebirthing) are not shown to be effective, contradict attachment theory and can harm children.",
    harmfulLink: "Read why these practices are not used",
    allLink: "See all interventions with their sources",
    source: "Source",
  },
};

/** The preconditions and the guideline's conclusions in our own words. */
export function richtlijnPage(page: PageContext): RenderedPage {
  const text = pick(page.lang, TEXT);
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
