import type { EditableKind } from "../domain/drafts.js";
import type { ContentBundle, ContentProblem } from "../domain/types.js";
import { INTERVENTIONS_FOLDER, type RawContent, SINGLE_FILES } from "./content-files.js";
import { issuePath } from "./validate-content.js";

/** Where an item of each kind sits in the content files: its file and, in a list file, the list's key. */
const LIST_KEYS = {
  "harmful-practice": { file: SINGLE_FILES.harmfulPractices, key: "harmfulPractices" },
  situation: { file: SINGLE_FILES.situations, key: "situations" },
  precondition: { file: SINGLE_FILES.preconditions, key: "preconditions" },
  source: { file: SINGLE_FILES.sources, key: "sources" },
} as const;

/** The id an item of a kind is known by: the id, a situation's code, the synonym list's fixed name. */
export function itemIdOf(kind: EditableKind, item: unknown): string | undefined {
  if (kind === "synonyms") return "synonyms";
  const record = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
  const id = kind === "situation" ? record.code : record.id;
  return typeof id === "string" ? id : undefined;
}

/** One item of the bundle as its plain value (undefined when it does not exist). */
export function itemOf(bundle: ContentBundle, kind: EditableKind, id: string): unknown {
  switch (kind) {
    case "intervention":
      return bundle.interventions.find((i) => i.id === id);
    case "harmful-practice":
      return bundle.harmfulPractices.find((h) => h.id === id);
    case "situation":
      return bundle.situations.find((s) => s.code === id);
    case "precondition":
      return bundle.preconditions.find((p) => p.id === id);
    case "source":
      return bundle.sources.find((s) => s.id === id);
    case "synonyms":
      return bundle.synonyms;
  }
}

/** Where the edited item stands in the files: its file and its path inside it ("" for a file of its own). */
export interface ItemPlace {
  readonly file: string;
  readonly path: string;
}

/**
 * The knowledge base as `content validate` reads it from files, with one item replaced
 * by (or, when new, added as) the edited value, which is not checked yet. Validating
 * this gives exactly the problems an import of the same edit would give.
 */
export function contentWithItem(
  bundle: ContentBundle,
  kind: EditableKind,
  id: string,
  item: unknown,
): { raw: RawContent; place: ItemPlace } {
  let index = -1;
  const replace = <T>(list: readonly T[], idOf: (t: T) => string): unknown[] => {
    const at = list.findIndex((t) => idOf(t) === id);
    index = at === -1 ? list.length : at;
    return at === -1 ? [...list, item] : list.map((t, i) => (i === at ? item : t));
  };
  const interventions =
    kind === "intervention" ? replace(bundle.interventions, (i) => i.id) : bundle.interventions;
  const harmful =
    kind === "harmful-practice" ? replace(bundle.harmfulPractices, (h) => h.id) : bundle.harmfulPractices;
  const situations = kind === "situation" ? replace(bundle.situations, (s) => s.code) : bundle.situations;
  const preconditions =
    kind === "precondition" ? replace(bundle.preconditions, (p) => p.id) : bundle.preconditions;
  const sources = kind === "source" ? replace(bundle.sources, (s) => s.id) : bundle.sources;
  const synonyms = kind === "synonyms" ? item : bundle.synonyms;
  const raw: RawContent = {
    interventions: interventions.map((data, i) => ({
      file: interventionFile(
        kind === "intervention" && i === index ? id : (itemIdOf("intervention", data) ?? ""),
      ),
      data,
    })),
    harmfulPractices: { file: SINGLE_FILES.harmfulPractices, data: { harmfulPractices: harmful } },
    situations: { file: SINGLE_FILES.situations, data: { situations } },
    preconditions: { file: SINGLE_FILES.preconditions, data: { preconditions } },
    sources: { file: SINGLE_FILES.sources, data: { sources } },
    synonyms: { file: SINGLE_FILES.synonyms, data: { synonyms } },
  };
  const place: ItemPlace =
    kind === "intervention"
      ? { file: interventionFile(id), path: "" }
      : kind === "synonyms"
        ? { file: SINGLE_FILES.synonyms, path: "synonyms" }
        : { file: LIST_KEYS[kind].file, path: issuePath([LIST_KEYS[kind].key, index]) };
  return { raw, place };
}

function interventionFile(id: string): string {
  return `${INTERVENTIONS_FOLDER}/${id}.yaml`;
}

/**
 * Splits validation problems into those inside the edited item, with paths relative
 * to the item ("indications.0.age.from"), and the rest (the edit broke something
 * elsewhere, e.g. a reference).
 */
export function problemsOfItem(
  problems: readonly ContentProblem[],
  place: ItemPlace,
): { inItem: ContentProblem[]; elsewhere: ContentProblem[] } {
  const inItem: ContentProblem[] = [];
  const elsewhere: ContentProblem[] = [];
  for (const problem of problems) {
    const inside = place.path === "" || `${problem.path}.`.startsWith(`${place.path}.`);
    if (problem.file === place.file && inside) {
      inItem.push({
        ...problem,
        path: place.path === "" ? problem.path : problem.path.slice(place.path.length + 1),
      });
    } else {
      elsewhere.push(problem);
    }
  }
  return { inItem, elsewhere };
}
