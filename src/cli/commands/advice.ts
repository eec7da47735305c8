import { readFile } from "node:fs/promises";
import { InvalidContentError, loadCatalog } from "../../catalog/load-catalog.js";
import { AppError } from "../../domain/app-error.js";
import { situationChoices } from "../../domain/choices.js";
import type { CliMessages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import type { Catalog } from "../../domain/types.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../../domain/vocabulary.js";
import {
  evaluateAdvice,
  MAX_AGE_MONTHS,
  MAX_AGE_YEARS,
  MAX_PREGNANCY_WEEK,
  parseAdviceRequest,
} from "../../engine/index.js";
import { formatAdviceText } from "../../engine/plain-text.js";
import { engineTexts } from "../../engine/texts.js";
import { ANSI_STYLE, PLAIN_STYLE } from "../../lib/text-style.js";
import { noPositionals, type OptionValues, parseCliArgs, usageError } from "../args.js";
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_OK, readAll, wantsColor } from "../io.js";

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

type Values = OptionValues<typeof OPTIONS>;

/** Flags that build a request; they cannot be mixed with --input (--lang can: it is also the CLI's own). */
const REQUEST_FLAGS = ["age", "age-months", "pregnancy-week", "need", "situation", "precondition"] as const;

/** "4" and "-1" → numbers; anything else stays text, so the request check names the field. */
function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/**
 * Builds the same request object as a JSON file would hold. A precondition may be
 * named by its id or by its request key.
 */
export function requestFromFlags(values: Values, catalog: Catalog, t: CliMessages): Record<string, unknown> {
  const child: Record<string, unknown> = {};
  if (values.age !== undefined) child.ageYears = numberOrText(values.age);
  if (values["age-months"] !== undefined) child.ageMonths = numberOrText(values["age-months"]);
  if (values["pregnancy-week"] !== undefined) child.pregnancyWeek = numberOrText(values["pregnancy-week"]);

  const preconditions: Record<string, string> = {};
  for (const entry of values.precondition ?? []) {
    const at = entry.indexOf("=");
    if (at <= 0) throw usageError(t.advice.preconditionFormat(entry, PRECONDITION_ANSWERS));
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

async function readInput(source: string, io: CliIO, t: CliMessages): Promise<unknown> {
  let text: string;
  try {
    text = source === "-" ? await readAll(io.stdin) : await readFile(source, "utf8");
  } catch (error) {
    throw usageError(t.advice.unreadableFile(source, (error as NodeJS.ErrnoException).code ?? "?"));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError(t.advice.notJson(source === "-" ? t.advice.stdin : source, (error as Error).message));
  }
}

/** A request file without a language of its own takes the one given with --lang. */
function withLang(input: unknown, lang: string | undefined): unknown {
  const isObject = typeof input === "object" && input !== null && !Array.isArray(input);
  return lang !== undefined && isObject && !("lang" in input) ? { ...input, lang } : input;
}

async function run(args: readonly string[], io: CliIO, t: CliMessages): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, t);
  noPositionals(positionals, t);
  const usesFlags = REQUEST_FLAGS.some((flag) => values[flag] !== undefined);
  if (values.input !== undefined && usesFlags) throw usageError(t.advice.inputOrFlags);
  if (values.input === undefined && !usesFlags) throw usageError(t.advice.inputOrFlagsMissing);

  let catalog: Catalog;
  try {
    catalog = await loadCatalog();
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    io.stderr.write(`hechtingswijzer advice: ${t.advice.invalidContent}\n${error.message}\n`);
    return EXIT_FAILURE;
  }

  const input =
    values.input !== undefined
      ? withLang(await readInput(values.input, io, t), values.lang)
      : requestFromFlags(values, catalog, t);
  const parsed = parseAdviceRequest(input, catalog, t.lang);
  if (!parsed.ok) throw AppError.invalid(parsed.issues);

  const advice = evaluateAdvice(parsed.request, catalog);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(advice, null, 2)}\n`);
  } else {
    const style = wantsColor(io, values["no-color"]) ? ANSI_STYLE : PLAIN_STYLE;
    io.stdout.write(formatAdviceText(advice, parsed.request, catalog, style));
  }
  return EXIT_OK;
}

/** The usage, listing the codes a request may hold: situations from the knowledge base, the rest from the contract. */
async function help(t: CliMessages): Promise<string> {
  const catalog = await loadCatalog();
  return t.advice.usage({
    situations: situationChoices(catalog, t.lang),
    needs: NEEDS.map((need) => ({ code: need, label: engineTexts(t.lang).need(need) })),
    preconditions: catalog.preconditions.map((p) => ({ code: p.id, label: localize(p.label, t.lang) })),
    preconditionKeys: catalog.preconditions.map((p) => p.requestKey),
    answers: PRECONDITION_ANSWERS,
    maxAgeYears: MAX_AGE_YEARS,
    maxAgeMonths: MAX_AGE_MONTHS,
    maxPregnancyWeek: MAX_PREGNANCY_WEEK,
  });
}

/** `hechtingswijzer advice`: the keuzehulp on the command line. Nothing is stored or logged. */
export const adviceCommand: CliCommand = { name: "advice", help, run };
