import pg from "pg";
import { postgresConfig } from "./dialects/postgres.js";

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel (a pooled
 * connection cannot: LISTEN belongs to a session). When the connection drops it
 * reconnects with exponential backoff; `onReconnect` lets the owner poll for
 * anything announced while it was away.
 */
export class PgChannelListener {
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private running = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
    private readonly onReconnect: () => void = () => {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(postgresConfig(this.connectionString));
    this.client = client;
    // Without an 'error' listener a dropped connection would crash the process.
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (message.channel === this.channel) this.onMessage(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
      if (!this.running || this.client !== client) {
        await client.end().catch(() => {});
        return;
      }
      this.retryMs = FIRST_RETRY_MS;
      this.onReconnect();
    } catch {
      this.lost(client);
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return; // an old connection's late event
    this.client = undefined;
    client.end().catch(() => {});
    if (!this.running) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running) void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
