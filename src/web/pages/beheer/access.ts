import type { Curation } from "../../../curation/curation.js";
import type { Editing } from "../../../curation/editing.js";
import type { FeedbackInbox } from "../../../curation/feedback-inbox.js";
import type { ActiveSession } from "../../../curation/sessions.js";
import type { Permission } from "../../../domain/accounts.js";
import type { ContentHistory } from "../../../domain/content-history.js";
import type { PageContext } from "../../page-context.js";
import type { RenderedPage, WebContext } from "../../web-env.js";

/**
 * Who may open a /beheer route: anyone (the log-in), someone half-way through a log-in
 * with a second factor, any curator, or a curator whose role has a permission.
 */
export type Access = "public" | "second-step" | "signed-in" | Permission;

/** What a /beheer page gets besides the page context. */
export interface BeheerContext {
  readonly curation: Curation;
  /** The feedback inbox; undefined when the store has none (tests of other pages). */
  readonly inbox: FeedbackInbox | undefined;
  /** The content's item-by-item history (/beheer/inhoud); undefined when the store keeps none. */
  readonly history: ContentHistory | undefined;
  /** Drafts, publishing and reverts; undefined only in tests of other pages. */
  readonly editing: Editing | undefined;
  /** The checked session; always there unless the route is public. */
  readonly session: ActiveSession | undefined;
  /** The CSRF token the page's forms carry (decision 091); "" without a session. */
  readonly csrf: string;
  /** The client address as the rate limiter counts it (TRUST_PROXY hops). */
  readonly address: string;
  /** The request's moment on the app's clock (tests fix it), e.g. for the five years of a recognition. */
  readonly now: Date;
}

export type BeheerHandler = (
  page: PageContext,
  c: WebContext,
  ctx: BeheerContext,
) => RenderedPage | Response | Promise<RenderedPage | Response>;

/** One /beheer route: Dutch path (the English one under /en), method, who may use it. */
export interface BeheerRoute {
  readonly path: string;
  readonly method: "GET" | "POST";
  readonly access: Access;
  readonly handler: BeheerHandler;
}
