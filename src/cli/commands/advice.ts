import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { InvalidContentError, loadCatalog } from "../../catalog/load-catalog.js";
import type { FieldIssue } from "../../domain/app-error.js";
import type { Catalog } from "../../domain/types.js";
import { evaluateAdvice, parseAdviceRequest } from "../../engine/index.js";
import { ANSI_STYLE, formatAdviceText, PLAIN_STYLE } from "../../engine/plain-text.js";
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, readAll } from "../io.js";

const USAGE = `Gebruik: hechtingswijzer advice --input BESTAND|- [--json] [--no-color]
       hechtingswijzer advice (--age N | --age-months N | --pregnancy-week N) --need prevention|treatment|either
                              [--situation CODE]... [--precondition NAAM=yes|no|unknown]... [--lang nl|en] [--json]

Geeft passende erkende interventies voor een kind, met redenen, bronnen en kanttekeningen.
  --input BESTAND   het adviesverzoek als JSON (- leest van stdin)
  --json            precies de JSON van de API
  --situation       herhaalbaar, bijv. --situation foster-care --situation adoption
  --precondition    emotionally-available-caregiver of safe-stable-place (of emotionallyAvailableCaregiver / safeStablePlace)
  --no-color        geen kleur (ook zonder terminal of met NO_COLOR)

Ongeldige invoer: exitcode 2 en per veld een melding op stderr.`;

const OPTIONS = {
  input: { type: "string" },
  json: { type: "boolean" },
  age: { type: "string" },
  "age-months": { type: "string" },
  "pregnancy-week": { type: "string" },
  need: { type: "string" },
  situation: { type: "string", multiple: true },
  precondition: { type: "string", multiple: true },
  lang: { type: "string" },
  "no-color": { type: "boolean" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>["values"];

/** Flags that build a request; they cannot be mixed with --input. */
const REQUEST_FLAGS = [
  "age",
  "age-months",
  "pregnancy-week",
  "need",
  "situation",
  "precondition",
  "lang",
] as const;

/** Wrong arguments: the message and the usage go to stderr, exit 2. */
class UsageError extends Error {}
/** An unreadable or malformed input file: the message names the file, exit 2. */
class InputError extends Error {}

/** "4" → 4; anything else stays text, so the request check names the field. */
function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/**
 * Builds the same request object as a JSON file would hold. A precondition may be
 * named by its id or by its request key.
 */
export function requestFromFlags(values: Values, catalog: Catalog): Record<string, unknown> {
  const child: Record<string, unknown> = {};
  if (values.age !== undefined) child.ageYears = numberOrText(values.age);
  if (values["age-months"] !== undefined) child.ageMonths = numberOrText(values["age-months"]);
  if (values["pregnancy-week"] !== undefined) child.pregnancyWeek = numberOrText(values["pregnancy-week"]);

  const preconditions: Record<string, string> = {};
  for (const entry of values.precondition ?? []) {
    const at = entry.indexOf("=");
    if (at <= 0) throw new UsageError(`--precondition verwacht NAAM=yes|no|unknown, niet "${entry}"`);
    const name = entry.slice(0, at).trim();
    const known = catalog.preconditions.find((p) => p.id === name || p.requestKey === name);
    preconditions[known ? known.requestKey : name] = entry.slice(at + 1).trim();
  }

  return {
    child,
    ...(values.need !== undefined && { need: values.need }),
    situations: values.situation ?? [],
    ...(Object.keys(preconditions).length > 0 && { preconditions }),
    ...(values.lang !== undefined && { lang: values.lang }),
  };
}

async function readInput(source: string, io: CliIO): Promise<unknown> {
  let text: string;
  try {
    text = source === "-" ? await readAll(io.stdin) : await readFile(source, "utf8");
  } catch (error) {
    throw new InputError(
      `${source}: kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? "fout"})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const name = source === "-" ? "stdin" : source;
    throw new InputError(`${name}: geen geldige JSON (${(error as Error).message})`);
  }
}

function reportIssues(issues: readonly FieldIssue[], io: CliIO): number {
  for (const issue of issues)
    io.stderr.write(`hechtingswijzer advice: ${issue.path || "request"}: ${issue.message}\n`);
  return EXIT_INVALID;
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  let values: Values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const usesFlags = REQUEST_FLAGS.some((flag) => values[flag] !== undefined);
  if (values.input !== undefined && usesFlags) {
    throw new UsageError("gebruik --input óf de vlaggen (--age, --need, …), niet allebei");
  }
  if (values.input === undefined && !usesFlags) throw new UsageError("geef --input BESTAND of --age/--need");

  let catalog: Catalog;
  try {
    catalog = await loadCatalog();
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    io.stderr.write(`hechtingswijzer advice: de kennisbank is ongeldig\n${error.message}\n`);
    return EXIT_FAILURE;
  }

  const input =
    values.input !== undefined ? await readInput(values.input, io) : requestFromFlags(values, catalog);
  const parsed = parseAdviceRequest(input, catalog);
  if (!parsed.ok) return reportIssues(parsed.issues, io);

  const advice = evaluateAdvice(parsed.request, catalog);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(advice, null, 2)}\n`);
  } else {
    const color = io.isTTY && !values["no-color"] && io.env.NO_COLOR === undefined;
    io.stdout.write(formatAdviceText(advice, parsed.request, catalog, color ? ANSI_STYLE : PLAIN_STYLE));
  }
  return EXIT_OK;
}

/** `hechtingswijzer advice`: the keuzehulp on the command line. Nothing is stored or logged. */
export const adviceCommand: CliCommand = {
  name: "advice",
  summary: "Keuzehulp: passende interventies voor een kind (--json voor de API-uitvoer)",
  usage: USAGE,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof InputError) {
        io.stderr.write(`hechtingswijzer advice: ${error.message}\n`);
        return EXIT_INVALID;
      }
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`hechtingswijzer advice: ${error.message}\n\n${USAGE}\n`);
      return EXIT_INVALID;
    }
  },
};
