import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import type { BeheerHandler } from "./access.js";
import { beheerText, TotpCodeForm } from "./parts.js";

function secondStepPage(
  page: PageContext,
  csrf: string,
  errors: FormError[],
  status: PageStatus,
): RenderedPage {
  const text = beheerText(page).secondStep;
  return {
    status,
    meta: { title: text.title, noIndex: true, hasErrors: errors.length > 0 },
    body: (
      <>
        <h1>{text.title}</h1>
        <ErrorSummary t={page.t} errors={errors} />
        <p class="hw-lead">{text.lead}</p>
        <TotpCodeForm
          action={page.href("/beheer/tweede-stap")}
          csrf={csrf}
          label={text.code}
          hint={text.hint}
          submit={text.submit}
          error={errors[0]?.message}
        />
      </>
    ),
  };
}

/** GET /beheer/tweede-stap: the TOTP code after the password. */
export const secondStepFormPage: BeheerHandler = (page, _c, { csrf }) => secondStepPage(page, csrf, [], 200);

/** POST /beheer/tweede-stap: a right code completes the log-in; a wrong or used one counts as a failure. */
export const secondStepPostPage: BeheerHandler = async (page, c, { curation, session, csrf, address }) => {
  const body = await c.req.parseBody();
  const code = typeof body.code === "string" ? body.code.slice(0, 20) : "";
  const outcome = session ? await curation.giveSecondFactor(session.token, code, address) : "refused";
  if (outcome === "signed-in") return c.redirect(page.href("/beheer"), 303);
  const text = beheerText(page).secondStep;
  const message = outcome === "locked" ? text.locked : text.refused;
  return secondStepPage(page, csrf, [{ fieldId: "code", message }], outcome === "locked" ? 429 : 400);
};
