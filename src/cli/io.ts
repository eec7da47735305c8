import type { CliMessages } from "../domain/messages/index.js";

/** What a command may touch: output streams, input, environment. Tests pass fakes. */
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (colour only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** Invalid input or usage: the message on stderr names the field. */
export const EXIT_INVALID = 2;

/**
 * One command behind bin/hechtingswijzer. It speaks the reader's language (`t`);
 * a usage mistake or invalid input is thrown as an AppError, which the dispatcher
 * prints and turns into exit code 2.
 */
export interface CliCommand {
  readonly name: string;
  /** The text for `--help`; may read the knowledge base for the codes it lists. */
  help(t: CliMessages): string | Promise<string>;
  run(args: readonly string[], io: CliIO, t: CliMessages): Promise<number>;
}

/** Colour only on a terminal, and never with --no-color or NO_COLOR (https://no-color.org). */
export function wantsColor(io: CliIO, noColorFlag: boolean | undefined): boolean {
  return io.isTTY && !noColorFlag && io.env.NO_COLOR === undefined;
}

/** Reads all of stdin (for --input -). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
