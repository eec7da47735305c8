import type { Generated } from "kysely";
import type { EditableKind } from "../domain/drafts.js";

/**
 * The tables as Kysely sees them. Only src/db uses these row types; repositories
 * map them to domain objects before anything leaves this folder.
 *
 * Timestamps are ISO 8601 text in UTC and JSON is text, on both dialects, so one
 * mapper serves SQLite and PostgreSQL (docs/decisions/040-database-storage-types.md).
 */
export interface Database {
  content_revision: ContentRevisionTable;
  content_item: ContentItemTable;
  feedback: FeedbackTable;
  curator: CuratorTable;
  audit_log: AuditLogTable;
  curator_session: CuratorSessionTable;
  login_failure: LoginFailureTable;
  api_token: ApiTokenTable;
  content_draft: ContentDraftTable;
  content_draft_version: ContentDraftVersionTable;
}

export interface ContentRevisionTable {
  revision: number;
  created_at: string;
  author: string;
  reason: string;
  /** Who published it from a draft (migration 005); null for imports and older revisions. */
  reviewed_by: string | null;
}

/** One row per version of one item; the kinds are the domain's (src/domain/drafts.ts). */
export type ContentItemKind = EditableKind;

export interface ContentItemTable {
  item_kind: ContentItemKind;
  item_id: string;
  revision: number;
  /** Place of the item in its file, so a round trip keeps the curator's order. */
  position: number;
  /** The item as JSON text; empty for a deletion marker. */
  data: string;
  /** 1: the item was removed in this revision (0/1 on both dialects). */
  deleted: number;
}

export interface FeedbackTable {
  id: string;
  created_at: string;
  about: string;
  message: string;
  name: string | null;
  email: string | null;
  role: string | null;
  /** new, in-progress or done (domain/feedback-inbox.ts); migration 003. */
  status: string;
  /** The curators' internal note. */
  note: string | null;
  /** The content revision that dealt with the message. */
  handled_revision: number | null;
  /** When a curator last changed status, note or revision. */
  updated_at: string | null;
  /** When the retention job erased name and e-mail. */
  erased_at: string | null;
}

export interface CuratorTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  created_at: string;
  /** editor, reviewer or admin (domain/accounts.ts). */
  role: string;
  /** Base32 TOTP secret; null: no second factor. */
  totp_secret: string | null;
  /** The last TOTP time step accepted (a code is never accepted twice). */
  totp_last_step: number | null;
}

/** A log-in session; the session id itself is never stored, only its SHA-256. */
export interface CuratorSessionTable {
  id_hash: string;
  curator_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** 1 until the second factor is given. */
  pending_second_factor: number;
}

/** One failed log-in under one key ("account:…" or "address:…"). */
export interface LoginFailureTable {
  id: string;
  key: string;
  at: string;
}

export interface AuditLogTable {
  /**
   * Given by the database as the entry is written (migration 006), so entries of one
   * millisecond keep the order they were written in; order by `at`, then `seq`.
   */
  seq: Generated<number>;
  /** Random UUID (the same type on both dialects); it names an entry, it does not order it. */
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** JSON text. */
  detail: string;
  /** The client address as the rate limiter counts it; "cli" from the command line. */
  address: string;
}

/** A personal API token; the token itself is never stored, only its SHA-256. */
export interface ApiTokenTable {
  id: string;
  curator_id: string;
  name: string;
  /** The token's first characters ("hwt_" and eight more): tells tokens apart, opens nothing. */
  prefix: string;
  token_hash: string;
  created_at: string;
  /** Null until the token is first used. */
  last_used_at: string | null;
}

/** One item on its way to a revision (migration 005); its content is in its versions. */
export interface ContentDraftTable {
  id: string;
  item_kind: ContentItemKind;
  item_id: string;
  /** open, published or withdrawn (domain/drafts.ts). */
  status: string;
  /** E-mail address of the curator who started it. */
  created_by: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  published_revision: number | null;
}

/** One save of a draft; never changed afterwards. */
export interface ContentDraftVersionTable {
  draft_id: string;
  version: number;
  /** The revision of the item's published version the edit started from; 0: a new item. */
  base_revision: number;
  /** The item as canonical JSON. */
  data: string;
  /** Why, as the editor wrote it; becomes the revision's reason. */
  reason: string;
  saved_by: string;
  saved_at: string;
}
