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

/** The TypeScript sources through tsx, or the build as production runs it. */
const ENTRY = {
  source: ["--conditions=source", "--import", "tsx", "src/server.ts"],
  build: ["dist/src/server.js"],
};

/**
 * Starts the real server with the given environment and resolves once it logged
 * its address. By default it runs the TypeScript sources through tsx, the pages' JSX
 * runtime included (condition "source", package.json "imports"), so it does not
 * depend on a fresh build; `entry: "build"` runs dist/ (npm test builds it first).
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  entry: keyof typeof ENTRY = "source",
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ENTRY[entry], {
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
