import { seesContacts } from "../../../curation/feedback-inbox.js";
import type { InboxItem, InboxQuery } from "../../../domain/feedback-inbox.js";
import { csvTable } from "../../../lib/csv.js";
import { SelectField, SubmitActions } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { WebContext } from "../../web-env.js";
import type { BeheerHandler } from "./access.js";
import {
  AboutLink,
  aboutLabel,
  inboxText,
  readStatus,
  requireInbox,
  senderRole,
  shortTime,
  statusChoices,
  statusName,
} from "./inbox-parts.js";
import { BeheerNav, BeheerTable, PageLinks, requestedPageNumber } from "./parts.js";

/** Messages per page of the inbox. */
const PER_PAGE = 50;

/** How much of a message the list shows; the whole message is on its own page. */
const EXCERPT_LENGTH = 120;

/** The filter of the list and the CSV: ?status=…&over=… (what the filter form sends). */
function readFilter(c: WebContext): Pick<InboxQuery, "status" | "about"> {
  const about = c.req.query("over");
  return {
    status: readStatus(c.req.query("status")),
    about: about === undefined || about === "" ? undefined : about.slice(0, 300),
  };
}

/** The filter as a query string, for the paging links and the CSV link. */
function filterQuery(
  filter: Pick<InboxQuery, "status" | "about">,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.about) params.set("over", filter.about);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

function excerpt(message: string): string {
  const line = message.replace(/\s+/g, " ");
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

function InboxRow(props: { page: PageContext; item: InboxItem; contacts: boolean }) {
  const { page, item, contacts } = props;
  const text = inboxText(page);
  const cell = "utrecht-table__cell";
  return (
    <tr class="utrecht-table__row">
      <td class={cell}>
        <time datetime={item.createdAt}>{shortTime(item.createdAt)}</time>
      </td>
      <td class={cell}>
        <AboutLink page={page} about={item.about} />
      </td>
      <td class={cell}>
        <a href={`${page.href("/beheer/reacties/reactie")}?id=${encodeURIComponent(item.id)}`}>
          {excerpt(item.message)}
        </a>
      </td>
      <td class={cell}>{senderRole(page, item.role)}</td>
      <td class={cell}>{statusName(page, item.status)}</td>
      {contacts ? (
        <>
          <td class={cell}>{item.name ?? (item.erasedAt ? "—" : text.notGiven)}</td>
          <td class={cell}>{item.email ?? (item.erasedAt ? "—" : text.notGiven)}</td>
        </>
      ) : null}
    </tr>
  );
}

/** GET /beheer/reacties: feedback, newest first, 50 a page, filtered by status and by what it is about. */
export const inboxPage: BeheerHandler = async (page, c, ctx) => {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/reacties is guarded: a session is always there");
  const inbox = requireInbox(ctx);
  const text = inboxText(page);
  const filter = readFilter(c);
  const pageNumber = requestedPageNumber(c.req.query("pagina"));
  const role = session.curator.role;
  // One more than shown tells whether there is an older page.
  const [items, abouts] = await Promise.all([
    inbox.list({ ...filter, limit: PER_PAGE + 1, offset: (pageNumber - 1) * PER_PAGE }, role),
    inbox.abouts(),
  ]);
  const shown = items.slice(0, PER_PAGE);
  const contacts = seesContacts(role);
  const listHref = page.href("/beheer/reacties");
  const headings = [text.received, text.about, text.message, text.role, text.status];
  if (contacts) headings.push(text.name, text.email);
  return {
    meta: { title: text.title, noIndex: true },
    body: (
      <>
        <h1>{text.title}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.lead}</p>
        <h2>{text.filterTitle}</h2>
        <form method="get" action={listHref}>
          <SelectField
            id="status"
            name="status"
            label={text.status}
            value={filter.status ?? ""}
            choices={[{ value: "", label: text.all }, ...statusChoices(page)]}
          />
          <SelectField
            id="over"
            name="over"
            label={text.about}
            value={filter.about ?? ""}
            choices={[
              { value: "", label: text.all },
              ...abouts.map((about) => ({ value: about, label: aboutLabel(page, about) })),
            ]}
          />
          <SubmitActions label={text.filter}>
            <a href={listHref}>{text.reset}</a>
          </SubmitActions>
        </form>
        <p>
          <a href={`${page.href("/beheer/reacties.csv")}${filterQuery(filter)}`}>{text.csv}</a>
        </p>
        {shown.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <BeheerTable page={page} id="inbox-caption" caption={text.caption} headings={headings}>
            {shown.map((item) => (
              <InboxRow page={page} item={item} contacts={contacts} />
            ))}
          </BeheerTable>
        )}
        <PageLinks
          pageNumber={pageNumber}
          hasOlder={items.length > PER_PAGE}
          href={(n) => `${listHref}${filterQuery(filter, { pagina: String(n) })}`}
          newer={text.newer}
          older={text.older}
        />
      </>
    ),
  };
};

/** The columns of the inbox CSV; name, email and erasedAt only for roles that see contact details. */
const CSV_COLUMNS = [
  "id",
  "receivedAt",
  "about",
  "status",
  "role",
  "message",
  "note",
  "handledRevision",
  "updatedAt",
] as const;
const CONTACT_COLUMNS = ["name", "email", "erasedAt"] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof CONTACT_COLUMNS)[number];

/** As many rows as the store may hold (FEEDBACK_MAX_STORED's maximum). */
const CSV_LIMIT = 1_000_000_000;

/** GET /beheer/reacties.csv: the filtered inbox as CSV with a BOM (decision 052), contact details for admins only. */
export const inboxCsv: BeheerHandler = async (page, c, ctx) => {
  const { session } = ctx;
  if (!session) throw new Error("/beheer/reacties.csv is guarded: a session is always there");
  const role = session.curator.role;
  const items = await requireInbox(ctx).list({ ...readFilter(c), limit: CSV_LIMIT, offset: 0 }, role);
  const columns: CsvColumn[] = [...CSV_COLUMNS, ...(seesContacts(role) ? CONTACT_COLUMNS : [])];
  const rows = items.map((item) => ({
    id: item.id,
    receivedAt: item.createdAt,
    about: item.about,
    status: item.status,
    role: item.role ?? null,
    message: item.message,
    note: item.note ?? null,
    handledRevision: item.handledRevision ?? null,
    updatedAt: item.updatedAt ?? null,
    name: item.name ?? null,
    email: item.email ?? null,
    erasedAt: item.erasedAt ?? null,
  }));
  const filename = inboxText(page).csvFile;
  return c.body(csvTable(columns, rows), 200, {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${filename}"`,
  });
};
