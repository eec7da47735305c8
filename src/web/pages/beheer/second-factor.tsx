import { newTotpSecret, totpUri } from "../../../curation/totp.js";
import { mayUseSecondFactor } from "../../../domain/accounts.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import type { PageContext } from "../../page-context.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import type { BeheerContext, BeheerHandler } from "./access.js";
import { BeheerNav, beheerText, breakable, Notice, TotpCodeForm } from "./parts.js";

const BASE32 = /^[A-Z2-7]{16,64}$/;

function enrolPage(
  page: PageContext,
  ctx: BeheerContext,
  view: { secret?: string; errors?: FormError[]; notice?: string },
  status: PageStatus,
): RenderedPage {
  const { session, csrf } = ctx;
  if (!session) throw new Error("/beheer/tweede-factor is guarded: a session is always there");
  const text = beheerText(page).enrol;
  const errors = view.errors ?? [];
  const { secret } = view;
  return {
    status,
    meta: { title: text.title, noIndex: true, hasErrors: errors.length > 0 },
    body: (
      <>
        <h1>{text.title}</h1>
        <BeheerNav page={page} session={session} />
        <ErrorSummary t={page.t} errors={errors} />
        <Notice kind="ok" text={view.notice} />
        {secret ? (
          <>
            <p class="hw-lead">{text.lead}</p>
            <dl>
              <dt>{text.secret}</dt>
              <dd>
                <code>{secret.match(/.{1,4}/g)?.join(" ")}</code>
              </dd>
              <dt>{text.uri}</dt>
              <dd>
                <code>{breakable(totpUri(secret, session.curator.email))}</code>
              </dd>
            </dl>
            <TotpCodeForm
              action={page.href("/beheer/tweede-factor")}
              csrf={csrf}
              label={text.code}
              hint={text.hint}
              submit={text.submit}
              error={errors[0]?.message}
            >
              <input type="hidden" name="secret" value={secret} />
            </TotpCodeForm>
          </>
        ) : null}
      </>
    ),
  };
}

/**
 * GET /beheer/tweede-factor: a new TOTP key as text and as an otpauth:// address (no QR
 * library: the key is typed or pasted). Nothing is stored until a code proves the app has it.
 */
export const secondFactorFormPage: BeheerHandler = (page, _c, ctx) => {
  const curator = ctx.session?.curator;
  const text = beheerText(page).enrol;
  if (!curator || !mayUseSecondFactor(curator.role)) {
    return enrolPage(page, ctx, { errors: [{ fieldId: "inhoud", message: text.notForRole }] }, 403);
  }
  if (curator.secondFactor) return enrolPage(page, ctx, { notice: text.already }, 200);
  return enrolPage(page, ctx, { secret: newTotpSecret() }, 200);
};

/** POST /beheer/tweede-factor: turns the second factor on when the code fits the key. */
export const secondFactorPostPage: BeheerHandler = async (page, c, ctx) => {
  const body = await c.req.parseBody();
  const secret = typeof body.secret === "string" && BASE32.test(body.secret) ? body.secret : undefined;
  const code = typeof body.code === "string" ? body.code.slice(0, 20) : "";
  const text = beheerText(page).enrol;
  const session = ctx.session;
  if (!session || !mayUseSecondFactor(session.curator.role)) {
    return enrolPage(page, ctx, { errors: [{ fieldId: "inhoud", message: text.notForRole }] }, 403);
  }
  if (session.curator.secondFactor) return enrolPage(page, ctx, { notice: text.already }, 200);
  if (secret && (await ctx.curation.enableSecondFactor(session, secret, code, ctx.address))) {
    return enrolPage(page, ctx, { notice: text.enabled }, 200);
  }
  const fresh = secret ?? newTotpSecret();
  return enrolPage(page, ctx, { secret: fresh, errors: [{ fieldId: "code", message: text.refused }] }, 400);
};
