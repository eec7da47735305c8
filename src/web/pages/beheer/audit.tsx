import { AUDIT_ACTIONS, type AuditEntry, type AuditFilter, isAuditAction } from "../../../domain/accounts.js";
import { csvTable } from "../../../lib/csv.js";
import { SelectField, SubmitActions, TextField } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { WebContext } from "../../web-env.js";
import type { BeheerHandler } from "./access.js";
import { BeheerNav, BeheerTable, beheerText, PageLinks, requestedPageNumber } from "./parts.js";

/** Entries per page of the audit log. */
const PER_PAGE = 50;
/** The most entries one CSV download holds: far more than years of curation write. */
const EXPORT_MAX = 1_000_000;
/** The longest actor the filter looks for (an e-mail address is at most 254). */
const ACTOR_MAX = 300;

function actionLabel(page: PageContext, action: string): string {
  const labels: Readonly<Record<string, string>> = beheerText(page).audit.actions;
  return labels[action] ?? action;
}

/** Items of a list shown in full; a longer list (an import of the whole content) shows its first ones and a count. */
const LIST_SHOWN = 5;

function valueText(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  const shown = value.slice(0, LIST_SHOWN).map(String).join(", ");
  return value.length > LIST_SHOWN ? `${shown} … (${value.length})` : shown;
}

/** The detail of an entry as "key: value" pairs (never a password or code: none is written). */
function detailText(entry: AuditEntry): string {
  return Object.entries(entry.detail)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join("; ");
}

/**
 * The filter of the audit page and its CSV (?actie=…&door=…): an action the log knows
 * and an actor as logged. Anything else is no filter, so a stale link still shows the log.
 */
function auditFilter(c: WebContext): AuditFilter {
  const action = c.req.query("actie");
  const actor = c.req.query("door")?.trim().slice(0, ACTOR_MAX);
  return { action: isAuditAction(action) ? action : undefined, actor: actor || undefined };
}

/** The filter as a query string ("" without one), for the paging and CSV links. */
function filterQuery(filter: AuditFilter): string {
  const query = new URLSearchParams();
  if (filter.action) query.set("actie", filter.action);
  if (filter.actor) query.set("door", filter.actor);
  return query.toString();
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/** The GET form that filters the log: works without script, the filter lands in the address. */
function AuditFilterForm(props: { page: PageContext; filter: AuditFilter }) {
  const { page, filter } = props;
  const text = beheerText(page).auditExport;
  const choices = [
    { value: "", label: text.anyAction },
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(page, action) })),
  ];
  return (
    <form method="get" action={page.href("/beheer/audit")} aria-label={text.filterTitle}>
      <div class="hw-inline-fields">
        <SelectField
          id="actie"
          name="actie"
          label={text.action}
          value={filter.action ?? ""}
          choices={choices}
        />
        <TextField
          id="door"
          name="door"
          label={text.actor}
          hint={text.actorHint}
          value={filter.actor ?? ""}
          maxLength={ACTOR_MAX}
        />
      </div>
      <SubmitActions label={text.submit} />
    </form>
  );
}

/** GET /beheer/audit?actie=…&door=…&pagina=N: the audit log for admins, newest first, 50 a page. */
export const auditPage: BeheerHandler = async (page, c, { curation, session }) => {
  if (!session) throw new Error("/beheer/audit is guarded: a session is always there");
  const text = beheerText(page).audit;
  const exportText = beheerText(page).auditExport;
  const filter = auditFilter(c);
  const filtered = filter.action !== undefined || filter.actor !== undefined;
  const pageNumber = requestedPageNumber(c.req.query("pagina"));
  // One more than shown tells whether there is an older page.
  const entries = await curation.auditLog({
    limit: PER_PAGE + 1,
    offset: (pageNumber - 1) * PER_PAGE,
    ...filter,
  });
  const shown = entries.slice(0, PER_PAGE);
  const query = filterQuery(filter);
  const pageHref = (n: number) => `${page.href("/beheer/audit")}?${query ? `${query}&` : ""}pagina=${n}`;
  const cell = "utrecht-table__cell";
  return {
    meta: { title: text.title, noIndex: true },
    body: (
      <>
        <h1>{text.title}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.lead}</p>
        <AuditFilterForm page={page} filter={filter} />
        <p>
          <a href={withQuery(page.href("/beheer/audit.csv"), query)} download>
            {filtered ? exportText.downloadFiltered : exportText.downloadAll}
          </a>
          {filtered ? (
            <>
              {" · "}
              <a href={page.href("/beheer/audit")}>{exportText.clear}</a>
            </>
          ) : null}
        </p>
        {shown.length === 0 ? (
          <p>{filtered ? exportText.noneFiltered : text.none}</p>
        ) : (
          <BeheerTable
            page={page}
            id="audit-caption"
            caption={text.caption}
            headings={[text.at, text.actor, text.action, text.subject, text.address, text.detail]}
          >
            {shown.map((entry) => (
              <tr class="utrecht-table__row">
                <td class={cell}>
                  <time datetime={entry.at}>{entry.at.replace("T", " ").slice(0, 19)}</time>
                </td>
                <td class={cell}>{entry.actor}</td>
                <td class={cell}>{actionLabel(page, entry.action)}</td>
                <td class={cell}>{entry.subject}</td>
                <td class={cell}>{entry.address}</td>
                <td class={cell}>{detailText(entry)}</td>
              </tr>
            ))}
          </BeheerTable>
        )}
        <PageLinks
          pageNumber={pageNumber}
          hasOlder={entries.length > PER_PAGE}
          href={pageHref}
          newer={text.newer}
          older={text.older}
        />
      </>
    ),
  };
};

/** The columns of the CSV: the log's own fields, nothing joined from elsewhere. */
const AUDIT_COLUMNS = ["at", "actor", "action", "subject", "address", "detail"] as const;

/**
 * GET /beheer/audit.csv?actie=…&door=…: the whole log, or what the filter lets through,
 * newest first, as CSV (decision 052). The detail stays JSON, as stored, so a tool can read it.
 */
export const auditCsv: BeheerHandler = async (_page, c, { curation }) => {
  const entries = await curation.auditLog({ limit: EXPORT_MAX, offset: 0, ...auditFilter(c) });
  const rows = entries.map((entry) => ({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    address: entry.address,
    detail: JSON.stringify(entry.detail),
  }));
  return c.body(csvTable(AUDIT_COLUMNS, rows), 200, {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": 'attachment; filename="auditlog.csv"',
  });
};
