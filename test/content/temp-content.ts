import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { CONTENT_DIR } from "../../src/paths.js";

/** A throw-away copy of the shipped content folder that a test may break in one place. */
export interface TempContent {
  readonly dir: string;
  /** Parses a YAML file (path relative to the content folder), lets `change` edit it and writes it back. */
  editYaml(file: string, change: (data: Record<string, unknown>) => void): Promise<void>;
  writeText(file: string, text: string): Promise<void>;
  readText(file: string): Promise<string>;
  remove(): Promise<void>;
}

/** Copies the shipped content/ to a fresh temporary folder. */
export async function copyShippedContent(): Promise<TempContent> {
  const dir = await mkdtemp(join(tmpdir(), "hw-content-"));
  await cp(CONTENT_DIR, dir, { recursive: true });
  return {
    dir,
    async editYaml(file, change) {
      const data = parse(await readFile(join(dir, file), "utf8")) as Record<string, unknown>;
      change(data);
      await writeFile(join(dir, file), stringify(data));
    },
    writeText: (file, text) => writeFile(join(dir, file), text),
    readText: (file) => readFile(join(dir, file), "utf8"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
