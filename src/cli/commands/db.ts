import { parseArgs } from "node:util";
import { checkContentDir, formatProblems } from "../../catalog/load-catalog.js";
import { serializeContent, writeContentDir } from "../../catalog/serialize-content.js";
import { openStore, type Store, storeOptionsFromUrl } from "../../db/index.js";
import { AppError } from "../../domain/app-error.js";
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from "../io.js";

const USAGE = `Gebruik:
  hechtingswijzer db migrate [--down]                       database bijwerken (--down: laatste migratie terugdraaien)
  hechtingswijzer db export MAP                             huidige inhoud als inhoudsbestanden naar MAP schrijven
  hechtingswijzer db import MAP [--author NAAM] [--reason TEKST]
                                                            MAP controleren en als nieuwe revisie opslaan

Opties:
  --database URL   postgres://… voor PostgreSQL, anders een SQLite-bestand
                   (standaard: $DATABASE_URL, anders data/hechtingswijzer.sqlite)`;

const DEFAULT_AUTHOR = "cli";
const DEFAULT_REASON = "import via de opdrachtregel";

type Subcommand = (
  store: Store,
  positionals: readonly string[],
  options: Options,
  io: CliIO,
) => Promise<number>;

interface Options {
  readonly down: boolean;
  readonly author: string;
  readonly reason: string;
}

async function migrate(store: Store, _positionals: readonly string[], options: Options, io: CliIO) {
  if (options.down) {
    const undone = await store.undoLastMigration();
    io.stdout.write(
      undone ? `Migratie ${undone} is teruggedraaid.\n` : "Er is geen migratie om terug te draaien.\n",
    );
  } else {
    await store.migrate();
    io.stdout.write("De database is bijgewerkt naar de nieuwste migratie.\n");
  }
  return EXIT_OK;
}

async function exportContent(store: Store, positionals: readonly string[], _options: Options, io: CliIO) {
  const dir = positionals[0] as string;
  await store.migrate();
  const { revision, bundle } = await store.loadContent();
  if (revision === 0) {
    io.stderr.write("hechtingswijzer db export: de database bevat nog geen inhoud (importeer eerst).\n");
    return EXIT_FAILURE;
  }
  const files = serializeContent(bundle);
  const removed = await writeContentDir(dir, files);
  for (const file of removed) io.stdout.write(`verwijderd: ${file} (hoort niet bij revisie ${revision})\n`);
  io.stdout.write(`Revisie ${revision} geschreven naar ${dir} (${files.length} bestanden).\n`);
  return EXIT_OK;
}

async function importContent(store: Store, positionals: readonly string[], options: Options, io: CliIO) {
  const dir = positionals[0] as string;
  // Validate before touching the database: an invalid folder never becomes a revision.
  const result = await checkContentDir(dir);
  if (!result.ok) {
    io.stderr.write(`hechtingswijzer db import: ${dir} is niet geldig; er is niets opgeslagen.\n`);
    io.stderr.write(`${formatProblems(result.problems)}\n`);
    return EXIT_INVALID;
  }
  await store.migrate();
  const before = await store.currentRevision();
  const revision = await store.importContent(result.bundle, {
    author: options.author,
    reason: options.reason,
  });
  if (revision === before) {
    io.stdout.write(
      `Ongewijzigd: de inhoud is gelijk aan revisie ${revision}; er is geen nieuwe revisie gemaakt.\n`,
    );
  } else {
    io.stdout.write(`Revisie ${revision} opgeslagen (auteur: ${options.author}).\n`);
  }
  return EXIT_OK;
}

/** Subcommands and the number of positional arguments (folders) each takes. */
const SUBCOMMANDS: Record<string, { run: Subcommand; positionals: number }> = {
  migrate: { run: migrate, positionals: 0 },
  export: { run: exportContent, positionals: 1 },
  import: { run: importContent, positionals: 1 },
};

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`hechtingswijzer db: ${message}\n\n${USAGE}\n`);
  return EXIT_INVALID;
}

/** `hechtingswijzer db`: migrations, export and import of the knowledge base. */
export const dbCommand: CliCommand = {
  name: "db",
  summary: "Database: migrate, export DIR, import DIR",
  usage: USAGE,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      return usageError(io, (error as Error).message);
    }
    const [name, ...positionals] = parsed.positionals;
    const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!subcommand) return usageError(io, name ? `onbekende opdracht "${name}"` : "geef een opdracht");
    if (positionals.length !== subcommand.positionals) {
      return usageError(
        io,
        subcommand.positionals === 0 ? `${name} neemt geen map` : `${name} verwacht één MAP`,
      );
    }
    if (parsed.values.down && name !== "migrate") return usageError(io, "--down hoort bij migrate");

    const url = parsed.values.database ?? io.env.DATABASE_URL;
    const store = await openStore(storeOptionsFromUrl(url));
    try {
      const options: Options = {
        down: parsed.values.down ?? false,
        author: parsed.values.author ?? DEFAULT_AUTHOR,
        reason: parsed.values.reason ?? DEFAULT_REASON,
      };
      return await subcommand.run(store, positionals, options, io);
    } catch (error) {
      if (error instanceof AppError) {
        io.stderr.write(`hechtingswijzer db ${name}: ${error.message}\n`);
        return EXIT_FAILURE;
      }
      throw error;
    } finally {
      await store.close();
    }
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      database: { type: "string" },
      down: { type: "boolean" },
      author: { type: "string" },
      reason: { type: "string" },
    },
  });
}
