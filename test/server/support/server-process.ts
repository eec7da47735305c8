import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../../../src/paths.js";

/** A server running as a child process (`node --conditions=source --import tsx src/server.ts`). */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Every line it wrote to stdout. */
  readonly output: string[];
  /** SIGKILL: no shutdown code runs (a crash or a power cut as the server sees it). */
  kill9(): Promise<void>;
  /** SIGTERM: graceful shutdown; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real server with the given environment and resolves once it logged
 * its address. Uses the TypeScript sources through tsx, the pages' JSX runtime
 * included (condition "source", package.json "imports"), so it does not depend on a
 * fresh build.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/server.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const errors: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => errors.push(chunk.toString("utf8")));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${errors.join("")}`)), timeoutMs);
    lines.on("line", (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === "listening" && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${errors.join("")}`));
    });
  });
  const exited = once(child, "exit");
  return {
    url,
    child,
    output,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}
