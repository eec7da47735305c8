import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

const TEXT = {
  nl: {
    title: "Privacy",
    lead: "De Hechtingswijzer vraagt niets over wie u bent of over wie het kind is, en onthoudt niets van een advies.",
    adviceTitle: "De keuzehulp",
    advice: [
      "Wat u in de keuzehulp invult (leeftijd, hulpvraag, situaties, voorwaarden) wordt alleen gebruikt om het advies te berekenen en daarna vergeten.",
      "We slaan het niet op en schrijven het niet in logbestanden; de server bewaart geen adressen van adviespagina’s.",
      "Het adres van een advies bevat alleen codes en getallen, geen namen of vrije tekst. Deel het gerust met een collega.",
      "Adviespagina’s worden niet in een cache bewaard (Cache-Control: no-store).",
    ],
    feedbackTitle: "Reageer!",
    feedback: [
      "Als u een reactie stuurt, bewaren we: waar de reactie over gaat, uw bericht, en – alleen als u ze invult – uw naam, e-mailadres en rol, met de datum.",
      "We gebruiken dit alleen om de Hechtingswijzer te verbeteren en om u zo nodig te antwoorden. Schrijf geen gegevens over een kind of gezin in uw bericht.",
      "Het formulier zet één functioneel cookie dat het tegen misbruik beschermt (CSRF). Er zijn geen andere cookies.",
    ],
    thirdTitle: "Geen derden",
    third:
      "Deze site laadt geen scripts, lettertypen of statistieken van andere partijen. Links naar bronnen brengen u naar andere sites; daar gelden hun eigen regels.",
  },
  en: {
    title: "Privacy",
    lead: "Hechtingswijzer asks nothing about who you are or who the child is, and remembers nothing of an advice.",
    adviceTitle: "The decision aid",
    advice: [
      "What you enter in the decision aid (age, need, situations, conditions) is used only to compute the advice and is then forgotten.",
      "We do not store it and do not write it to log files; the server keeps no addresses of advice pages.",
      "An advice's address holds only codes and numbers, no names or free text. Feel free to share it with a colleague.",
      "Advice pages are never kept in a cache (Cache-Control: no-store).",
    ],
    feedbackTitle: "Feedback",
    feedback: [
      "When you send feedback we store: what it is about, your message and – only if you fill them in – your name, e-mail address and role, with the date.",
      "We use this only to improve Hechtingswijzer and to answer you if needed. Do not write details about a child or family in your message.",
      "The form sets one functional cookie that protects it against abuse (CSRF). There are no other cookies.",
    ],
    thirdTitle: "No third parties",
    third:
      "This site loads no scripts, fonts or analytics from other parties. Links to sources take you to other sites; their own rules apply there.",
  },
};

/** The privacy statement: advice inputs are never stored or logged; what feedback stores. */
export function privacyPage(page: PageContext): RenderedPage {
  const text = pick(page.lang, TEXT);
  return contentPage(
    text,
    <>
      <h2>{text.adviceTitle}</h2>
      <ul>
        {text.advice.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{text.feedbackTitle}</h2>
      <ul>
        {text.feedback.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{text.thirdTitle}</h2>
      <p>{text.third}</p>
    </>,
  );
}
