import type { z } from "zod";
import {
  harmfulPracticesFileSchema,
  interventionSchema,
  preconditionsFileSchema,
  situationsFileSchema,
  sourcesFileSchema,
  synonymsFileSchema,
} from "../domain/content-schema.js";
import type {
  ContentBundle,
  ContentProblem,
  HarmfulPractice,
  Intervention,
  Precondition,
  Situation,
  SourceDocument,
  SourceRef,
} from "../domain/types.js";
import { checkSummarySources } from "./check-summary-sources.js";
import { type ContentFile, INTERVENTIONS_FOLDER, type RawContent } from "./content-files.js";

export type ValidationResult =
  | { readonly ok: true; readonly bundle: ContentBundle }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** "indications.0.age.from" style paths, as a curator reads them in the YAML. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function parseWith<T>(schema: z.ZodType<T>, file: ContentFile, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: file.file, path: issuePath(issue.path), message: issue.message });
  }
  return undefined;
}

/**
 * Validates the whole knowledge base: each file against its schema, then the
 * references between files. Returns every problem found, not just the first.
 */
export function validateContent(
  raw: RawContent,
  readProblems: readonly ContentProblem[] = [],
): ValidationResult {
  const problems: ContentProblem[] = [...readProblems];
  const single = <T>(schema: z.ZodType<T>, file: ContentFile | undefined): T | undefined =>
    file ? parseWith(schema, file, problems) : undefined;

  const situationsFile = single(situationsFileSchema, raw.situations);
  const sourcesFile = single(sourcesFileSchema, raw.sources);
  const situations = situationsFile?.situations ?? [];
  const sources = sourcesFile?.sources ?? [];
  const preconditions = single(preconditionsFileSchema, raw.preconditions)?.preconditions ?? [];
  const harmfulPractices = single(harmfulPracticesFileSchema, raw.harmfulPractices)?.harmfulPractices ?? [];
  const synonyms = single(synonymsFileSchema, raw.synonyms)?.synonyms ?? [];

  const interventions: { file: string; value: Intervention }[] = [];
  for (const file of raw.interventions) {
    const value = parseWith(interventionSchema, file, problems);
    if (value) interventions.push({ file: file.file, value });
  }

  // A file that did not parse has already been reported; checking references against it would only
  // bury that one problem under a "not found" for every reference to it.
  const known = { situations: situationsFile !== undefined, sources: sourcesFile !== undefined };
  checkReferences(
    { situations, sources, preconditions, harmfulPractices, interventions, raw, known },
    problems,
  );

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    bundle: {
      interventions: interventions.map((i) => i.value),
      harmfulPractices,
      situations,
      preconditions,
      sources,
      synonyms,
    },
  };
}

interface Parsed {
  situations: readonly Situation[];
  sources: readonly SourceDocument[];
  preconditions: readonly Precondition[];
  harmfulPractices: readonly HarmfulPractice[];
  interventions: readonly { file: string; value: Intervention }[];
  raw: RawContent;
  /** Whether situations.yaml and sources.yaml parsed, so references to them can be checked. */
  known: { situations: boolean; sources: boolean };
}

function checkReferences(parsed: Parsed, problems: ContentProblem[]): void {
  const { situations, sources, preconditions, harmfulPractices, interventions, raw, known } = parsed;
  const fileOf = (f: ContentFile | undefined, fallback: string) => f?.file ?? fallback;

  reportDuplicates(
    situations.map((s, i) => ({ id: s.code, path: `situations.${i}.code` })),
    fileOf(raw.situations, "situations.yaml"),
    "situation code",
    problems,
  );
  reportDuplicates(
    sources.map((s, i) => ({ id: s.id, path: `sources.${i}.id` })),
    fileOf(raw.sources, "sources.yaml"),
    "source id",
    problems,
  );
  reportDuplicates(
    preconditions.map((p, i) => ({ id: p.id, path: `preconditions.${i}.id` })),
    fileOf(raw.preconditions, "preconditions.yaml"),
    "precondition id",
    problems,
  );

  const situationCodes = new Set(situations.map((s) => s.code));
  const documentIds = new Set(sources.map((s) => s.id));
  const checkSource = (ref: SourceRef | undefined, file: string, path: string, what: string) => {
    if (!ref) {
      problems.push({ file, path, message: `${what} without a source` });
    } else if (known.sources && !documentIds.has(ref.document)) {
      problems.push({ file, path: `${path}.document`, message: `unknown source document "${ref.document}"` });
    }
  };

  const harmfulFile = fileOf(raw.harmfulPractices, "harmful-practices.yaml");
  harmfulPractices.forEach((h, i) => {
    checkSource(h.source, harmfulFile, `harmfulPractices.${i}.source`, "harmful practice");
  });
  const preconditionFile = fileOf(raw.preconditions, "preconditions.yaml");
  preconditions.forEach((p, i) => {
    checkSource(p.source, preconditionFile, `preconditions.${i}.source`, "precondition");
  });

  // Interventions and harmful practices share one id space: URLs and search use both.
  const allIds = [
    ...interventions.map((i) => ({ id: i.value.id, file: i.file, path: "id" })),
    ...harmfulPractices.map((h, i) => ({ id: h.id, file: harmfulFile, path: `harmfulPractices.${i}.id` })),
  ];
  const seen = new Map<string, string>();
  for (const entry of allIds) {
    const first = seen.get(entry.id);
    if (first)
      problems.push({
        file: entry.file,
        path: entry.path,
        message: `duplicate id "${entry.id}" (also in ${first})`,
      });
    else seen.set(entry.id, entry.file);
  }

  // Ids of intervention files that failed their schema still exist for `related`.
  const interventionIds = new Set([
    ...interventions.map((i) => i.value.id),
    ...raw.interventions
      .map((f) => (f.data as { id?: unknown } | null)?.id)
      .filter((id) => typeof id === "string"),
  ]);
  for (const { file, value } of interventions) {
    const expectedFile = `${INTERVENTIONS_FOLDER}/${value.id}.yaml`;
    if (file !== expectedFile)
      problems.push({
        file,
        path: "id",
        message: `id "${value.id}" does not match the file name (expected ${expectedFile})`,
      });
    value.indications.forEach((indication, i) => {
      indication.situations.forEach((code, j) => {
        if (known.situations && !situationCodes.has(code)) {
          problems.push({
            file,
            path: `indications.${i}.situations.${j}`,
            message: `unknown situation code "${code}"`,
          });
        }
      });
      checkSource(indication.source, file, `indications.${i}.source`, "indication");
    });
    value.listings.forEach((listing, i) => {
      checkSource(listing.source, file, `listings.${i}.source`, "listing");
    });
    checkSummarySources(value, file, known.sources ? documentIds : undefined, problems);
    value.related.forEach((id, i) => {
      if (!interventionIds.has(id))
        problems.push({ file, path: `related.${i}`, message: `unknown intervention "${id}"` });
    });
  }
}

function reportDuplicates(
  entries: readonly { id: string; path: string }[],
  file: string,
  what: string,
  problems: ContentProblem[],
): void {
  const seen = new Set<string>();
  for (const { id, path } of entries) {
    if (seen.has(id)) problems.push({ file, path, message: `duplicate ${what} "${id}"` });
    seen.add(id);
  }
}
