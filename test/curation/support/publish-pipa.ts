import { Editing, type EditingActor, type PublishOutcome } from "../../../src/curation/editing.js";
import type { CuratorRole } from "../../../src/domain/accounts.js";
import type { PublishingStore } from "../../../src/domain/drafts.js";
import type { Intervention } from "../../../src/domain/types.js";
import { pipaVersion } from "../fixtures/pipa-versions.js";

function actor(email: string, role: CuratorRole): EditingActor {
  return {
    curator: { id: email, email, displayName: email, role, createdAt: "", secondFactor: false },
    address: "192.0.2.1",
  };
}
const editor = actor("redacteur@example.org", "editor");
const reviewer = actor("recensent@example.org", "reviewer");

/**
 * Publishes a tagged version of PIPA (pipaVersion) the way /beheer does, under four eyes:
 * an editor saves it as a draft — carrying on the open draft, as an editor would when one
 * was left behind — and a reviewer who wrote none of it publishes it. `step` is told just
 * before each of the two (the publish with the draft and version it publishes), so a
 * crash test knows what it cut off.
 */
export async function publishPipaVersion(
  store: PublishingStore,
  shipped: Intervention,
  tag: string,
  step: (what: "saving" | "publishing", draft?: { id: string; version: number }) => void = () => {},
): Promise<PublishOutcome> {
  const editing = new Editing(store, { allowSelfPublish: false });
  const open = await store.drafts.openFor("intervention", "pipa");
  const published = await store.publishedVersion("intervention", "pipa");
  step("saving");
  const saved = await editing.saveDraft({
    kind: "intervention",
    itemId: "pipa",
    item: pipaVersion(shipped, tag),
    draftId: open?.id,
    expectedVersion: open?.latest.version,
    baseRevision: published?.revision ?? 0,
    reason: `versie ${tag}`,
    actor: editor,
  });
  if (!saved.ok) throw new Error(`saving ${tag} refused: ${JSON.stringify(saved)}`);
  const draft = { id: saved.draft.id, version: saved.draft.latest.version };
  step("publishing", draft);
  return editing.publish({ draftId: draft.id, version: draft.version, actor: reviewer });
}
