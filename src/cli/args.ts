import { AppError } from "../domain/app-error.js";
import { LANGS, type Lang } from "../domain/text.js";
import type { CliMessages } from "./messages/index.js";

/** One option a command takes: a switch, or a flag with a value (repeatable when `multiple`). */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The values found, typed by the specs: a switch is true, a repeatable flag a list. */
export type OptionValues<O extends OptionSpecs> = {
  -readonly [K in keyof O]?: O[K]["type"] extends "boolean"
    ? boolean
    : O[K]["multiple"] extends true
      ? string[]
      : string;
};

export interface ParsedArgs<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: string[];
}

/** "-1", "-3": a value, not an option (node:util's parseArgs refuses them after --age). */
const NEGATIVE_NUMBER = /^-\d/;

/** A usage mistake: the CLI prints the message and exits with code 2. */
export function usageError(message: string): AppError {
  return new AppError("invalid-input", message);
}

/**
 * Reads `--flag value`, `--flag=value`, switches and positionals, the one way every
 * command does. A value may start with a dash (`--age -1`), so the request check can
 * name the field; only a missing value or another `--flag` counts as no value.
 * Mistakes throw a usage error in the reader's language.
 */
export function parseCliArgs<O extends OptionSpecs>(
  args: readonly string[],
  options: O,
  t: CliMessages,
): ParsedArgs<O> {
  const values: Record<string, string | string[] | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-" || NEGATIVE_NUMBER.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const at = arg.indexOf("=");
    const flag = at < 0 ? arg : arg.slice(0, at);
    const name = flag.replace(/^--?/, "");
    const spec = flag.startsWith("--") && Object.hasOwn(options, name) ? options[name] : undefined;
    if (!spec) throw usageError(t.args.unknownOption(flag, Object.keys(options)));
    if (spec.type === "boolean") {
      if (at >= 0) throw usageError(t.args.takesNoValue(flag));
      values[name] = true;
      continue;
    }
    const next = args[i + 1];
    const value =
      at >= 0 ? arg.slice(at + 1) : next !== undefined && !next.startsWith("--") ? next : undefined;
    if (value === undefined) throw usageError(t.args.needsValue(flag));
    if (at < 0) i++;
    const previous = values[name];
    if (spec.multiple) values[name] = [...((previous as string[] | undefined) ?? []), value];
    else if (previous !== undefined) throw usageError(t.args.onlyOnce(flag));
    else values[name] = value;
  }
  return { values: values as OptionValues<O>, positionals };
}

/** Refuses a positional argument where a command takes none. */
export function noPositionals(positionals: readonly string[], t: CliMessages): void {
  if (positionals[0] !== undefined) throw usageError(t.args.unexpectedArgument(positionals[0]));
}

/** The language the reader asked for with `--lang`, when it is one; Dutch otherwise. */
export function chosenLang(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return "nl";
}

/** Checks a `--lang` value for commands that do not pass it on to a request check of their own. */
export function checkLang(value: string | undefined, t: CliMessages): void {
  if (value !== undefined && !(LANGS as readonly string[]).includes(value)) {
    throw usageError(t.args.unknownLang(value, LANGS));
  }
}
