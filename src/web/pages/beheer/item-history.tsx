import { may } from "../../../domain/accounts.js";
import type { ItemVersion } from "../../../domain/content-history.js";
import { SelectField, SubmitActions } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerHandler } from "./access.js";
import { editingText } from "./editing-parts.js";
import {
  CONTENT_PATH,
  DIFF_PATH,
  historyPage,
  historyText,
  isLoaded,
  type LoadedHistory,
  loadHistory,
  revisionTime,
} from "./history-parts.js";
import { BeheerTable, Notice } from "./parts.js";
import { revertHref } from "./revert.js";

const cell = "utrecht-table__cell";

/** The revisions in a select: newest first, like the table. */
function revisionChoices(page: PageContext, versions: readonly ItemVersion[]) {
  return [...versions].reverse().map((version) => ({
    value: String(version.revision),
    label: historyText(page).revisionChoice(version.revision, revisionTime(page, version.createdAt)),
  }));
}

/**
 * Two selects that open the difference page (a GET form, so it works without JavaScript and
 * the result has an address to share); by default the previous revision against the newest.
 */
function CompareForm(props: { page: PageContext; history: LoadedHistory }) {
  const { page, history } = props;
  const text = historyText(page);
  const { versions } = history;
  const newest = versions.at(-1);
  const previous = versions.at(-2);
  if (!newest || !previous) return <p>{text.onlyOne}</p>;
  const choices = revisionChoices(page, versions);
  return (
    <form method="get" action={page.href(DIFF_PATH)}>
      <input type="hidden" name="soort" value={history.kind} />
      <input type="hidden" name="id" value={history.id} />
      <SelectField
        id="van"
        name="van"
        label={text.from}
        choices={choices}
        value={String(previous.revision)}
      />
      <SelectField id="tot" name="tot" label={text.to} choices={choices} value={String(newest.revision)} />
      <SubmitActions label={text.compare} />
    </form>
  );
}

/** GET /beheer/inhoud/geschiedenis?soort=…&id=…: an item's revisions, newest first, and the way to compare two. */
export const itemHistoryPage: BeheerHandler = async (page, c, ctx) => {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const history = await loadHistory(page, c, ctx);
  if (!isLoaded(history)) return history;
  const text = historyText(page);
  const editText = editingText(page);
  // A reviewer sets an item back to any of its earlier versions (a new revision).
  const mayRevert = may(session.curator.role, "review");
  const newest = history.versions.at(-1)?.revision;
  const reverted = Number(c.req.query("teruggezet"));
  const revertedTo = Number(c.req.query("naar"));
  const notice =
    Number.isInteger(reverted) && Number.isInteger(revertedTo) && reverted === newest
      ? editText.reverted(reverted, revertedTo)
      : undefined;
  return historyPage(
    page,
    session,
    {
      title: text.title(history.name),
      back: { href: page.href(CONTENT_PATH), label: text.toIndex },
      lead: text.lead(text.kinds[history.kind]),
    },
    <>
      <Notice kind="ok" text={notice} />
      <BeheerTable
        page={page}
        id="revisions-caption"
        caption={text.caption}
        headings={[
          text.revision,
          text.time,
          text.author,
          text.reason,
          ...(mayRevert ? [editText.revertSubmit] : []),
        ]}
      >
        {[...history.versions].reverse().map((version) => (
          <tr class="utrecht-table__row">
            <td class={cell}>{version.revision}</td>
            <td class={cell}>
              <time datetime={version.createdAt}>{revisionTime(page, version.createdAt)}</time>
            </td>
            <td class={cell}>
              {version.author}
              {version.reviewer ? ` (${editText.publishedBy(version.reviewer)})` : null}
            </td>
            <td class={cell}>
              {version.reason}
              {version.item === undefined ? <strong> {text.removed}</strong> : null}
            </td>
            {mayRevert ? (
              <td class={cell}>
                {version.revision !== newest && version.item !== undefined ? (
                  <a href={revertHref(page, history, version.revision)}>
                    {editText.revertLink}
                    <span class="hw-visually-hidden"> {text.revisionChoice(version.revision, "")}</span>
                  </a>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </BeheerTable>
      <h2>{text.compareTitle}</h2>
      <CompareForm page={page} history={history} />
    </>,
  );
};
