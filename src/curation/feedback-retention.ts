import type { Logger } from "../lib/logger.js";
import type { FeedbackInbox } from "./feedback-inbox.js";

/** How often the retention job looks for messages whose contact details have expired. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs the retention job now and then every hour: name and e-mail of feedback older than
 * `months` months are erased. Every instance runs it; the erasure is one UPDATE, so
 * instances running at once erase each message once. The timer does not keep the process
 * alive. The log gets the count only, never what was erased. Returns a function that stops
 * it and resolves once a run under way has finished (so the store can close after it).
 */
export function startFeedbackRetention(options: {
  readonly inbox: FeedbackInbox;
  readonly months: number;
  readonly logger: Logger;
  readonly intervalMs?: number;
}): () => Promise<void> {
  const { inbox, months, logger } = options;
  const run = async () => {
    try {
      const count = await inbox.eraseExpiredContacts(months);
      if (count > 0) logger.info("feedback contact details erased", { count, retentionMonths: months });
    } catch (error) {
      // A database that is away now is tried again at the next run.
      logger.error("feedback retention failed", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  let running = run();
  const timer = setInterval(() => {
    running = run();
  }, options.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return running;
  };
}
