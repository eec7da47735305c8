import type { Hono, MiddlewareHandler } from "hono";
import { Curation } from "../../../curation/curation.js";
import { FeedbackInbox } from "../../../curation/feedback-inbox.js";
import type { ActiveSession } from "../../../curation/sessions.js";
import { csrfTokenFor } from "../../../curation/tokens.js";
import { may } from "../../../domain/accounts.js";
import type { ContentHistory } from "../../../domain/content-history.js";
import { clientAddress } from "../../../middleware/rate-limit/client-address.js";
import { localPath } from "../../language-paths.js";
import type { PageContext } from "../../page-context.js";
import type { PageDeps } from "../../page-deps.js";
import { renderPage, type WebContext, type WebEnv } from "../../web-env.js";
import type { BeheerContext, BeheerRoute } from "./access.js";
import { BEHEER_CSRF_FIELD, isValidSessionCsrf } from "./csrf-check.js";
import { csrfFailedPage, forbiddenPage } from "./parts.js";
import { BEHEER_ROUTES } from "./routes.js";
import { clearSessionCookie, sessionToken } from "./session-cookie.js";

/**
 * The guard every /beheer route passes, in this order: a session (else to the log-in),
 * the second factor given (else to the second step), the role (else 403), and for a POST
 * the session's CSRF token (else 403, before the page reads or changes anything).
 */
async function guard(
  route: BeheerRoute,
  page: PageContext,
  c: WebContext,
  curation: Curation,
): Promise<{ session: ActiveSession | undefined } | Response | ReturnType<typeof forbiddenPage>> {
  const token = sessionToken(c);
  const session = await curation.session(token);
  if (token !== undefined && !session) clearSessionCookie(c);
  if (route.access === "public") return { session };
  if (!session) return c.redirect(page.href("/beheer/inloggen"), 303);
  if (route.access === "second-step") {
    if (!session.pendingSecondFactor) return c.redirect(page.href("/beheer"), 303);
  } else if (session.pendingSecondFactor) {
    return c.redirect(page.href("/beheer/tweede-stap"), 303);
  } else if (route.access !== "signed-in" && !may(session.curator.role, route.access)) {
    return forbiddenPage(page);
  }
  if (route.method === "POST") {
    // parseBody caches the body, so the page reads the same form again.
    const body = await c.req.parseBody();
    if (!isValidSessionCsrf(c, session.token, body[BEHEER_CSRF_FIELD])) return csrfFailedPage(page);
  }
  return { session };
}

/**
 * Adds the /beheer pages, Dutch and English, to the web app. Without an account store
 * (tests of the public pages) there is no /beheer. Every answer is `no-store`: these pages
 * are for one person and are never kept by a cache.
 */
export function addBeheerRoutes(
  app: Hono<WebEnv>,
  deps: PageDeps,
  context: MiddlewareHandler<WebEnv>,
  renderer: MiddlewareHandler<WebEnv>,
): void {
  const accounts = deps.store.accounts;
  const curation = deps.curation ?? (accounts ? new Curation({ accounts }) : undefined);
  if (!curation) return;
  const feedbackInbox = deps.store.feedbackInbox;
  const inbox = feedbackInbox && accounts ? new FeedbackInbox(feedbackInbox, accounts, deps.now) : undefined;
  const store = deps.store;
  const history = store.itemHistory ? (store as ContentHistory) : undefined;
  const hops = deps.config?.trustedProxyHops ?? 0;
  for (const route of BEHEER_ROUTES) {
    const paths = [route.path, localPath("en", route.path)];
    app.on(route.method, paths, context, renderer, async (c) => {
      c.header("Cache-Control", "no-store");
      const page = c.get("page");
      const checked = await guard(route, page, c, curation);
      if (checked instanceof Response) return checked;
      if ("meta" in checked) return renderPage(c, checked.meta, checked.body, checked.status);
      const ctx: BeheerContext = {
        curation,
        inbox,
        history,
        editing: deps.editing,
        session: checked.session,
        csrf: checked.session ? csrfTokenFor(checked.session.token) : "",
        address: clientAddress(c, hops),
        now: deps.now?.() ?? new Date(),
      };
      const result = await route.handler(page, c, ctx);
      if (result instanceof Response) return result;
      return renderPage(c, result.meta, result.body, result.status ?? 200);
    });
  }
}
