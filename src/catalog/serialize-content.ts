import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import type { z } from "zod";
import {
  harmfulPracticesFileSchema,
  interventionSchema,
  preconditionsFileSchema,
  situationsFileSchema,
  sourcesFileSchema,
  synonymsFileSchema,
} from "../domain/content-schema.js";
import type { ContentBundle } from "../domain/types.js";
import { INTERVENTIONS_FOLDER, SINGLE_FILES } from "./content-files.js";

/** One content file as text, with its path relative to the content folder. */
export interface ContentFileText {
  readonly file: string;
  readonly text: string;
}

/** The parts of zod's definition that tell where object keys and nested values are. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
}

function defOf(schema: z.ZodType | undefined): SchemaDef | undefined {
  return (schema as unknown as { _zod?: { def: SchemaDef } } | undefined)?._zod?.def;
}

/** Looks through optional/nullable/default wrappers to the schema that gives the shape. */
function unwrap(schema: z.ZodType | undefined): SchemaDef | undefined {
  let def = defOf(schema);
  while (def?.innerType || (def?.type === "pipe" && def.in)) def = defOf(def.innerType ?? def.in);
  return def;
}

/**
 * Rewrites a value with object keys in the order its schema declares them (the
 * order a curator reads: id and name first), keys the schema does not know after
 * them alphabetically, and undefined values dropped. The same value therefore
 * always gives the same text, whatever order its source file used.
 */
export function canonicalize(value: unknown, schema?: z.ZodType): unknown {
  const def = unwrap(schema);
  if (Array.isArray(value)) return value.map((item) => canonicalize(item, def?.element));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const declared = Object.keys(def?.shape ?? {});
  const extra = Object.keys(record)
    .filter((key) => !declared.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...declared, ...extra]) {
    if (record[key] !== undefined) out[key] = canonicalize(record[key], def?.shape?.[key]);
  }
  return out;
}

/** YAML without folding long lines, so a one-word edit is a one-line diff. */
function toYaml(value: unknown, schema: z.ZodType): string {
  return stringify(canonicalize(value, schema), { lineWidth: 0 });
}

/**
 * The content files for a bundle, in canonical form: one file per intervention
 * plus the single files, stable key order, no comments. Reading them back with
 * readContentDir gives an equal bundle.
 */
export function serializeContent(bundle: ContentBundle): ContentFileText[] {
  return [
    ...bundle.interventions.map((intervention) => ({
      file: `${INTERVENTIONS_FOLDER}/${intervention.id}.yaml`,
      text: toYaml(intervention, interventionSchema),
    })),
    {
      file: SINGLE_FILES.harmfulPractices,
      text: toYaml({ harmfulPractices: bundle.harmfulPractices }, harmfulPracticesFileSchema),
    },
    { file: SINGLE_FILES.situations, text: toYaml({ situations: bundle.situations }, situationsFileSchema) },
    {
      file: SINGLE_FILES.preconditions,
      text: toYaml({ preconditions: bundle.preconditions }, preconditionsFileSchema),
    },
    { file: SINGLE_FILES.sources, text: toYaml({ sources: bundle.sources }, sourcesFileSchema) },
    { file: SINGLE_FILES.synonyms, text: toYaml({ synonyms: bundle.synonyms }, synonymsFileSchema) },
  ];
}

/**
 * Writes the files into a content folder. Intervention files that are not part
 * of the bundle are removed, so the folder holds exactly this content and an
 * import of it gives the same revision; resolves with the removed paths.
 */
export async function writeContentDir(dir: string, files: readonly ContentFileText[]): Promise<string[]> {
  const interventionsDir = join(dir, INTERVENTIONS_FOLDER);
  await mkdir(interventionsDir, { recursive: true });
  const keep = new Set(files.map((f) => f.file));
  const stale = (await readdir(interventionsDir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => `${INTERVENTIONS_FOLDER}/${name}`)
    .filter((file) => !keep.has(file))
    .sort();
  for (const file of stale) await rm(join(dir, file));
  for (const { file, text } of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text, "utf8");
  }
  return stale;
}
