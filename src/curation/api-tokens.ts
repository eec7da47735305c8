import { randomUUID } from "node:crypto";
import { type AccountStore, type Curator, may, publicCurator } from "../domain/accounts.js";
import { type ApiToken, checkTokenName } from "../domain/api-tokens.js";
import { type Actor, appendAudit } from "./audit.js";
import { LoginLock } from "./login-lock.js";
import { SESSION_TOUCH_MS } from "./policy.js";
import { hashSessionToken, newSessionToken } from "./tokens.js";

/** What every API token starts with: a person or a secret scanner sees what it is. */
export const API_TOKEN_START = "hwt_";
/** "hwt_" and 256 random bits in base64url. */
export const API_TOKEN_PATTERN = /^hwt_[A-Za-z0-9_-]{43}$/;
/** How much of a token is kept in clear to tell tokens apart: "hwt_" and eight characters (48 bits). */
const PREFIX_LENGTH = API_TOKEN_START.length + 8;

export type MakeTokenResult =
  | { readonly ok: true; readonly token: string; readonly info: ApiToken }
  | { readonly ok: false };

/**
 * Personal API tokens: made by a curator, shown once, kept only as a SHA-256 (a copy
 * of the database opens nothing), revoked by their owner or an admin. A token grants
 * what its owner's role grants at the moment of the request, never more (decision 094).
 */
export class ApiTokens {
  private readonly lock: LoginLock;

  constructor(
    private readonly accounts: AccountStore,
    private readonly now: () => Date,
  ) {
    this.lock = new LoginLock(accounts, now);
  }

  /** Makes a token for the curator; the value is in the answer and nowhere else. */
  async make(owner: Curator, name: string, actor: Actor): Promise<MakeTokenResult> {
    const checkedName = checkTokenName(name);
    if (checkedName === undefined) return { ok: false };
    const token = `${API_TOKEN_START}${newSessionToken()}`;
    const record = {
      id: randomUUID(),
      curatorId: owner.id,
      name: checkedName,
      prefix: token.slice(0, PREFIX_LENGTH),
      tokenHash: hashSessionToken(token),
      createdAt: this.now().toISOString(),
    };
    await this.accounts.addApiToken(record);
    await this.audit("token.create", actor, owner.email, record);
    const info: ApiToken = { ...record, ownerEmail: owner.email, lastUsedAt: undefined };
    return { ok: true, token, info };
  }

  /** The tokens a curator may see: their own, or every token for an admin. */
  list(viewer: Curator): Promise<readonly ApiToken[]> {
    return this.accounts.listApiTokens(may(viewer.role, "manageAccounts") ? undefined : viewer.id);
  }

  /** Revokes a token of the viewer's own, or anyone's for an admin; "unknown" otherwise (says nothing of others' tokens). */
  async revoke(viewer: Curator, id: string, actor: Actor): Promise<ApiToken | "unknown"> {
    const token = await this.accounts.getApiToken(id);
    if (!token || (token.curatorId !== viewer.id && !may(viewer.role, "manageAccounts"))) return "unknown";
    await this.accounts.deleteApiToken(token.id);
    await this.audit("token.revoke", actor, token.ownerEmail, token);
    return token;
  }

  /**
   * The curator a bearer token acts for, with the role the account has now; undefined for
   * a malformed, unknown or revoked token, a removed account, or one locked by failed log-ins.
   */
  async authenticate(bearer: string, address: string): Promise<Curator | undefined> {
    if (!API_TOKEN_PATTERN.test(bearer)) return undefined;
    const token = await this.accounts.findApiToken(hashSessionToken(bearer));
    if (!token) return undefined;
    const owner = await this.accounts.getCurator(token.curatorId);
    // Locked as a log-in is (policy.ts): whoever guesses the password cannot go round it with a token.
    if (!owner || (await this.lock.isAccountLocked(owner.email))) return undefined;
    const now = this.now();
    const lastUsed = token.lastUsedAt === undefined ? 0 : Date.parse(token.lastUsedAt);
    // The last-used date is written at most once a minute, like a session's.
    if (now.getTime() - lastUsed >= SESSION_TOUCH_MS) {
      const first = await this.accounts.markApiTokenUsed(token.id, now.toISOString());
      if (first) await this.audit("token.first-use", { email: owner.email, address }, owner.email, token);
    }
    return publicCurator(owner);
  }

  private async audit(
    action: "token.create" | "token.revoke" | "token.first-use",
    actor: Actor,
    owner: string,
    token: { name: string; prefix: string },
  ): Promise<void> {
    await appendAudit(this.accounts, action, actor, owner, { name: token.name, prefix: token.prefix });
  }
}
