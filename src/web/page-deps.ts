import type { Curation } from "../curation/curation.js";
import type { Editing } from "../curation/editing.js";
import type { AccountStore } from "../domain/accounts.js";
import type { ContentHistory } from "../domain/content-history.js";
import type { NewFeedback } from "../domain/feedback.js";
import type { FeedbackInboxStore } from "../domain/feedback-inbox.js";
import type { Catalog } from "../domain/types.js";
import type { ApiDescription } from "./pages/api-docs/api-description.js";

/**
 * The part of the application the pages use: the current catalogue, storing
 * feedback and the clock. The app passes its AppDeps, which has all three; the
 * pages know nothing of the database behind them.
 */
export interface PageDeps {
  /** The current catalog snapshot (read on every request; swapped when content changes). */
  readonly holder: { current(): Catalog };
  readonly store: {
    addFeedback(feedback: NewFeedback): Promise<{ id: string; createdAt: string }>;
    /** Curator accounts for /beheer; without them (tests of the public pages) /beheer is not served. */
    readonly accounts?: AccountStore;
    /** The feedback inbox of /beheer/reacties; comes with the accounts. */
    readonly feedbackInbox?: FeedbackInboxStore;
    /** Every version of one content item, for /beheer/inhoud's history and diff. */
    readonly itemHistory?: ContentHistory["itemHistory"];
  };
  /**
   * PUBLIC_URL: the origin absolute links are built from; without it links are root-relative.
   * TRUST_PROXY: where /beheer reads the client address for the log-in lock and the audit log.
   */
  readonly config?: {
    readonly publicUrl?: string | undefined;
    readonly trustedProxyHops?: number;
    /** FEEDBACK_RETENTION_MONTHS, which the privacy statement names. */
    readonly feedbackRetentionMonths?: number;
  };
  /** Log-in and accounts for /beheer; made from store.accounts when not given (tests give one without delays). */
  readonly curation?: Curation;
  /** Drafts, publishing and reverts for /beheer; the app makes one (absent in tests of the public pages). */
  readonly editing?: Editing;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** The API's OpenAPI document, shown at /api/docs; the app passes the one its API built. */
  readonly apiDocument?: ApiDescription;
}
