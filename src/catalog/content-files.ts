import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { ContentProblem } from "../domain/types.js";

/** One content file as read from disk: its path relative to the content folder and its parsed data. */
export interface ContentFile {
  readonly file: string;
  readonly data: unknown;
}

/** The knowledge base as files, before validation. */
export interface RawContent {
  readonly interventions: readonly ContentFile[];
  readonly harmfulPractices: ContentFile | undefined;
  readonly situations: ContentFile | undefined;
  readonly preconditions: ContentFile | undefined;
  readonly sources: ContentFile | undefined;
  readonly synonyms: ContentFile | undefined;
}

export const SINGLE_FILES = {
  harmfulPractices: "harmful-practices.yaml",
  situations: "situations.yaml",
  preconditions: "preconditions.yaml",
  sources: "sources.yaml",
  synonyms: "synonyms.yaml",
} as const;

export const INTERVENTIONS_FOLDER = "interventions";

/** Reads and parses every content file; YAML syntax errors and missing files become problems. */
export async function readContentDir(dir: string): Promise<{ raw: RawContent; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const read = async (file: string): Promise<ContentFile | undefined> => {
    let text: string;
    try {
      text = await readFile(join(dir, file), "utf8");
    } catch {
      problems.push({ file, path: "", message: "file is missing or unreadable" });
      return undefined;
    }
    try {
      return { file, data: parse(text) };
    } catch (error) {
      problems.push({
        file,
        path: "",
        // The parser's first line ends in ":" before a code excerpt that is left out here.
        message: `not valid YAML: ${(error as Error).message.split("\n")[0]?.replace(/:$/, "")}`,
      });
      return undefined;
    }
  };

  let names: string[] = [];
  try {
    names = (await readdir(join(dir, INTERVENTIONS_FOLDER))).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    problems.push({ file: INTERVENTIONS_FOLDER, path: "", message: "folder is missing" });
  }
  const interventions: ContentFile[] = [];
  for (const name of names) {
    const file = await read(`${INTERVENTIONS_FOLDER}/${name}`);
    if (file) interventions.push(file);
  }
  const raw: RawContent = {
    interventions,
    harmfulPractices: await read(SINGLE_FILES.harmfulPractices),
    situations: await read(SINGLE_FILES.situations),
    preconditions: await read(SINGLE_FILES.preconditions),
    sources: await read(SINGLE_FILES.sources),
    synonyms: await read(SINGLE_FILES.synonyms),
  };
  return { raw, problems };
}
