import { pathToFileURL } from "node:url";
import { type CliCommand, type CliIO, EXIT_INVALID, EXIT_OK } from "./io.js";

/**
 * Commands are loaded on demand, so `advice` does not pay for the database driver
 * and a fault in one command's module cannot break another.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  advice: {
    summary: "Keuzehulp: passende interventies voor een kind (--json voor de API-uitvoer)",
    load: async () => (await import("./commands/advice.js")).adviceCommand,
  },
  search: {
    summary: "Zoeken in de interventies (--json voor de API-uitvoer)",
    load: async () => (await import("./commands/search.js")).searchCommand,
  },
  content: {
    summary: "Kennisbank: validate [DIR] controleert, list toont de indicaties",
    load: async () => (await import("./commands/content.js")).contentCommand,
  },
  db: {
    summary: "Database: migrate, export DIR, import DIR",
    load: async () => (await import("./commands/db.js")).dbCommand,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Hechtingswijzer — erkende interventies bij problematische gehechtheid",
    "",
    "Gebruik: hechtingswijzer <opdracht> [opties]   (hechtingswijzer <opdracht> --help voor details)",
    "",
    "Opdrachten:",
    ...lines,
    "",
  ].join("\n");
}

/** Runs the CLI with the given arguments; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`hechtingswijzer: onbekende opdracht "${name}"\n\n${helpText()}`);
    return EXIT_INVALID;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT_OK;
  }
  return command.run(rest, io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hechtingswijzer: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
