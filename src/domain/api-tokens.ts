/**
 * Personal API tokens: a curator's key for the admin API (issue 15, item 8). A token
 * acts with its owner's role as it is at each request. No I/O: src/db keeps tokens,
 * src/curation makes and checks them.
 */

/** A token as its owner and the admins see it: never the token itself. */
export interface ApiToken {
  readonly id: string;
  readonly curatorId: string;
  /** The owner's e-mail address (the admins' list shows whose a token is). */
  readonly ownerEmail: string;
  readonly name: string;
  /** "hwt_" and the token's next eight characters. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | undefined;
}

/** A new token as stored: its hash, never its value. */
export interface NewApiTokenRecord {
  readonly id: string;
  readonly curatorId: string;
  readonly name: string;
  readonly prefix: string;
  readonly tokenHash: string;
  readonly createdAt: string;
}

export const MAX_TOKEN_NAME_LENGTH = 60;

/** A token's name, trimmed, or undefined when it is empty, too long or holds a line break. */
export function checkTokenName(name: string): string | undefined {
  const trimmed = name.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (trimmed.length === 0 || trimmed.length > MAX_TOKEN_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(trimmed))
    return undefined;
  return trimmed;
}

/** What tokens need of a store (src/db, SQLite and PostgreSQL). */
export interface ApiTokenStore {
  addApiToken(token: NewApiTokenRecord): Promise<void>;
  /** The token whose SHA-256 this is. */
  findApiToken(tokenHash: string): Promise<ApiToken | undefined>;
  getApiToken(id: string): Promise<ApiToken | undefined>;
  /** Newest first; one curator's, or everyone's without a curator. */
  listApiTokens(curatorId?: string): Promise<readonly ApiToken[]>;
  /**
   * Notes a use; true when it was the token's first (in one statement, so two instances
   * cannot both count the first use).
   */
  markApiTokenUsed(id: string, at: string): Promise<boolean>;
  deleteApiToken(id: string): Promise<void>;
}
