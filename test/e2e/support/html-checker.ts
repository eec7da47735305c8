import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../../src/paths.js";

const VNU_JAR = join(PROJECT_ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

/**
 * The Nu Html Checker's errors for named pages, checked in one run (one Java start):
 * each written to `dir` as `<prefix>-<n>.html`, each error named by its page.
 */
export async function htmlCheckerErrors(
  dir: string,
  prefix: string,
  states: readonly { name: string; html: string }[],
): Promise<string[]> {
  const files = states.map((state, index) => {
    const file = join(dir, `${prefix}-${index}.html`);
    writeFileSync(file, state.html);
    return file;
  });
  const run = promisify(execFile);
  // vnu exits non-zero when it finds errors; the JSON report on stderr says which.
  const result = await run("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], {
    maxBuffer: 20 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string }[];
  };
  const page = new RegExp(`${prefix}-(\\d+)\\.html`);
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => `${states[Number(page.exec(m.url)?.[1])]?.name}: ${m.message}`);
}
