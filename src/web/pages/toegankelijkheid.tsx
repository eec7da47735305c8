import { pick } from "../i18n/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

const TEXT = {
  nl: {
    title: "Toegankelijkheid",
    lead: "De Hechtingswijzer wil voor iedereen bruikbaar zijn, ook met een schermlezer, alleen een toetsenbord, vergroting of zonder JavaScript.",
    standardTitle: "Norm",
    standard:
      "We bouwen volgens WCAG 2.1 niveau AA (de norm voor Nederlandse overheidswebsites, via EN 301 549). Dit is een verklaring van de makers, nog geen formele toegankelijkheidsverklaring na een onafhankelijke audit.",
    doneTitle: "Wat we doen",
    done: [
      "Elke pagina heeft een link ‘Naar de inhoud’, duidelijke koppen en landmarks.",
      "Elk formulierveld heeft een label; groepen hebben een fieldset met legend; hints en foutmeldingen zijn aan het veld gekoppeld.",
      "Bij een fout ziet u bovenaan een overzicht met links naar de velden, en uw invoer blijft staan.",
      "Alles werkt met alleen het toetsenbord en zonder JavaScript; de focus is altijd zichtbaar.",
      "De leeftijdsgrafiek heeft een tekstbeschrijving en dezelfde gegevens als tabel; preventie en behandeling verschillen niet alleen in kleur.",
      "De pagina’s passen zich aan vanaf 320 pixels breed en zijn in te zoomen tot 400%.",
      "Bij elke wijziging controleren we automatisch alle pagina’s en toestanden met axe en de HTML-validator.",
    ],
    knownTitle: "Bekende beperkingen",
    known:
      "Teksten uit de bronnen zijn soms ambtelijk. Sommige Engelse teksten vallen terug op het Nederlands waar nog geen vertaling is.",
    contactTitle: "Iets werkt niet?",
    contact: "Laat het ons weten via het reactieformulier. Noem de pagina en wat er misging.",
    contactLink: "Naar het reactieformulier",
  },
  en: {
    title: "Accessibility",
    lead: "Hechtingswijzer aims to be usable by everyone, including with a screen reader, keyboard only, magnification or without JavaScript.",
    standardTitle: "Standard",
    standard:
      "We build to WCAG 2.1 level AA (the standard for Dutch government websites, via EN 301 549). This is a statement by the makers, not yet a formal accessibility statement after an independent audit.",
    doneTitle: "What we do",
    done: [
      "Every page has a ‘Skip to content’ link, clear headings and landmarks.",
      "Every form field has a label; groups have a fieldset with a legend; hints and error messages are tied to their field.",
      "When something is wrong, a summary at the top links to the fields, and what you entered stays.",
      "Everything works with the keyboard alone and without JavaScript; focus is always visible.",
      "The age chart has a text description and the same data as a table; prevention and treatment differ in more than colour.",
      "Pages adapt from 320 pixels wide and can be zoomed to 400%.",
      "With every change we check all pages and states automatically with axe and the HTML validator.",
    ],
    knownTitle: "Known limitations",
    known:
      "Texts from the sources are sometimes formal. Some English texts fall back to Dutch where no translation exists yet.",
    contactTitle: "Something does not work?",
    contact: "Let us know through the feedback form. Name the page and what went wrong.",
    contactLink: "Go to the feedback form",
  },
};

/** The accessibility statement. */
export function toegankelijkheidPage(page: PageContext): RenderedPage {
  const text = pick(page.lang, TEXT);
  return contentPage(
    text,
    <>
      <h2>{text.standardTitle}</h2>
      <p>{text.standard}</p>
      <h2>{text.doneTitle}</h2>
      <ul>
        {text.done.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{text.knownTitle}</h2>
      <p>{text.known}</p>
      <h2>{text.contactTitle}</h2>
      <p>{text.contact}</p>
      <p>
        <a href={page.href("/reageer?over=/toegankelijkheid")}>{text.contactLink}</a>
      </p>
    </>,
  );
}
