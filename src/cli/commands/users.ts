import { Curation } from "../../curation/curation.js";
import { openStore } from "../../db/index.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type NewCuratorProblem } from "../../domain/accounts.js";
import { AppError } from "../../domain/app-error.js";
import { type CliMessages, messages } from "../../domain/messages/index.js";
import { checkLang, parseCliArgs, usageError } from "../args.js";
import { cliStoreOptions } from "../database.js";
import { isTerminal, readHiddenLine } from "../hidden-input.js";
import { type CliCommand, type CliIO, EXIT_OK, readAll } from "../io.js";

const OPTIONS = {
  role: { type: "string" },
  name: { type: "string" },
  "password-stdin": { type: "boolean" },
  database: { type: "string" },
  lang: { type: "string" },
} as const;

/** Who the audit log names for a change made here: there is no client address. */
const CLI_ACTOR = { email: "cli", address: "cli" };

/** The /beheer texts in the CLI's language (the CLI catalogue knows its language). */
function beheerTexts(t: CliMessages) {
  return messages(t.lang).beheer;
}

/**
 * The password: from stdin with --password-stdin (one trailing line break dropped), else
 * typed twice at the terminal without echo. Never a default; no terminal and no
 * --password-stdin is a usage error.
 */
async function readPassword(io: CliIO, fromStdin: boolean, t: CliMessages): Promise<string> {
  const text = beheerTexts(t).cli;
  if (fromStdin) return (await readAll(io.stdin)).replace(/\r?\n$/, "");
  if (!isTerminal(io.stdin)) throw AppError.invalid([{ path: "password", message: text.noTerminal }]);
  const password = await readHiddenLine(io.stdin, text.prompt, io.stderr);
  const again = await readHiddenLine(io.stdin, text.promptAgain, io.stderr);
  if (password !== again) throw AppError.invalid([{ path: "password", message: text.mismatch }]);
  return password;
}

/** `users add --role ROLE EMAIL`: makes an account (the first admin is made this way). */
async function addUser(
  values: Record<string, unknown>,
  positionals: readonly string[],
  io: CliIO,
  t: CliMessages,
) {
  const text = beheerTexts(t);
  if (positionals.length !== 1) throw AppError.invalid([{ path: "email", message: text.cli.emailMissing }]);
  if (typeof values.role !== "string")
    throw AppError.invalid([{ path: "role", message: text.cli.roleMissing }]);
  const password = await readPassword(io, values["password-stdin"] === true, t);
  const store = await openStore(cliStoreOptions(values.database as string | undefined, io.env));
  try {
    await store.migrate();
    const curation = new Curation({ accounts: store.accounts });
    const input = {
      email: positionals[0] ?? "",
      role: values.role,
      password,
      displayName: typeof values.name === "string" ? values.name : "",
    };
    const result = await curation.addCurator(input, CLI_ACTOR);
    if (!result.ok) {
      const errors = text.accounts.errors;
      if (result.issues === "exists") throw AppError.invalid([{ path: "email", message: errors.exists }]);
      const wording: Record<NewCuratorProblem, string> = {
        email: errors.email,
        // On the command line the role is typed as its code, not picked by its name.
        role: text.cli.roleInvalid,
        passwordTooShort: errors.passwordTooShort(MIN_PASSWORD_LENGTH),
        passwordTooLong: errors.passwordTooLong(MAX_PASSWORD_LENGTH),
        displayName: errors.displayName,
      };
      throw AppError.invalid(
        result.issues.map((issue) => ({ path: issue.field, message: wording[issue.problem] })),
      );
    }
    io.stdout.write(`${text.cli.added(result.curator.email, result.curator.role)}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** `users list`: every account with its role (never a password hash). */
async function listUsers(values: Record<string, unknown>, io: CliIO, t: CliMessages) {
  const store = await openStore(cliStoreOptions(values.database as string | undefined, io.env));
  try {
    await store.migrate();
    const curators = await store.accounts.listCurators();
    if (curators.length === 0) io.stdout.write(`${beheerTexts(t).cli.listEmpty}\n`);
    for (const curator of curators)
      io.stdout.write(`${curator.email}\t${curator.role}\t${curator.displayName}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** `hechtingswijzer users`: curator accounts for /beheer. */
export const usersCommand: CliCommand = {
  name: "users",
  help: (t) => beheerTexts(t).cli.usage,
  async run(args, io, t) {
    const { values, positionals: all } = parseCliArgs(args, OPTIONS, t);
    checkLang(values.lang, t);
    const [name, ...positionals] = all;
    const text = beheerTexts(t).cli;
    if (name === undefined) throw usageError(text.subcommandMissing);
    if (name === "add") return addUser(values, positionals, io, t);
    if (name === "list") return listUsers(values, io, t);
    throw usageError(text.unknownSubcommand(name));
  },
};
