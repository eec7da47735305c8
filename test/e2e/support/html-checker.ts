import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../../src/paths.js";

const VNU_JAR = join(PROJECT_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

/**
 * The Nu Html Checker's errors for pages kept during a browser test, in one run of the
 * checker, each named by its state ("name: message"); [] when every page is valid.
 */
export async function htmlErrors(
  states: readonly { name: string; html: string }[],
  dir: string,
): Promise<string[]> {
  const files = states.map((state, index) => {
    const file = join(dir, `state-${index}.html`);
    writeFileSync(file, state.html);
    return file;
  });
  const result = await promisify(execFile)(
    "java",
    ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files],
    { maxBuffer: 20 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string }[];
  };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${states[Number(/state-(\d+)/.exec(m.url)?.[1])]?.name}: ${m.message}`);
}
