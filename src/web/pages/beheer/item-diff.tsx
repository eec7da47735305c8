import { fieldChanges } from "../../../curation/field-diff.js";
import type { BeheerHandler } from "./access.js";
import { FieldDiff } from "./field-diff.js";
import {
  historyHref,
  historyPage,
  historyProblemPage,
  historyText,
  isLoaded,
  loadHistory,
  revisionTime,
} from "./history-parts.js";

/** ?van=N / ?tot=N: a revision number written as digits, or undefined. */
function readRevision(value: string | undefined): number | undefined {
  return value !== undefined && /^[0-9]{1,9}$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/**
 * GET /beheer/inhoud/verschil?soort=…&id=…&van=N&tot=M: what changed in one item from its
 * revision N to M, field by field. Both must be revisions that changed the item (those the
 * history lists); either order is shown as asked.
 */
export const itemDiffPage: BeheerHandler = async (page, c, ctx) => {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const text = historyText(page);
  const from = readRevision(c.req.query("van"));
  const to = readRevision(c.req.query("tot"));
  const history = await loadHistory(page, c, ctx);
  if (!isLoaded(history)) return history;
  if (from === undefined || to === undefined) return historyProblemPage(page, 400, text.badRevision);
  const before = history.versions.find((version) => version.revision === from);
  const after = history.versions.find((version) => version.revision === to);
  if (!before || !after) return historyProblemPage(page, 404, text.notFoundRevision);

  const title = text.diffTitle(history.name, from, to);
  const when = (revision: number, createdAt: string) =>
    text.revisionAt(revision, revisionTime(page, createdAt));
  return historyPage(
    page,
    session,
    {
      title,
      back: { href: historyHref(page, history.kind, history.id), label: text.toHistory },
      lead: text.diffLead(when(from, before.createdAt), when(to, after.createdAt)),
    },
    <FieldDiff page={page} changes={fieldChanges(before.item, after.item, page.lang)} />,
  );
};
