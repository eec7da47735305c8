/**
 * How long a session lasts and when log-ins are locked (decision 090). Both ends of a
 * session are checked on every request, from the database, so they hold on every instance.
 */

/** The session cookie (set by the /beheer log-in, read by /beheer and the admin API). */
export const SESSION_COOKIE = "hw_beheer";

/** A session ends after 30 minutes without a request… */
export const SESSION_IDLE_MS = 30 * 60_000;
/** …and 12 hours after log-in whatever happens: one working day. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** The last-seen time is written at most once a minute, not on every request. */
export const SESSION_TOUCH_MS = 60_000;

/** Failed log-ins are counted over this window… */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** …and an account is locked after this many (whoever tried)… */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** …and an address after this many (over any accounts: guessing across many e-mail addresses). */
export const ADDRESS_FAILURE_LIMIT = 20;
/** Every refused log-in answers no sooner than this: slows guessing even before the lock. */
export const FAILURE_DELAY_MS = 1000;
