import type { AuditEntry } from "../../../domain/accounts.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerHandler } from "./access.js";
import { BeheerNav, BeheerTable, beheerText, PageLinks, requestedPageNumber } from "./parts.js";

/** Entries per page of the audit log. */
const PER_PAGE = 50;

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

/** GET /beheer/audit?pagina=N: the audit log for admins, newest first, 50 a page. */
export const auditPage: BeheerHandler = async (page, c, { curation, session }) => {
  if (!session) throw new Error("/beheer/audit is guarded: a session is always there");
  const text = beheerText(page).audit;
  const pageNumber = requestedPageNumber(c.req.query("pagina"));
  // One more than shown tells whether there is an older page.
  const entries = await curation.auditLog({ limit: PER_PAGE + 1, offset: (pageNumber - 1) * PER_PAGE });
  const shown = entries.slice(0, PER_PAGE);
  const pageHref = (n: number) => `${page.href("/beheer/audit")}?pagina=${n}`;
  const cell = "utrecht-table__cell";
  return {
    meta: { title: text.title, noIndex: true },
    body: (
      <>
        <h1>{text.title}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.lead}</p>
        {shown.length === 0 ? (
          <p>{text.none}</p>
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
