import { choiceTable, flagList } from "./format.js";
import type { CliMessages } from "./index.js";

/** The command line in Dutch, the default. */
export const nlMessages: CliMessages = {
  lang: "nl",
  main: {
    help: (commandTable) =>
      [
        "Hechtingswijzer — erkende interventies bij problematische gehechtheid",
        "",
        "Gebruik: hechtingswijzer <opdracht> [opties]   (hechtingswijzer <opdracht> --help voor details)",
        "",
        "Opdrachten:",
        commandTable,
        "",
        "Elke opdracht spreekt Nederlands; --lang en geeft Engels (English).",
        "",
      ].join("\n"),
    unknownCommand: (name) => `onbekende opdracht "${name}"`,
    seeHelp: (command) => `Zie: hechtingswijzer ${command} --help`,
    wholeRequest: "verzoek",
  },
  summaries: {
    advice: "Keuzehulp: passende interventies voor een kind (--json voor de API-uitvoer)",
    search: "Zoeken in de interventies (--json voor de API-uitvoer)",
    content: "Kennisbank: validate [MAP] controleert, list toont de indicaties",
    db: "Database: migrate, export MAP, import MAP",
  },
  args: {
    unknownOption: (flag, known) => `onbekende optie ${flag}; deze opdracht kent ${flagList(known)}`,
    needsValue: (flag) => `${flag} heeft een waarde nodig`,
    takesNoValue: (flag) => `${flag} neemt geen waarde`,
    onlyOnce: (flag) => `${flag} mag maar één keer voorkomen`,
    unexpectedArgument: (arg) => `onverwacht argument "${arg}"`,
    unknownLang: (value, langs) => `--lang: "${value}" is geen taal; kies uit ${langs.join(", ")}`,
  },
  advice: {
    usage: (f) => `Gebruik: hechtingswijzer advice --input BESTAND|- [--json] [--no-color] [--lang nl|en]
       hechtingswijzer advice (--age N | --age-months N | --pregnancy-week N) --need BEHOEFTE
                              [--situation CODE]... [--precondition NAAM=ANTWOORD]...
                              [--json] [--no-color] [--lang nl|en]

Geeft passende erkende interventies voor een kind, met redenen, bronnen en kanttekeningen.

Opties:
  --input BESTAND               het adviesverzoek als JSON (- leest van stdin)
  --age N                       leeftijd in hele jaren (0–${f.maxAgeYears})
  --age-months N                leeftijd in maanden (0–${f.maxAgeMonths})
  --pregnancy-week N            nog niet geboren: week van de zwangerschap (1–${f.maxPregnancyWeek})
  --need BEHOEFTE               waar u naar zoekt (zie hieronder)
  --situation CODE              de situatie van het kind; herhaalbaar (zie hieronder)
  --precondition NAAM=ANTWOORD  een voorwaarde met ${f.answers.join(", ")} (standaard unknown); herhaalbaar
  --json                        precies de JSON van de API
  --no-color                    geen kleur (ook zonder terminal of met NO_COLOR)
  --lang nl|en                  taal van advies en meldingen (standaard nl); bij --input geldt
                                de lang van het bestand, als het die noemt

Behoeften (--need):
${choiceTable(f.needs)}

Situaties (--situation):
${choiceTable(f.situations)}

Voorwaarden (--precondition), ook te noemen als ${f.preconditionKeys.join(" of ")}:
${choiceTable(f.preconditions)}

Ongeldige invoer: exitcode 2 en per veld een melding op stderr.`,
    inputOrFlags: "gebruik --input óf de vlaggen (--age, --need, …), niet allebei",
    inputOrFlagsMissing: "geef --input BESTAND of --age/--need",
    preconditionFormat: (entry, answers) =>
      `--precondition verwacht NAAM=ANTWOORD met ANTWOORD ${answers.join(", ")}, niet "${entry}"`,
    unreadableFile: (source, code) => `${source}: kan het bestand niet lezen (${code})`,
    notJson: (name, detail) => `${name}: geen geldige JSON (${detail})`,
    stdin: "stdin",
    invalidContent: "de kennisbank is ongeldig",
  },
  search: {
    usage: `Gebruik: hechtingswijzer search "ZOEKTEKST" [opties]

Zoekt in de erkende interventies (ook op stam, begin van een woord, tikfouten en synoniemen).
Een leeftijd in de tekst ("3 jaar", "8 maanden") wordt een filter.

Opties:
  --age N                leeftijd in jaren (0–18)
  --age-months N         leeftijd in maanden (0–227)
  --need X               prevention | treatment | either
  --situation CODE       situatie, bijvoorbeeld foster-care (herhaalbaar; advice --help toont ze alle)
  --recognition NIVEAU   erkenningsniveau, bijvoorbeeld goed-onderbouwd
  --in-databank true|false
  --page N, --page-size N
  --lang nl|en           taal van de uitvoer en de meldingen (standaard nl)
  --json                 de uitvoer van de API (GET /api/v1/interventions)
  --no-color             geen kleur (ook zonder terminal of met NO_COLOR)`,
  },
  content: {
    usage: `Gebruik:
  hechtingswijzer content validate [MAP]                 controleert de kennisbank (standaard: content/)
  hechtingswijzer content list [MAP] [--json]            toont elke interventie met haar indicaties

Opties:
  --lang nl|en   taal van de uitvoer en de meldingen (standaard nl)

validate: exitcode 0 en een samenvatting als alles klopt; anders exitcode 2 en
elk probleem als "bestand: pad: melding" op stderr.`,
    subcommandMissing: "geef een subopdracht (validate of list)",
    unknownSubcommand: (name) => `onbekende subopdracht "${name}"; kies validate of list`,
    valid: (c) =>
      `geldig: ${c.interventions} interventies, ${c.harmfulPractices} schadelijke praktijken, ${c.situations} situaties, ${c.preconditions} voorwaarden, ${c.sources} brondocumenten, ${c.indications} indicaties, ${c.synonyms} synoniemgroepen`,
    invalid: (count, dir) => `ongeldig: ${count} ${count === 1 ? "probleem" : "problemen"} in ${dir}`,
  },
  db: {
    usage: `Gebruik:
  hechtingswijzer db migrate [--down]                       database bijwerken (--down: laatste migratie terugdraaien)
  hechtingswijzer db export MAP                             huidige inhoud als inhoudsbestanden naar MAP schrijven
  hechtingswijzer db import MAP [--author NAAM] [--reason TEKST]
                                                            MAP controleren en als nieuwe revisie opslaan

Opties:
  --database URL   postgres://… voor PostgreSQL, anders een SQLite-bestand
                   (standaard: $DATABASE_URL, anders data/hechtingswijzer.sqlite)
  --lang nl|en     taal van de meldingen (standaard nl)`,
    subcommandMissing: "geef een opdracht (migrate, export of import)",
    unknownSubcommand: (name) => `onbekende opdracht "${name}"; kies migrate, export of import`,
    takesNoFolder: (name) => `${name} neemt geen map`,
    needsOneFolder: (name) => `${name} verwacht één MAP`,
    downOnlyWithMigrate: "--down hoort bij migrate",
    migrationUndone: (name) => `Migratie ${name} is teruggedraaid.`,
    nothingToUndo: "Er is geen migratie om terug te draaien.",
    migrated: "De database is bijgewerkt naar de nieuwste migratie.",
    exportEmpty: "de database bevat nog geen inhoud (importeer eerst).",
    removedFile: (file, revision) => `verwijderd: ${file} (hoort niet bij revisie ${revision})`,
    exported: (revision, dir, files) => `Revisie ${revision} geschreven naar ${dir} (${files} bestanden).`,
    importInvalid: (dir) => `${dir} is niet geldig; er is niets opgeslagen.`,
    unchanged: (revision) =>
      `Ongewijzigd: de inhoud is gelijk aan revisie ${revision}; er is geen nieuwe revisie gemaakt.`,
    imported: (revision, author) => `Revisie ${revision} opgeslagen (auteur: ${author}).`,
  },
};
