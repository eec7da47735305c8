import { resolve } from "node:path";
import { buildCatalog } from "../../catalog/build-catalog.js";
import { formatContentTable, listContent } from "../../catalog/content-table.js";
import { checkContentDir, DEFAULT_CONTENT_DIR, formatProblems } from "../../catalog/load-catalog.js";
import type { BundleCounts, CliMessages } from "../../domain/messages/index.js";
import type { ContentBundle } from "../../domain/types.js";
import { checkLang, parseCliArgs, usageError } from "../args.js";
import { type CliCommand, type CliIO, EXIT_INVALID, EXIT_OK } from "../io.js";

const OPTIONS = { json: { type: "boolean" }, lang: { type: "string" } } as const;
/** validate has nothing to print as JSON. */
const VALIDATE_OPTIONS = { lang: OPTIONS.lang } as const;

/** What a curator checks after an edit: how many of each kind the knowledge base holds. */
export function countBundle(bundle: ContentBundle): BundleCounts {
  return {
    interventions: bundle.interventions.length,
    harmfulPractices: bundle.harmfulPractices.length,
    situations: bundle.situations.length,
    preconditions: bundle.preconditions.length,
    sources: bundle.sources.length,
    indications: bundle.interventions.reduce((sum, i) => sum + i.indications.length, 0),
    synonyms: bundle.synonyms.length,
  };
}

function contentDirFrom(positionals: readonly string[], t: CliMessages): string {
  if (positionals.length > 1) throw usageError(t.args.unexpectedArgument(positionals[1] as string));
  return positionals[0] === undefined ? DEFAULT_CONTENT_DIR : resolve(positionals[0]);
}

async function loadOrReport(dir: string, io: CliIO, t: CliMessages) {
  const result = await checkContentDir(dir);
  if (!result.ok) {
    io.stderr.write(`${t.content.invalid(result.problems.length, dir)}\n`);
    io.stderr.write(`${formatProblems(result.problems)}\n`);
  }
  return result;
}

async function validate(args: readonly string[], io: CliIO, t: CliMessages): Promise<number> {
  const { values, positionals } = parseCliArgs(args, VALIDATE_OPTIONS, t);
  checkLang(values.lang, t);
  const result = await loadOrReport(contentDirFrom(positionals, t), io, t);
  if (!result.ok) return EXIT_INVALID;
  io.stdout.write(`${t.content.valid(countBundle(result.bundle))}\n`);
  return EXIT_OK;
}

async function list(args: readonly string[], io: CliIO, t: CliMessages): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, t);
  checkLang(values.lang, t);
  const result = await loadOrReport(contentDirFrom(positionals, t), io, t);
  if (!result.ok) return EXIT_INVALID;
  const listing = listContent(buildCatalog(result.bundle));
  io.stdout.write(
    values.json ? `${JSON.stringify(listing, null, 2)}\n` : `${formatContentTable(listing, t.lang)}\n`,
  );
  return EXIT_OK;
}

const SUBCOMMANDS: Record<string, (args: readonly string[], io: CliIO, t: CliMessages) => Promise<number>> = {
  validate,
  list,
};

/** `hechtingswijzer content validate [DIR]` and `content list [--json] [--lang nl|en]`. */
export const contentCommand: CliCommand = {
  name: "content",
  help: (t) => t.content.usage,
  async run(args, io, t) {
    const [sub, ...rest] = args;
    const handler = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (!handler) {
      throw usageError(sub === undefined ? t.content.subcommandMissing : t.content.unknownSubcommand(sub));
    }
    return handler(rest, io, t);
  },
};
