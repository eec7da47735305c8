import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCatalog } from "../../catalog/build-catalog.js";
import { formatContentTable, listContent } from "../../catalog/content-table.js";
import { checkContentDir, DEFAULT_CONTENT_DIR, formatProblems } from "../../catalog/load-catalog.js";
import type { ContentBundle } from "../../catalog/validate-content.js";
import { LANGS, type Lang } from "../../domain/text.js";
import { type CliCommand, type CliIO, EXIT_INVALID, EXIT_OK } from "../io.js";

const USAGE = `Gebruik:
  hechtingswijzer content validate [MAP]                 controleert de kennisbank (standaard: content/)
  hechtingswijzer content list [MAP] [--json] [--lang nl|en]
                                                         toont elke interventie met haar indicaties

validate: exitcode 0 en een samenvatting als alles klopt; anders exitcode 2 en
elk probleem als "bestand: pad: melding" op stderr.`;

/** Thrown for a usage mistake; the message names the flag or argument. */
class UsageError extends Error {}

/** "19 interventies, 4 schadelijke praktijken, …" — what a curator checks after an edit. */
export function summarizeBundle(bundle: ContentBundle): string {
  const indications = bundle.interventions.reduce((sum, i) => sum + i.indications.length, 0);
  return [
    `${bundle.interventions.length} interventies`,
    `${bundle.harmfulPractices.length} schadelijke praktijken`,
    `${bundle.situations.length} situaties`,
    `${bundle.preconditions.length} voorwaarden`,
    `${bundle.sources.length} brondocumenten`,
    `${indications} indicaties`,
    `${bundle.synonyms.length} synoniemgroepen`,
  ].join(", ");
}

/** Runs node:util parseArgs and turns its errors into usage errors that name the flag. */
function parseOrThrow<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(--?[A-Za-z][\w-]*)/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) throw new UsageError(`onbekende optie ${flag}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
      throw new UsageError(`${flag}: ontbrekende of ongeldige waarde`);
    }
    throw new UsageError(message);
  }
}

function contentDirFrom(positionals: readonly string[]): string {
  if (positionals.length > 1) throw new UsageError(`onverwacht argument "${positionals[1]}"`);
  return positionals[0] === undefined ? DEFAULT_CONTENT_DIR : resolve(positionals[0]);
}

async function loadOrReport(dir: string, io: CliIO) {
  const result = await checkContentDir(dir);
  if (!result.ok) {
    const count = result.problems.length;
    io.stderr.write(`ongeldig: ${count} ${count === 1 ? "probleem" : "problemen"} in ${dir}\n`);
    io.stderr.write(`${formatProblems(result.problems)}\n`);
  }
  return result;
}

async function validate(args: readonly string[], io: CliIO): Promise<number> {
  const { positionals } = parseOrThrow(() =>
    parseArgs({ args: [...args], options: {}, allowPositionals: true, strict: true }),
  );
  const result = await loadOrReport(contentDirFrom(positionals), io);
  if (!result.ok) return EXIT_INVALID;
  io.stdout.write(`geldig: ${summarizeBundle(result.bundle)}\n`);
  return EXIT_OK;
}

async function list(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrThrow(() =>
    parseArgs({
      args: [...args],
      options: { json: { type: "boolean", default: false }, lang: { type: "string", default: "nl" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const lang = values.lang;
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang: "${lang}" is geen taal; kies nl of en`);
  }
  const result = await loadOrReport(contentDirFrom(positionals), io);
  if (!result.ok) return EXIT_INVALID;
  const listing = listContent(buildCatalog(result.bundle));
  io.stdout.write(
    values.json ? `${JSON.stringify(listing, null, 2)}\n` : `${formatContentTable(listing, lang as Lang)}\n`,
  );
  return EXIT_OK;
}

const SUBCOMMANDS: Record<string, (args: readonly string[], io: CliIO) => Promise<number>> = {
  validate,
  list,
};

/** `hechtingswijzer content validate [DIR]` and `content list [--json] [--lang nl|en]`. */
export const contentCommand: CliCommand = {
  name: "content",
  summary: "Kennisbank: validate [MAP] controleert, list toont de indicaties",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const handler = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (!handler) {
      const what = sub === undefined ? "geef een subopdracht" : `onbekende subopdracht "${sub}"`;
      io.stderr.write(`hechtingswijzer content: ${what}\n\n${USAGE}\n`);
      return EXIT_INVALID;
    }
    try {
      return await handler(rest, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`hechtingswijzer content ${sub}: ${error.message}\n`);
      return EXIT_INVALID;
    }
  },
};
