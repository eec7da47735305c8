import { may } from "../../../domain/accounts.js";
import type { ApiToken } from "../../../domain/api-tokens.js";
import { MAX_TOKEN_NAME_LENGTH } from "../../../domain/api-tokens.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import { SubmitActions, TextField } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import { BeheerTable, beheerFormPage, beheerText, breakable, CsrfField } from "./parts.js";

interface TokensView {
  readonly tokens: readonly ApiToken[];
  readonly errors: readonly FormError[];
  readonly notice?: string | undefined;
  readonly problem?: string | undefined;
  /** The token just made: shown on this one answer and never again. */
  readonly made?: string | undefined;
  readonly name?: string | undefined;
}

function DateCell(props: { at: string | undefined; never: string }) {
  return (
    <td class="utrecht-table__cell">
      {props.at ? <time datetime={props.at}>{props.at.slice(0, 10)}</time> : props.never}
    </td>
  );
}

/** One token's row: what tells it apart, never its value, and the button that revokes it. */
function TokenRow(props: { page: PageContext; token: ApiToken; csrf: string; showOwner: boolean }) {
  const { page, token, csrf } = props;
  const text = beheerText(page).tokens;
  const cell = "utrecht-table__cell";
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {token.name}
      </th>
      {props.showOwner ? <td class={cell}>{token.ownerEmail}</td> : null}
      <td class={cell}>
        <code>{token.prefix}…</code>
      </td>
      <DateCell at={token.createdAt} never={text.never} />
      <DateCell at={token.lastUsedAt} never={text.never} />
      <td class={cell}>
        <form method="post" action={page.href("/beheer/tokens/intrekken")}>
          <CsrfField token={csrf} />
          <input type="hidden" name="id" value={token.id} />
          <button
            class="hw-button hw-button--secondary"
            type="submit"
            aria-label={text.revokeLabel(token.name)}
          >
            {text.revoke}
          </button>
        </form>
      </td>
    </tr>
  );
}

function tokensPage(
  page: PageContext,
  ctx: BeheerContext,
  view: TokensView,
  status: PageStatus,
): RenderedPage {
  const { session, csrf } = ctx;
  if (!session) throw new Error("/beheer/tokens is guarded: a session is always there");
  const text = beheerText(page).tokens;
  const admin = may(session.curator.role, "manageAccounts");
  const headings = [
    text.name,
    ...(admin ? [text.owner] : []),
    text.prefix,
    text.created,
    text.lastUsed,
    text.revoke,
  ];
  const head = { title: text.title, status, errors: view.errors, notice: view.notice, problem: view.problem };
  return beheerFormPage(
    page,
    session,
    head,
    <>
      {view.made ? (
        <dl>
          <dt>{text.valueLabel}</dt>
          <dd>
            <code id="new-token">{breakable(view.made)}</code>
          </dd>
          <dd class="hw-muted">{text.usage}</dd>
        </dl>
      ) : null}
      <p class="hw-lead">{text.lead}</p>
      <h2>{admin ? text.allListTitle : text.listTitle}</h2>
      {view.tokens.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <BeheerTable page={page} id="tokens-caption" caption={text.caption} headings={headings}>
          {view.tokens.map((token) => (
            <TokenRow page={page} token={token} csrf={csrf} showOwner={admin} />
          ))}
        </BeheerTable>
      )}
      <h2>{text.addTitle}</h2>
      <form method="post" action={page.href("/beheer/tokens")} novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="name"
          name="name"
          label={text.nameLabel}
          hint={text.nameHint}
          value={view.name ?? ""}
          maxLength={MAX_TOKEN_NAME_LENGTH}
          error={view.errors.find((e) => e.fieldId === "name")?.message}
        />
        <SubmitActions label={text.submit} />
      </form>
    </>,
  );
}

/** GET /beheer/tokens: the curator's API tokens (an admin's list holds everyone's), and the form to make one. */
export const tokensListPage: BeheerHandler = async (page, _c, ctx) => {
  if (!ctx.session) throw new Error("/beheer/tokens is guarded: a session is always there");
  const tokens = await ctx.curation.tokens.list(ctx.session.curator);
  return tokensPage(page, ctx, { tokens, errors: [] }, 200);
};

/** POST /beheer/tokens: makes a token and shows it this once (the answer is no-store, as every /beheer page). */
export const tokensMakePage: BeheerHandler = async (page, c, ctx) => {
  const { session, curation, address } = ctx;
  if (!session) throw new Error("/beheer/tokens is guarded: a session is always there");
  const body = await c.req.parseBody();
  const name = typeof body.name === "string" ? body.name.slice(0, MAX_TOKEN_NAME_LENGTH * 2) : "";
  const text = beheerText(page).tokens;
  const result = await curation.tokens.make(session.curator, name, { email: session.curator.email, address });
  const tokens = await curation.tokens.list(session.curator);
  if (!result.ok) {
    return tokensPage(
      page,
      ctx,
      { tokens, name, errors: [{ fieldId: "name", message: text.errors.name }] },
      400,
    );
  }
  const notice = text.made(result.info.name);
  return tokensPage(page, ctx, { tokens, errors: [], notice, made: result.token }, 200);
};

/** POST /beheer/tokens/intrekken: revokes one token (the curator's own, or anyone's for an admin). */
export const tokensRevokePage: BeheerHandler = async (page, c, ctx) => {
  const { session, curation, address } = ctx;
  if (!session) throw new Error("/beheer/tokens is guarded: a session is always there");
  const body = await c.req.parseBody();
  const id = typeof body.id === "string" ? body.id.slice(0, 100) : "";
  const text = beheerText(page).tokens;
  const revoked = await curation.tokens.revoke(session.curator, id, {
    email: session.curator.email,
    address,
  });
  const tokens = await curation.tokens.list(session.curator);
  if (revoked === "unknown") {
    return tokensPage(page, ctx, { tokens, errors: [], problem: text.errors.unknown }, 404);
  }
  return tokensPage(page, ctx, { tokens, errors: [], notice: text.revoked(revoked.name) }, 200);
};
