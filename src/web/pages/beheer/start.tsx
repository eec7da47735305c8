import { may, mayUseSecondFactor, PERMISSIONS } from "../../../domain/accounts.js";
import type { BeheerHandler } from "./access.js";
import { BeheerNav, beheerText, CsrfField, roleName } from "./parts.js";
import { clearSessionCookie } from "./session-cookie.js";

/** Where a permission is used, when its pages exist already. */
const PERMISSION_PAGES: Partial<Record<(typeof PERMISSIONS)[number], string>> = {
  // Editing starts from the content index: pick an item, then edit it or read its history.
  edit: "/beheer/inhoud",
  review: "/beheer/concepten",
  manageAccounts: "/beheer/accounts",
  readAudit: "/beheer/audit",
  handleFeedback: "/beheer/reacties",
};

/** GET /beheer: who is logged in, what the role allows (with links), and log-out. */
export const startPage: BeheerHandler = (page, _c, { session, csrf }) => {
  if (!session) throw new Error("/beheer is guarded: a session is always there");
  const text = beheerText(page);
  const { curator } = session;
  return {
    meta: { title: text.start.title, noIndex: true },
    body: (
      <>
        <h1>{text.start.title}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.start.signedInAs(curator.displayName, roleName(page, curator.role))}</p>
        <h2>{text.start.mayTitle}</h2>
        <ul>
          {PERMISSIONS.filter((permission) => may(curator.role, permission)).map((permission) => {
            const path = PERMISSION_PAGES[permission];
            const label = text.start.permissions[permission];
            return <li>{path ? <a href={page.href(path)}>{label}</a> : label}</li>;
          })}
        </ul>
        {mayUseSecondFactor(curator.role) ? (
          <p>
            {curator.secondFactor ? (
              text.start.secondFactorOn
            ) : (
              <a href={page.href("/beheer/tweede-factor")}>{text.start.secondFactor}</a>
            )}
          </p>
        ) : null}
        <h2>{text.start.sessionTitle}</h2>
        <p>{text.start.session}</p>
        <form method="post" action={page.href("/beheer/uitloggen")}>
          <CsrfField token={csrf} />
          <div class="hw-actions">
            <button class="hw-button" type="submit">
              {text.start.logout}
            </button>
            <button
              class="hw-button hw-button--secondary"
              type="submit"
              name="overal"
              value="1"
              aria-describedby="logout-everywhere-hint"
            >
              {text.start.logoutEverywhere}
            </button>
          </div>
          <p class="hw-muted" id="logout-everywhere-hint">
            {text.start.logoutEverywhereHint}
          </p>
        </form>
      </>
    ),
  };
};

/** POST /beheer/uitloggen: ends this session, or with overal=1 every session of the curator. */
export const logoutPostPage: BeheerHandler = async (page, c, { curation, session, address }) => {
  const body = await c.req.parseBody();
  if (session) {
    if (body.overal === "1") await curation.logOutEverywhere(session, address);
    else await curation.logOut(session, address);
  }
  clearSessionCookie(c);
  return c.redirect(`${page.href("/beheer/inloggen")}?uit=1`, 303);
};
