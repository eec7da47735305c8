import { recognitionNames } from "./recognition-names.js";

/**
 * Dutch interface texts: the default language. Page prose that is more than a
 * sentence lives beside its page; these are the words the pages share.
 */
export const nl = {
  lang: "nl",
  siteName: "Hechtingswijzer",
  tagline: "Erkende interventies bij problematische gehechtheid (0–18 jaar)",
  skipLink: "Naar de inhoud",
  errorPrefix: "Fout:",
  nav: {
    label: "Hoofdmenu",
    home: "Start",
    keuzehulp: "Keuzehulp",
    interventies: "Interventies",
    beleidsmakers: "Beleidsmakers",
    nietDoen: "Niet doen",
    richtlijn: "Richtlijn",
  },
  footer: {
    label: "Over deze site",
    toegankelijkheid: "Toegankelijkheid",
    privacy: "Privacy",
    bronnen: "Bronnen",
    reageer: "Reageer!",
    disclaimer:
      "Hulpmiddel bij de keuze; het vervangt geen professioneel oordeel. Gebaseerd op de Richtlijn Problematische gehechtheid en het overzicht van het NJi.",
  },
  languageSwitch: { label: "Taal", other: "English", otherLang: "en", hint: "Read this page in English" },
  errorSummary: { title: "Er is iets niet goed ingevuld" },
  common: {
    source: "Bron",
    sources: "Bronnen",
    item: "item",
    list: "lijst",
    years: "jaar",
    age: "Leeftijd",
    name: "Naam",
    notStated: "niet vermeld in de bron",
    yes: "ja",
    no: "nee",
    unknown: "weet ik niet",
    prevention: "preventie",
    treatment: "behandeling",
    general: "algemeen",
    submit: "Toon",
    readMore: "Meer over",
    inDatabank: "In de Databank Effectieve Jeugdinterventies",
    approx: "ongeveer",
    previous: "Vorige",
    next: "Volgende",
    page: "Pagina",
  },
  need: { prevention: "Preventie", treatment: "Behandeling", either: "Allebei / weet ik niet" },
  recognition: recognitionNames("nl"),
  noteKind: { quirk: "Eigenaardigheid in de bron", disagreement: "Bronnen verschillen", scope: "Reikwijdte" },
  harmfulWarning: {
    title: "Niet doen: schadelijke praktijken",
    lead: "Gebruik nooit interventies die gehechtheid afdwingen of trauma laten ‘doorwerken’ door regressie:",
    more: "Waarom niet",
  },
  notFound: {
    title: "Pagina niet gevonden",
    text: "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.",
  },
  serverError: {
    title: "Er ging iets mis",
    text: "Door een fout aan onze kant kon deze pagina niet worden getoond. Probeer het later opnieuw.",
  },
};

/** The shape every language's texts must have (Dutch is the reference). */
export type Messages = typeof nl;
