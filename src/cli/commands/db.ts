import { checkContentDir, formatProblems } from "../../catalog/load-catalog.js";
import { serializeContent, writeContentDir } from "../../catalog/serialize-content.js";
import { openStore, type Store } from "../../db/index.js";
import { UnknownRevisionError } from "../../domain/content-history.js";
import type { CliMessages } from "../../domain/messages/index.js";
import { checkLang, parseCliArgs, usageError } from "../args.js";
import { cliStoreOptions } from "../database.js";
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from "../io.js";

const DEFAULT_AUTHOR = "cli";
const DEFAULT_REASON = "import via de opdrachtregel";

type Subcommand = (
  store: Store,
  positionals: readonly string[],
  options: Options,
  io: CliIO,
  t: CliMessages,
) => Promise<number>;

interface Options {
  readonly down: boolean;
  /** export: the revision to write; undefined: the current one. */
  readonly revision: number | undefined;
  readonly author: string;
  readonly reason: string;
}

const migrate: Subcommand = async (store, _positionals, options, io, t) => {
  if (options.down) {
    const undone = await store.undoLastMigration();
    io.stdout.write(`${undone ? t.db.migrationUndone(undone) : t.db.nothingToUndo}\n`);
  } else {
    await store.migrate();
    io.stdout.write(`${t.db.migrated}\n`);
  }
  return EXIT_OK;
};

/** The content as of the asked revision; one that was never made is a usage mistake (exit 2). */
async function contentToExport(store: Store, options: Options, t: CliMessages) {
  try {
    return await store.loadContent(options.revision);
  } catch (error) {
    if (error instanceof UnknownRevisionError) {
      throw usageError(t.db.unknownRevision(error.revision, error.current));
    }
    throw error;
  }
}

const exportContent: Subcommand = async (store, positionals, options, io, t) => {
  const dir = positionals[0] as string;
  await store.migrate();
  const { revision, bundle } = await contentToExport(store, options, t);
  if (revision === 0) {
    io.stderr.write(`hechtingswijzer db export: ${t.db.exportEmpty}\n`);
    return EXIT_FAILURE;
  }
  const files = serializeContent(bundle);
  const removed = await writeContentDir(dir, files);
  for (const file of removed) io.stdout.write(`${t.db.removedFile(file, revision)}\n`);
  io.stdout.write(`${t.db.exported(revision, dir, files.length)}\n`);
  return EXIT_OK;
};

const importContent: Subcommand = async (store, positionals, options, io, t) => {
  const dir = positionals[0] as string;
  // Validate before touching the database: an invalid folder never becomes a revision.
  const result = await checkContentDir(dir);
  if (!result.ok) {
    io.stderr.write(`hechtingswijzer db import: ${t.db.importInvalid(dir)}\n`);
    io.stderr.write(`${formatProblems(result.problems)}\n`);
    return EXIT_INVALID;
  }
  await store.migrate();
  const before = await store.currentRevision();
  const revision = await store.importContent(result.bundle, {
    author: options.author,
    reason: options.reason,
  });
  const done = revision === before ? t.db.unchanged(revision) : t.db.imported(revision, options.author);
  io.stdout.write(`${done}\n`);
  return EXIT_OK;
};

/** Subcommands and the number of positional arguments (folders) each takes. */
const SUBCOMMANDS: Record<string, { run: Subcommand; positionals: number }> = {
  migrate: { run: migrate, positionals: 0 },
  export: { run: exportContent, positionals: 1 },
  import: { run: importContent, positionals: 1 },
};

const OPTIONS = {
  database: { type: "string" },
  down: { type: "boolean" },
  author: { type: "string" },
  reason: { type: "string" },
  revision: { type: "string" },
  lang: { type: "string" },
} as const;

/** --revision N: a whole number written as digits; anything else is refused before the database is opened. */
function readRevision(value: string | undefined, t: CliMessages): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]{1,15}$/.test(value)) throw usageError(t.db.revisionNotNumber(value));
  return Number(value);
}

/** `hechtingswijzer db`: migrations, export and import of the knowledge base. */
export const dbCommand: CliCommand = {
  name: "db",
  help: (t) => t.db.usage,
  async run(args, io, t) {
    const { values, positionals: all } = parseCliArgs(args, OPTIONS, t);
    checkLang(values.lang, t);
    const [name, ...positionals] = all;
    if (name === undefined) throw usageError(t.db.subcommandMissing);
    const subcommand = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    if (!subcommand) throw usageError(t.db.unknownSubcommand(name));
    if (positionals.length !== subcommand.positionals) {
      throw usageError(subcommand.positionals === 0 ? t.db.takesNoFolder(name) : t.db.needsOneFolder(name));
    }
    if (values.down && name !== "migrate") throw usageError(t.db.downOnlyWithMigrate);
    if (values.revision !== undefined && name !== "export") throw usageError(t.db.revisionOnlyWithExport);
    const revision = readRevision(values.revision, t);

    const store = await openStore(cliStoreOptions(values.database, io.env));
    try {
      const options: Options = {
        down: values.down ?? false,
        revision,
        author: values.author ?? DEFAULT_AUTHOR,
        reason: values.reason ?? DEFAULT_REASON,
      };
      return await subcommand.run(store, positionals, options, io, t);
    } finally {
      await store.close();
    }
  },
};
