import { type Dialect, Kysely, Migrator, sql } from "kysely";
import type { AccountStore } from "../domain/accounts.js";
import type { ItemVersion } from "../domain/content-history.js";
import type {
  DraftStore,
  EditableKind,
  ItemChange,
  ItemChangeOutcome,
  PublishedVersion,
} from "../domain/drafts.js";
import type { NewFeedback, StoredFeedback } from "../domain/feedback.js";
import type { FeedbackInboxStore } from "../domain/feedback-inbox.js";
import type { ContentBundle, RevisionMeta } from "../domain/types.js";
import { accountsRepository } from "./accounts.repository.js";
import { ContentRepository, REVISION_CHANNEL } from "./content.repository.js";
import { DraftsRepository } from "./drafts.repository.js";
import { FeedbackRepository } from "./feedback.repository.js";
import { FeedbackInboxRepository } from "./feedback-inbox.repository.js";
import { migrationProvider } from "./migrations/index.js";
import { PgChannelListener } from "./pg-listener.js";
import { RevisionWatcher } from "./revision-watcher.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";
import { unavailableOnEveryFailure, unavailableOnFailure } from "./unavailable.js";

/** How a KyselyStore reaches its database. */
export interface StoreConnection {
  readonly dialect: "sqlite" | "postgres";
  readonly kyselyDialect: Dialect;
  /** PostgreSQL only: for the LISTEN connection. */
  readonly connectionString?: string;
}

/** The Store on Kysely; the same code for SQLite and PostgreSQL. */
export class KyselyStore implements Store {
  readonly dialect: "sqlite" | "postgres";
  readonly accounts: AccountStore;
  readonly feedbackInbox: FeedbackInboxStore;
  readonly drafts: DraftStore;
  private readonly db: Kysely<Database>;
  private readonly content: ContentRepository;
  private readonly feedback: FeedbackRepository;
  private readonly watcher: RevisionWatcher;
  private readonly listener: PgChannelListener | undefined;
  private closed = false;

  constructor(connection: StoreConnection) {
    this.dialect = connection.dialect;
    this.db = new Kysely<Database>({ dialect: connection.kyselyDialect });
    this.content = new ContentRepository(this.db, this.dialect);
    this.feedback = new FeedbackRepository(this.db);
    this.accounts = unavailableOnEveryFailure("accounts", accountsRepository(this.db));
    this.feedbackInbox = unavailableOnEveryFailure("feedback inbox", new FeedbackInboxRepository(this.db));
    this.drafts = unavailableOnEveryFailure("drafts", new DraftsRepository(this.db, this.dialect));
    const listener =
      connection.dialect === "postgres" && connection.connectionString
        ? new PgChannelListener(
            connection.connectionString,
            REVISION_CHANNEL,
            (payload) => {
              const revision = Number(payload);
              if (Number.isInteger(revision)) this.watcher.observe(revision);
            },
            () => void this.watcher.poll(),
          )
        : undefined;
    this.listener = listener;
    this.watcher = new RevisionWatcher(() => this.content.currentRevision(), {
      onFirstSubscriber: () => listener?.start(),
      onLastUnsubscribed: () => void listener?.stop(),
    });
  }

  migrate(): Promise<void> {
    return unavailableOnFailure("migrate", async () => {
      const { error } = await this.migrator().migrateToLatest();
      if (error) throw error;
    });
  }

  undoLastMigration(): Promise<string | undefined> {
    return unavailableOnFailure("migrate down", async () => {
      const { error, results } = await this.migrator().migrateDown();
      if (error) throw error;
      return results?.find((r) => r.status === "Success")?.migrationName;
    });
  }

  currentRevision(): Promise<number> {
    return unavailableOnFailure("read revision", () => this.content.currentRevision());
  }

  loadContent(revision?: number): Promise<{ revision: number; bundle: ContentBundle }> {
    return unavailableOnFailure("load content", () => this.content.loadContent(revision));
  }

  async importContent(bundle: ContentBundle, meta: RevisionMeta): Promise<number> {
    const { revision, created } = await unavailableOnFailure("import content", () =>
      this.content.importContent(bundle, meta),
    );
    if (created) this.watcher.observe(revision);
    return revision;
  }

  async publishChange(change: ItemChange): Promise<ItemChangeOutcome> {
    const outcome = await unavailableOnFailure("publish", () => this.content.publishChange(change));
    if (outcome.ok) this.watcher.observe(outcome.revision);
    return outcome;
  }

  publishedVersion(kind: EditableKind, id: string): Promise<PublishedVersion | undefined> {
    return unavailableOnFailure("read item", () => this.content.publishedVersion(kind, id));
  }

  itemHistory<K extends EditableKind>(kind: K, id: string): Promise<readonly ItemVersion<K>[]> {
    return unavailableOnFailure("read history", () => this.content.itemHistory(kind, id));
  }

  addFeedback(feedback: NewFeedback): Promise<{ id: string; createdAt: string }> {
    return unavailableOnFailure("store feedback", () => this.feedback.add(feedback));
  }

  countFeedback(): Promise<number> {
    return unavailableOnFailure("count feedback", () => this.feedback.count());
  }

  getFeedback(id: string): Promise<StoredFeedback | undefined> {
    return unavailableOnFailure("read feedback", () => this.feedback.get(id));
  }

  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  onRevisionChange(callback: (revision: number) => void, knownRevision?: number): () => void {
    return this.watcher.subscribe(callback, knownRevision);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.watcher.close();
    await this.listener?.stop();
    await this.db.destroy();
  }

  private migrator(): Migrator {
    return new Migrator({ db: this.db, provider: migrationProvider });
  }
}
