import { Readable } from "node:stream";
import { runCli } from "../../../src/cli/main.js";

export interface CliRunOptions {
  readonly stdin?: string;
  readonly isTTY?: boolean;
  readonly env?: Record<string, string>;
}

/** Runs the CLI in-process with fake streams and collects what it prints. */
export async function runCliCaptured(args: readonly string[], options: CliRunOptions = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([options.stdin ?? ""]),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
