import { pathToFileURL } from "node:url";
import { AppError } from "../domain/app-error.js";
import { choiceTable } from "../domain/messages/help-format.js";
import { type CliMessages, messages } from "../domain/messages/index.js";
import { chosenLang } from "./args.js";
import { type CliCommand, type CliIO, EXIT_FAILURE, EXIT_INVALID, EXIT_OK } from "./io.js";

type CommandName = keyof CliMessages["summaries"];

/**
 * Commands are loaded on demand, so `advice` does not pay for the database driver
 * and a fault in one command's module cannot break another.
 */
const COMMANDS: Record<CommandName, () => Promise<CliCommand>> = {
  advice: async () => (await import("./commands/advice.js")).adviceCommand,
  search: async () => (await import("./commands/search.js")).searchCommand,
  content: async () => (await import("./commands/content.js")).contentCommand,
  db: async () => (await import("./commands/db.js")).dbCommand,
  users: async () => (await import("./commands/users.js")).usersCommand,
};

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** The top-level help: every command with its one-line summary. */
export function helpText(t: CliMessages): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  return t.main.help(choiceTable(names.map((name) => ({ code: name, label: t.summaries[name] }))));
}

/** `hechtingswijzer --lang en advice …`: a --lang before the command moves behind it. */
function commandFirst(argv: readonly string[]): string[] {
  const [first, second] = argv;
  const langArgs = first === "--lang" && second !== undefined ? 2 : first?.startsWith("--lang=") ? 1 : 0;
  return [...argv.slice(langArgs), ...argv.slice(0, langArgs)];
}

/** Prints an AppError as `hechtingswijzer <command>: …` lines; invalid input exits 2, the rest 1. */
function report(io: CliIO, command: string, error: AppError, t: CliMessages): number {
  const lines =
    error.issues.length > 0
      ? error.issues.map((issue) => `${issue.path || t.main.wholeRequest}: ${issue.message}`)
      : [error.message];
  for (const line of lines) io.stderr.write(`hechtingswijzer ${command}: ${line}\n`);
  if (error.code !== "invalid-input") return EXIT_FAILURE;
  io.stderr.write(`${t.main.seeHelp(command)}\n`);
  return EXIT_INVALID;
}

/** Runs the CLI with the given arguments; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const t = messages(chosenLang(argv)).cli;
  const [name, ...rest] = commandFirst(argv);
  if (name === undefined || name.startsWith("--lang") || ["--help", "-h", "help"].includes(name)) {
    io.stdout.write(helpText(t));
    return EXIT_OK;
  }
  if (!isCommand(name)) {
    io.stderr.write(`hechtingswijzer: ${t.main.unknownCommand(name)}\n\n${helpText(t)}`);
    return EXIT_INVALID;
  }
  const command = await COMMANDS[name]();
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(`${await command.help(t)}\n`);
      return EXIT_OK;
    }
    return await command.run(rest, io, t);
  } catch (error) {
    if (error instanceof AppError) return report(io, name, error, t);
    throw error;
  }
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
