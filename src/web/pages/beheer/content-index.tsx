import { SYNONYMS_ITEM_ID } from "../../../domain/content-history.js";
import { EDITABLE_KINDS, type EditableKind } from "../../../domain/drafts.js";
import { localize } from "../../../domain/text.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerHandler } from "./access.js";
import { EDIT_PATH, editHref, editingText } from "./editing-parts.js";
import { historyHref, historyText } from "./history-parts.js";
import { BeheerNav, BeheerTable } from "./parts.js";

const cell = "utrecht-table__cell";

/** One row of the index: the item as the curator knows it. */
export interface IndexRow {
  readonly kind: EditableKind;
  readonly id: string;
  readonly name: string;
}

/** One link in a row's "Acties" cell; its hidden words name the item for a screen reader. */
export interface ItemAction {
  readonly href: string;
  readonly label: string;
}

/**
 * What a curator can do with one item. The history is always there; editing adds its link
 * here, so every row keeps its actions in one cell.
 */
export function itemActions(page: PageContext, row: IndexRow): ItemAction[] {
  return [
    { href: editHref(page, row.kind, row.id), label: editingText(page).editLink },
    { href: historyHref(page, row.kind, row.id), label: historyText(page).historyLink },
  ];
}

/** Where a new item of each kind is started (the synonym list is one item, never new). */
function NewItemLinks(props: { page: PageContext }) {
  const { page } = props;
  const text = editingText(page);
  const kinds = EDITABLE_KINDS.filter((kind) => kind !== "synonyms");
  return (
    <>
      <h2>{text.newLinksTitle}</h2>
      <ul>
        {kinds.map((kind) => (
          <li>
            <a
              href={`${page.href(EDIT_PATH)}?${new URLSearchParams({ soort: kind, nieuw: "1" }).toString()}`}
            >
              {text.newTitle(text.kinds[kind])}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function ActionsCell(props: { page: PageContext; row: IndexRow }) {
  return (
    <td class={cell}>
      <ul class="hw-row-actions">
        {itemActions(props.page, props.row).map((action) => (
          <li class="hw-row-actions__item">
            <a href={action.href}>
              {action.label}
              <span class="hw-visually-hidden"> {props.row.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </td>
  );
}

/** One kind of item: a heading and a table of its items with their actions. */
function IndexSection(props: {
  page: PageContext;
  id: string;
  title: string;
  rows: readonly IndexRow[];
  /** What the section holds, said in a sentence, instead of the count in its heading. */
  lead?: string;
}) {
  const { page, id, rows, lead } = props;
  const text = historyText(page);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{lead === undefined ? `${props.title} (${rows.length})` : props.title}</h2>
      {lead === undefined ? null : <p>{lead}</p>}
      <BeheerTable
        page={page}
        id={`${id}-caption`}
        caption={props.title}
        headings={[text.name, text.id, text.actions]}
      >
        {rows.map((row) => (
          <tr class="utrecht-table__row">
            <td class={cell}>{row.name}</td>
            <td class={cell}>
              <code>{row.id}</code>
            </td>
            <ActionsCell page={page} row={row} />
          </tr>
        ))}
      </BeheerTable>
    </section>
  );
}

/** GET /beheer/inhoud: every item of the published content, each with a link to its history. */
export const contentIndexPage: BeheerHandler = (page, _c, { session }) => {
  if (!session) throw new Error("/beheer/inhoud is guarded: a session is always there");
  const text = historyText(page);
  const { catalog } = page;
  const sections: [string, string, IndexRow[]][] = [
    [
      "interventions",
      text.sections.interventions,
      catalog.interventions.map((i) => ({ kind: "intervention", id: i.id, name: i.name })),
    ],
    [
      "harmful-practices",
      text.sections.harmfulPractices,
      catalog.harmfulPractices.map((h) => ({
        kind: "harmful-practice",
        id: h.id,
        name: localize(h.name, page.lang),
      })),
    ],
    [
      "situations",
      text.sections.situations,
      catalog.situations.map((s) => ({ kind: "situation", id: s.code, name: localize(s.label, page.lang) })),
    ],
    [
      "preconditions",
      text.sections.preconditions,
      catalog.preconditions.map((p) => ({
        kind: "precondition",
        id: p.id,
        name: localize(p.label, page.lang),
      })),
    ],
    [
      "sources",
      text.sections.sources,
      catalog.sources.map((s) => ({ kind: "source", id: s.id, name: s.title })),
    ],
  ];
  const synonyms: IndexRow = { kind: "synonyms", id: SYNONYMS_ITEM_ID, name: text.synonymsName };
  return {
    meta: { title: text.indexTitle, noIndex: true },
    body: (
      <>
        <h1>{text.indexTitle}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.indexLead(catalog.revision)}</p>
        <NewItemLinks page={page} />
        {sections.map(([id, title, rows]) => (
          <IndexSection page={page} id={id} title={title} rows={rows} />
        ))}
        <IndexSection
          page={page}
          id="synonyms"
          title={text.sections.synonyms}
          rows={[synonyms]}
          lead={text.synonymsCount(catalog.synonyms.length)}
        />
      </>
    ),
  };
};
