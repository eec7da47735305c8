import { AppError } from "./app-error.js";
import type { EditableKind } from "./drafts.js";
import type { HarmfulPractice, Intervention, Precondition, Situation, SourceDocument } from "./types.js";

/**
 * The history of the knowledge base item by item: every import or published change is a
 * revision holding only the items it changed, so one item's versions are its history.
 * The kinds are the editable ones (drafts.ts). No I/O: src/db keeps the versions, /beheer
 * and the CLI show them.
 */

/** The single item that holds every synonym group; groups have no identity of their own. */
export const SYNONYMS_ITEM_ID = "synonyms";

/** What one item of each kind is: the parsed domain object (the synonym list: its groups). */
export interface ContentItemOfKind {
  readonly intervention: Intervention;
  readonly "harmful-practice": HarmfulPractice;
  readonly situation: Situation;
  readonly precondition: Precondition;
  readonly source: SourceDocument;
  readonly synonyms: readonly (readonly string[])[];
}

/** One stored version of one item, with the revision that made it. */
export interface ItemVersion<K extends EditableKind = EditableKind> {
  readonly revision: number;
  /** ISO 8601 time the revision was made. */
  readonly createdAt: string;
  readonly author: string;
  readonly reason: string;
  /** Who published it from a draft or reverted to it (decision 095); undefined for imports. */
  readonly reviewer: string | undefined;
  /** The item as of this revision; undefined when this revision removed it. */
  readonly item: ContentItemOfKind[K] | undefined;
}

/** Reads one item's versions; the Store implements it. */
export interface ContentHistory {
  /** Every stored version of one item, oldest first (empty when the item never existed). */
  itemHistory<K extends EditableKind>(kind: K, id: string): Promise<readonly ItemVersion<K>[]>;
}

/**
 * The version in force at `revision`: the newest one made at or before it; undefined
 * when the item did not exist yet or was removed by then.
 */
export function versionAt<K extends EditableKind>(
  versions: readonly ItemVersion<K>[],
  revision: number,
): ItemVersion<K> | undefined {
  let found: ItemVersion<K> | undefined;
  for (const version of versions) if (version.revision <= revision) found = version;
  return found;
}

/** Asked for the content as of a revision that was never made (or is not a revision number). */
export class UnknownRevisionError extends AppError {
  constructor(
    readonly revision: number,
    /** The newest revision there is (0: no content yet). */
    readonly current: number,
  ) {
    super("not-found", `There is no content revision ${revision}; the current revision is ${current}.`);
    this.name = "UnknownRevisionError";
  }
}
