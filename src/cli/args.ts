import { parseArgs } from "node:util";
import { AppError } from "../domain/app-error.js";
import type { CliMessages } from "../domain/messages/index.js";
import { LANGS, type Lang } from "../domain/text.js";

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

/** A usage mistake: the CLI prints the message and exits with code 2. */
export function usageError(message: string): AppError {
  return new AppError("invalid-input", message);
}

/**
 * Reads the arguments with node:util's parseArgs, then checks its tokens here so every
 * mistake is said in the reader's language. parseArgs runs non-strict because, strict,
 * it refuses `--age -1` before the request check can name the field; a separate value
 * that is itself a `--flag` still counts as a missing value.
 */
export function parseCliArgs<O extends OptionSpecs>(
  args: readonly string[],
  options: O,
  t: CliMessages,
): ParsedArgs<O> {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | string[] | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec =
      token.rawName.startsWith("--") && Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw usageError(t.args.unknownOption(token.rawName, Object.keys(options)));
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw usageError(t.args.takesNoValue(token.rawName));
      values[token.name] = true;
      continue;
    }
    const { value } = token;
    if (value === undefined || (!token.inlineValue && value.startsWith("--"))) {
      throw usageError(t.args.needsValue(token.rawName));
    }
    const previous = values[token.name];
    if (spec.multiple) values[token.name] = [...((previous as string[] | undefined) ?? []), value];
    else if (previous !== undefined) throw usageError(t.args.onlyOnce(token.rawName));
    else values[token.name] = value;
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
