import { contentWithItem, itemOf, problemsOfItem } from "../catalog/edited-content.js";
import { validateContent } from "../catalog/validate-content.js";
import type { Curator } from "../domain/accounts.js";
import type { Draft, DraftStatus, EditableKind, PublishingStore } from "../domain/drafts.js";
import type { ContentProblem } from "../domain/types.js";
import { canonicalJson } from "../lib/canonical-json.js";

/** Checked against the whole knowledge base: the item's own problems, and what it breaks elsewhere. */
export interface ItemProblems {
  readonly inItem: readonly ContentProblem[];
  readonly elsewhere: readonly ContentProblem[];
}

export type SaveOutcome =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly problems: ItemProblems }
  /** Someone else saved this draft (or started one for the item) since the form was filled. */
  | { readonly ok: false; readonly conflict: Draft };

/** Why a publish or a revert did not happen. */
export type PublishRefusal =
  /** Four eyes: the reviewer saved a version of this draft. */
  | { readonly refused: "own-draft" }
  | { readonly refused: "not-open" }
  /** The draft was saved again after the reviewer opened it. */
  | { readonly refused: "draft-changed" }
  /** The item was published since the draft began: its editor has to take those changes in. */
  | { readonly refused: "base-changed"; readonly baseRevision: number; readonly publishedRevision: number }
  | { readonly refused: "invalid"; readonly problems: ItemProblems }
  | { readonly refused: "unchanged" }
  /** Other revisions kept coming in between checking and writing; trying again later works. */
  | { readonly refused: "busy" }
  /** Revert: the item did not exist in that revision. */
  | { readonly refused: "no-such-version" };

export type PublishOutcome =
  | { readonly ok: true; readonly revision: number }
  | ({ readonly ok: false } & PublishRefusal);

/** Who acts, from where (for the audit log). */
export interface EditingActor {
  readonly curator: Curator;
  readonly address: string;
}

/** How often a publish is retried when another revision slipped in between checking and writing. */
const PUBLISH_ATTEMPTS = 3;

/**
 * Editing the knowledge base in /beheer (issue 15, items 2–4, decision 095): drafts
 * checked as `content validate` checks files, published by a reviewer who wrote none
 * of the draft (unless the installation allows one person to do both), reverts as new
 * revisions. Nothing is written unless the whole knowledge base still checks out.
 */
export class Editing {
  constructor(
    private readonly store: PublishingStore,
    private readonly options: { readonly allowSelfPublish: boolean },
  ) {}

  /** Whether this installation lets one person both write and publish a change. */
  get allowSelfPublish(): boolean {
    return this.options.allowSelfPublish;
  }

  /** Drafts with a status, newest save first. */
  drafts(status: DraftStatus): Promise<readonly Draft[]> {
    return this.store.drafts.list(status);
  }

  /** One draft with its newest version; undefined when there is none with this id. */
  draft(id: string): Promise<Draft | undefined> {
    return this.store.drafts.get(id);
  }

  /** What an edit form starts from: the published item (with its revision) and the open draft, if any. */
  async startingPoint(kind: EditableKind, itemId: string) {
    const [published, draft] = await Promise.all([
      this.store.publishedVersion(kind, itemId),
      this.store.drafts.openFor(kind, itemId),
    ]);
    return { published, draft };
  }

  /**
   * Checks the edited item against the current knowledge base and, only when nothing
   * is wrong, saves it as a new draft version. `item` is the form's value, unchecked.
   */
  async saveDraft(input: {
    readonly kind: EditableKind;
    readonly itemId: string;
    readonly item: unknown;
    readonly draftId: string | undefined;
    readonly expectedVersion: number | undefined;
    readonly baseRevision: number;
    readonly reason: string;
    readonly actor: EditingActor;
  }): Promise<SaveOutcome> {
    const { bundle } = await this.store.loadContent();
    const checked = check(bundle, input.kind, input.itemId, input.item);
    if (!checked.ok) return { ok: false, problems: checked.problems };
    return this.store.drafts.save({
      draftId: input.draftId,
      expectedVersion: input.expectedVersion,
      kind: input.kind,
      itemId: input.itemId,
      baseRevision: input.baseRevision,
      data: checked.data,
      reason: input.reason,
      savedBy: input.actor.curator.email,
      address: input.actor.address,
    });
  }

  /** The edited item's problems within the current knowledge base, saving nothing; none when it checks out. */
  async problems(kind: EditableKind, itemId: string, item: unknown): Promise<ItemProblems> {
    const { bundle } = await this.store.loadContent();
    const checked = check(bundle, kind, itemId, item);
    return checked.ok ? { inItem: [], elsewhere: [] } : checked.problems;
  }

  /** Gives up an open draft (its versions stay, for the record). */
  withdraw(draftId: string, version: number, actor: EditingActor): Promise<boolean> {
    return this.store.drafts.withdraw(draftId, version, actor.curator.email, actor.address);
  }

  /**
   * Publishes a draft as a new revision: the reviewer must have written none of it
   * (four eyes), the draft must be the version the reviewer saw, it must start from
   * the item as published now, and the whole knowledge base must still check out.
   */
  async publish(input: {
    readonly draftId: string;
    readonly version: number;
    readonly actor: EditingActor;
  }): Promise<PublishOutcome> {
    const draft = await this.store.drafts.get(input.draftId);
    if (!draft || draft.status !== "open") return { ok: false, refused: "not-open" };
    if (draft.latest.version !== input.version) return { ok: false, refused: "draft-changed" };
    if (!this.options.allowSelfPublish && draft.authors.includes(input.actor.curator.email)) {
      return { ok: false, refused: "own-draft" };
    }
    return this.write(draft.kind, draft.itemId, draft.latest.data, input.actor, {
      action: "content.publish",
      author: draft.authors.join(", "),
      reason: draft.latest.reason,
      draft: { id: draft.id, version: draft.latest.version },
      baseRevision: draft.latest.baseRevision,
    });
  }

  /** Sets an item back to its content in an earlier revision, as a new revision with its own reason. */
  async revert(input: {
    readonly kind: EditableKind;
    readonly itemId: string;
    /** The item's content as of that revision (from its history); undefined: it did not exist then. */
    readonly content: unknown;
    readonly revision: number;
    readonly reason: string;
    readonly actor: EditingActor;
  }): Promise<PublishOutcome> {
    if (input.content === undefined) return { ok: false, refused: "no-such-version" };
    return this.write(input.kind, input.itemId, input.content, input.actor, {
      action: "content.revert",
      author: input.actor.curator.email,
      reason: input.reason,
    });
  }

  /** Checks against the newest knowledge base and writes; retried when another revision came in between. */
  private async write(
    kind: EditableKind,
    itemId: string,
    item: unknown,
    actor: EditingActor,
    what: {
      action: "content.publish" | "content.revert";
      author: string;
      reason: string;
      draft?: { id: string; version: number };
      /** A draft's starting point: the item must still be published as of that revision. */
      baseRevision?: number;
    },
  ): Promise<PublishOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { revision, bundle } = await this.store.loadContent();
      // Read after the content, so a publish of this item in between either shows here or
      // makes the write below stale: the check and the write see the same revision.
      if (what.baseRevision !== undefined) {
        const publishedRevision = (await this.store.publishedVersion(kind, itemId))?.revision ?? 0;
        if (publishedRevision !== what.baseRevision) {
          return { ok: false, refused: "base-changed", baseRevision: what.baseRevision, publishedRevision };
        }
      }
      const checked = check(bundle, kind, itemId, item);
      if (!checked.ok) return { ok: false, refused: "invalid", problems: checked.problems };
      const outcome = await this.store.publishChange({
        kind,
        itemId,
        data: checked.data,
        basedOn: revision,
        meta: { author: what.author, reason: what.reason, reviewer: actor.curator.email },
        action: what.action,
        address: actor.address,
        draft: what.draft,
      });
      if (outcome.ok) return outcome;
      if (outcome.reason !== "stale" || attempt === PUBLISH_ATTEMPTS) {
        return { ok: false, refused: outcome.reason === "stale" ? "busy" : outcome.reason };
      }
    }
  }
}

/** The edited item checked within the whole knowledge base; when valid, as the text the store keeps. */
function check(
  bundle: Parameters<typeof contentWithItem>[0],
  kind: EditableKind,
  itemId: string,
  item: unknown,
): { ok: true; data: string } | { ok: false; problems: ItemProblems } {
  const { raw, place } = contentWithItem(bundle, kind, itemId, item);
  const result = validateContent(raw);
  if (!result.ok) return { ok: false, problems: problemsOfItem(result.problems, place) };
  return { ok: true, data: canonicalJson(itemOf(result.bundle, kind, itemId)) };
}
