import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "../../../domain/accounts.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SubmitActions, TextField } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import { CSRF_FIELD, ensureCsrfToken, isValidCsrf } from "../reageer/csrf.js";
import type { BeheerHandler } from "./access.js";
import { beheerText, Notice } from "./parts.js";
import { sessionToken, setSessionCookie } from "./session-cookie.js";

function loginPage(
  page: PageContext,
  form: { email: string; token: string; notice?: string | undefined; errors?: FormError[] },
  status: PageStatus = 200,
): RenderedPage {
  const text = beheerText(page).login;
  const errors = form.errors ?? [];
  return {
    status,
    meta: { title: text.title, noIndex: true, hasErrors: errors.length > 0 },
    body: (
      <>
        <h1>{text.title}</h1>
        <ErrorSummary t={page.t} errors={errors} />
        <Notice kind="ok" text={form.notice} />
        <p class="hw-lead">{text.lead}</p>
        <form method="post" action={page.href("/beheer/inloggen")} novalidate>
          <input type="hidden" name={CSRF_FIELD} value={form.token} />
          <TextField
            id="email"
            name="email"
            type="email"
            label={text.email}
            value={form.email}
            autocomplete="username"
            maxLength={MAX_EMAIL_LENGTH}
            error={errors.length > 0 ? errors[0]?.message : undefined}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label={text.password}
            autocomplete="current-password"
            maxLength={MAX_PASSWORD_LENGTH}
          />
          <SubmitActions label={text.submit} />
        </form>
      </>
    ),
  };
}

/**
 * GET /beheer/inloggen: the log-in form. Before log-in there is no session to bind a
 * CSRF token to, so this form uses the site's double-submit cookie (decision 063).
 */
export const loginFormPage: BeheerHandler = async (page, c, { session }) => {
  if (session && !session.pendingSecondFactor) return c.redirect(page.href("/beheer"), 303);
  const notice = c.req.query("uit") === "1" ? beheerText(page).login.loggedOut : undefined;
  return loginPage(page, { email: "", token: ensureCsrfToken(c), notice });
};

/**
 * POST /beheer/inloggen: checks the password (and the lock), sets a new session cookie
 * and sends the curator on to /beheer, or to the second step when TOTP is on. A refusal
 * never says whether the e-mail address has an account; the password is never shown again.
 */
export const loginPostPage: BeheerHandler = async (page, c, { curation, address }) => {
  const body = await c.req.parseBody();
  const email = typeof body.email === "string" ? body.email.trim().slice(0, MAX_EMAIL_LENGTH) : "";
  const password = typeof body.password === "string" ? body.password.slice(0, MAX_PASSWORD_LENGTH * 4) : "";
  const csrfOk = isValidCsrf(c, body[CSRF_FIELD]);
  const token = ensureCsrfToken(c);
  const text = beheerText(page).login;
  if (!csrfOk)
    return loginPage(page, { email, token, errors: [{ fieldId: "email", message: text.expired }] }, 403);
  const result = await curation.logIn({ email, password, address, previousToken: sessionToken(c) });
  if (!("token" in result)) {
    const message = result.outcome === "locked" ? text.locked : text.refused;
    return loginPage(
      page,
      { email, token, errors: [{ fieldId: "email", message }] },
      result.outcome === "locked" ? 429 : 400,
    );
  }
  setSessionCookie(c, result.token);
  return c.redirect(page.href(result.outcome === "second-factor" ? "/beheer/tweede-stap" : "/beheer"), 303);
};
