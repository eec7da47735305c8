import { loadCatalog } from "../../catalog/load-catalog.js";
import type { FieldIssue } from "../../domain/app-error.js";
import { getSearchIndex, parseSearchQuery, searchInterventions } from "../../search/index.js";
import { formatSearchText } from "../../search/text-report.js";
import { type CliCommand, type CliIO, EXIT_INVALID, EXIT_OK } from "../io.js";

const USAGE = `Gebruik: hechtingswijzer search "ZOEKTEKST" [opties]

Zoekt in de erkende interventies (ook op stam, begin van een woord, tikfouten en synoniemen).
Een leeftijd in de tekst ("3 jaar", "8 maanden") wordt een filter.

Opties:
  --age N                leeftijd in jaren (0–18)
  --age-months N         leeftijd in maanden (0–227)
  --need X               prevention | treatment | either
  --situation CODE       situatie, bijvoorbeeld foster-care (herhaalbaar)
  --recognition NIVEAU   erkenningsniveau, bijvoorbeeld goed-onderbouwd
  --in-databank true|false
  --page N, --page-size N
  --lang nl|en           taal van de uitvoer (standaard nl)
  --json                 de uitvoer van de API (GET /api/v1/interventions)`;

/** Command-line flags and the query parameter each one sets. */
const FLAGS: Record<string, string> = {
  "--age": "age",
  "--age-months": "ageMonths",
  "--need": "need",
  "--situation": "situation",
  "--recognition": "recognition",
  "--in-databank": "inDatabank",
  "--page": "page",
  "--page-size": "pageSize",
  "--lang": "lang",
};
const PARAMETER_FLAGS = new Map(Object.entries(FLAGS).map(([flag, param]) => [param, flag]));

type ParsedArgs =
  | { ok: true; params: Record<string, string | string[]>; json: boolean }
  | { ok: false; issues: FieldIssue[] };

/** Reads the arguments into URL-style query parameters, so the CLI checks input exactly as the API does. */
export function parseSearchArgs(args: readonly string[]): ParsedArgs {
  const params: Record<string, string | string[]> = {};
  const words: string[] = [];
  const issues: FieldIssue[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg === "--") {
      words.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const [flag = "", inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg];
    const param = FLAGS[flag];
    if (param === undefined) {
      issues.push({ path: flag, message: "onbekende optie" });
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) {
      issues.push({ path: param, message: `${flag} heeft een waarde nodig` });
      continue;
    }
    const previous = params[param];
    params[param] =
      previous === undefined ? value : [...(typeof previous === "string" ? [previous] : previous), value];
  }
  if (words.length > 0) params.q = words.join(" ");
  return issues.length > 0 ? { ok: false, issues } : { ok: true, params, json };
}

function writeIssues(io: CliIO, issues: readonly FieldIssue[]): number {
  const lines = issues.map((issue) => {
    const field = issue.path.replace(/\[\d+\]$/, "");
    const flag = PARAMETER_FLAGS.get(field);
    return `  ${issue.path}${flag ? ` (${flag})` : ""}: ${issue.message}`;
  });
  io.stderr.write(`hechtingswijzer search: ongeldige invoer\n${lines.join("\n")}\n`);
  return EXIT_INVALID;
}

/** `hechtingswijzer search "QUERY" [--age N] [--need X] [--situation S]… [--lang nl|en] [--json]`. */
export const searchCommand: CliCommand = {
  name: "search",
  summary: "Zoeken in de interventies (--json voor de API-uitvoer)",
  usage: USAGE,
  async run(args, io) {
    const parsedArgs = parseSearchArgs(args);
    if (!parsedArgs.ok) return writeIssues(io, parsedArgs.issues);
    const catalog = await loadCatalog();
    const parsed = parseSearchQuery(parsedArgs.params, catalog);
    if (!parsed.ok) return writeIssues(io, parsed.issues);
    const result = searchInterventions(getSearchIndex(catalog), parsed.query);
    if (parsedArgs.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatSearchText(result, catalog, parsed.query));
    return EXIT_OK;
  },
};
