/** How often the current revision is read: a missed notification is caught within two polls. */
export const REVISION_POLL_MS = 1_000;

interface Subscriber {
  readonly callback: (revision: number) => void;
  /** The newest revision this subscriber knows; undefined until the first poll sets it. */
  seen: number | undefined;
}

/**
 * Tells subscribers about new content revisions. A cheap poll of the current
 * revision is the base for both dialects (another process may write the same
 * SQLite file; a PostgreSQL notification can be lost while reconnecting);
 * PostgreSQL's LISTEN feeds `observe()` so changes arrive sooner.
 */
export class RevisionWatcher {
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly readRevision: () => Promise<number>,
    private readonly hooks: { onFirstSubscriber?: () => void; onLastUnsubscribed?: () => void } = {},
    private readonly pollMs = REVISION_POLL_MS,
  ) {}

  /** Adds a subscriber; see Store.onRevisionChange. */
  subscribe(callback: (revision: number) => void, knownRevision?: number): () => void {
    if (this.stopped) return () => {};
    const subscriber: Subscriber = { callback, seen: knownRevision };
    this.subscribers.add(subscriber);
    if (this.subscribers.size === 1) this.start();
    void this.poll();
    return () => {
      if (this.subscribers.delete(subscriber) && this.subscribers.size === 0) this.stop();
    };
  }

  /** A revision learned some other way (own import, NOTIFY); a source of truth as good as a poll. */
  observe(revision: number, fromNotification = true): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.seen === undefined && !fromNotification) {
        subscriber.seen = revision; // baseline: what existed when the subscription began
      } else if (subscriber.seen === undefined || revision > subscriber.seen) {
        subscriber.seen = revision;
        try {
          subscriber.callback(revision);
        } catch (error) {
          console.error(`[db] revision subscriber failed: ${(error as Error).message}`);
        }
      }
    }
  }

  /** Reads the current revision once now (also used after a LISTEN reconnect). */
  async poll(): Promise<void> {
    if (this.polling || this.subscribers.size === 0) return;
    this.polling = true;
    try {
      this.observe(await this.readRevision(), false);
    } catch {
      // Unreachable database: /readyz reports it; the next poll tries again.
    } finally {
      this.polling = false;
    }
  }

  /** Stops for good (Store.close). */
  close(): void {
    this.stopped = true;
    this.subscribers.clear();
    this.stop();
  }

  private start(): void {
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    // Watching must never keep a process (CLI, tests) alive on its own.
    this.timer.unref();
    this.hooks.onFirstSubscriber?.();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.hooks.onLastUnsubscribed?.();
  }
}
