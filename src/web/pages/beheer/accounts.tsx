import type { AddCuratorResult } from "../../../curation/curation.js";
import {
  CURATOR_ROLES,
  type Curator,
  isCuratorRole,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type NewCuratorInput,
  type NewCuratorProblem,
} from "../../../domain/accounts.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import { SelectField, SubmitActions, TextField } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import { BeheerTable, beheerFormPage, beheerText, CsrfField, roleName } from "./parts.js";

interface AccountsView {
  readonly curators: readonly Curator[];
  readonly form: NewCuratorInput;
  readonly errors: readonly FormError[];
  readonly notice?: string | undefined;
}

const EMPTY_FORM: NewCuratorInput = { email: "", role: "editor", password: "", displayName: "" };

function roleChoices(page: PageContext) {
  return CURATOR_ROLES.map((role) => ({ value: role, label: roleName(page, role) }));
}

/** One account's row: its facts (the role is changed in the form below the table). */
function AccountRow(props: { page: PageContext; curator: Curator }) {
  const { page, curator } = props;
  const text = beheerText(page).accounts;
  const cell = "utrecht-table__cell";
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        {curator.email}
      </th>
      <td class={cell}>{curator.displayName}</td>
      <td class={cell}>{roleName(page, curator.role)}</td>
      <td class={cell}>{curator.secondFactor ? text.yes : text.no}</td>
      <td class={cell}>
        <time datetime={curator.createdAt}>{curator.createdAt.slice(0, 10)}</time>
      </td>
    </tr>
  );
}

function accountsPage(
  page: PageContext,
  ctx: BeheerContext,
  view: AccountsView,
  status: PageStatus,
): RenderedPage {
  const { session, csrf } = ctx;
  if (!session) throw new Error("/beheer/accounts is guarded: a session is always there");
  const text = beheerText(page).accounts;
  const errorFor = (id: string) => view.errors.find((e) => e.fieldId === id)?.message;
  const head = { title: text.title, status, errors: view.errors, notice: view.notice };
  return beheerFormPage(
    page,
    session,
    head,
    <>
      <h2>{text.listTitle}</h2>
      <BeheerTable
        page={page}
        id="accounts-caption"
        caption={text.caption}
        headings={[text.email, text.name, text.role, text.secondFactor, text.created]}
      >
        {view.curators.map((curator) => (
          <AccountRow page={page} curator={curator} />
        ))}
      </BeheerTable>
      {view.curators.length > 0 ? (
        <>
          <h2>{text.changeRoleTitle}</h2>
          <form method="post" action={page.href("/beheer/accounts/rol")} novalidate>
            <CsrfField token={csrf} />
            <SelectField
              id="account"
              name="id"
              label={text.account}
              value=""
              choices={view.curators.map((curator) => ({ value: curator.id, label: curator.email }))}
            />
            <SelectField
              id="newRole"
              name="role"
              label={text.newRole}
              value=""
              choices={roleChoices(page)}
              error={errorFor("newRole")}
            />
            <SubmitActions label={text.saveRole} />
          </form>
        </>
      ) : null}
      <h2>{text.addTitle}</h2>
      <form method="post" action={page.href("/beheer/accounts")} novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={text.email}
          value={view.form.email}
          autocomplete="off"
          maxLength={MAX_EMAIL_LENGTH}
          error={errorFor("email")}
        />
        <TextField
          id="displayName"
          name="displayName"
          label={text.displayName}
          hint={text.displayNameHint}
          value={view.form.displayName}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          error={errorFor("displayName")}
        />
        <SelectField
          id="role"
          name="role"
          label={text.role}
          value={view.form.role}
          choices={roleChoices(page)}
          error={errorFor("role")}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={text.password}
          hint={text.passwordHint(MIN_PASSWORD_LENGTH)}
          autocomplete="new-password"
          maxLength={MAX_PASSWORD_LENGTH}
          error={errorFor("password")}
        />
        <SubmitActions label={text.submitAdd} />
      </form>
    </>,
  );
}

/** GET /beheer/accounts: every account with its role, and the form to add one (admins). */
export const accountsListPage: BeheerHandler = async (page, _c, ctx) => {
  const curators = await ctx.curation.listCurators();
  return accountsPage(page, ctx, { curators, form: EMPTY_FORM, errors: [] }, 200);
};

/** The problems of a new account in the reader's words, each pointing at its field. */
function accountErrors(page: PageContext, result: Extract<AddCuratorResult, { ok: false }>): FormError[] {
  const text = beheerText(page).accounts.errors;
  if (result.issues === "exists") return [{ fieldId: "email", message: text.exists }];
  const wording: Record<NewCuratorProblem, string> = {
    email: text.email,
    role: text.role,
    passwordTooShort: text.passwordTooShort(MIN_PASSWORD_LENGTH),
    passwordTooLong: text.passwordTooLong(MAX_PASSWORD_LENGTH),
    displayName: text.displayName,
  };
  return result.issues.map((issue) => ({ fieldId: issue.field, message: wording[issue.problem] }));
}

/** POST /beheer/accounts: adds an account; the password typed is never shown again, not even on an error. */
export const accountsAddPage: BeheerHandler = async (page, c, ctx) => {
  const body = await c.req.parseBody();
  const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
  const form: NewCuratorInput = {
    email: field("email").slice(0, MAX_EMAIL_LENGTH * 2),
    role: field("role"),
    password: field("password").slice(0, MAX_PASSWORD_LENGTH * 4),
    displayName: field("displayName").slice(0, MAX_DISPLAY_NAME_LENGTH * 2),
  };
  const actor = { email: ctx.session?.curator.email ?? "", address: ctx.address };
  const result = await ctx.curation.addCurator(form, actor);
  const curators = await ctx.curation.listCurators();
  if (!result.ok) {
    const errors = accountErrors(page, result);
    return accountsPage(page, ctx, { curators, form: { ...form, password: "" }, errors }, 400);
  }
  const notice = beheerText(page).accounts.added(result.curator.email);
  return accountsPage(page, ctx, { curators, form: EMPTY_FORM, errors: [], notice }, 200);
};

/** POST /beheer/accounts/rol: changes one account's role. */
export const accountsRolePage: BeheerHandler = async (page, c, ctx) => {
  const body = await c.req.parseBody();
  const id = typeof body.id === "string" ? body.id : "";
  const role = body.role;
  const actor = { email: ctx.session?.curator.email ?? "", address: ctx.address };
  const changed = isCuratorRole(role) ? await ctx.curation.setRole(id, role, actor) : "unknown";
  const curators = await ctx.curation.listCurators();
  if (typeof changed === "string") {
    const text = beheerText(page).accounts.errors;
    const message = changed === "last-admin" ? text.lastAdmin : text.role;
    return accountsPage(
      page,
      ctx,
      { curators, form: EMPTY_FORM, errors: [{ fieldId: "newRole", message }] },
      400,
    );
  }
  const notice = beheerText(page).accounts.roleChanged(changed.email, roleName(page, changed.role));
  return accountsPage(page, ctx, { curators, form: EMPTY_FORM, errors: [], notice }, 200);
};
