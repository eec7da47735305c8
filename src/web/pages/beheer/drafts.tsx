import type { Draft } from "../../../domain/drafts.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerHandler } from "./access.js";
import { draftHref, editingText, itemName, requireEditing } from "./editing-parts.js";
import { revisionTime } from "./history-parts.js";
import { BeheerNav, BeheerTable, breakable } from "./parts.js";

const cell = "utrecht-table__cell";

/** How many decided drafts the page lists under the open ones. */
const RECENT = 20;

function DraftRow(props: { page: PageContext; draft: Draft; outcome?: string }) {
  const { page, draft } = props;
  const text = editingText(page);
  return (
    <tr class="utrecht-table__row">
      <td class={cell}>
        <a href={draftHref(page, draft.id)}>{itemName(page, draft.kind, draft.itemId)}</a>
      </td>
      <td class={cell}>{text.kinds[draft.kind]}</td>
      <td class={cell}>{breakable(draft.latest.savedBy)}</td>
      <td class={cell}>
        <time datetime={draft.latest.savedAt}>{revisionTime(page, draft.latest.savedAt)}</time>
      </td>
      <td class={cell}>{props.outcome ?? draft.latest.reason}</td>
    </tr>
  );
}

/** /beheer/concepten: the open drafts, for reviewers to publish, and the latest decided ones. */
export const draftsPage: BeheerHandler = async (page, _c, ctx) => {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/concepten is guarded: a session is always there");
  const editing = requireEditing(ctx);
  const text = editingText(page);
  const [open, published, withdrawn] = await Promise.all([
    editing.drafts("open"),
    editing.drafts("published"),
    editing.drafts("withdrawn"),
  ]);
  const decided = [...published, ...withdrawn]
    .sort((a, b) => ((a.decidedAt ?? "") < (b.decidedAt ?? "") ? 1 : -1))
    .slice(0, RECENT);
  const outcome = (draft: Draft) =>
    draft.publishedRevision === undefined
      ? text.statuses[draft.status]
      : text.publishedAs(draft.publishedRevision);
  const headings = [text.columns.item, text.columns.kind, text.columns.savedBy, text.columns.savedAt];
  return {
    meta: { title: text.draftsTitle, noIndex: true },
    body: (
      <>
        <h1>{text.draftsTitle}</h1>
        <BeheerNav page={page} session={session} />
        <p>{text.draftsLead}</p>
        {editing.allowSelfPublish ? <p>{text.selfPublishAllowed}</p> : null}
        {open.length === 0 ? (
          <p>{text.noDrafts}</p>
        ) : (
          <BeheerTable
            page={page}
            id="open-drafts"
            caption={text.draftsTitle}
            headings={[...headings, text.columns.reason]}
          >
            {open.map((draft) => (
              <DraftRow page={page} draft={draft} />
            ))}
          </BeheerTable>
        )}
        <h2>{text.recentTitle}</h2>
        {decided.length === 0 ? (
          <p>{text.noRecent}</p>
        ) : (
          <BeheerTable
            page={page}
            id="decided-drafts"
            caption={text.recentTitle}
            headings={[...headings, text.columns.status]}
          >
            {decided.map((draft) => (
              <DraftRow page={page} draft={draft} outcome={outcome(draft)} />
            ))}
          </BeheerTable>
        )}
      </>
    ),
  };
};
