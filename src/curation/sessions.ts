import { type AccountStore, type Curator, publicCurator } from "../domain/accounts.js";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./policy.js";
import { hashSessionToken, newSessionToken, SESSION_TOKEN_PATTERN } from "./tokens.js";

/** A request's session, once checked: the curator and whether the second factor is still due. */
export interface ActiveSession {
  readonly token: string;
  readonly curator: Curator;
  readonly pendingSecondFactor: boolean;
}

/**
 * Log-in sessions: started at log-in, checked at every request, ended by logging out or
 * when they lapse (idle for 30 minutes or 12 hours old). Stored only as the token's hash.
 */
export class Sessions {
  constructor(
    private readonly accounts: AccountStore,
    private readonly now: () => Date,
  ) {}

  /** A new session for the curator; the token goes into the cookie and nowhere else. */
  async start(curatorId: string, pendingSecondFactor: boolean): Promise<string> {
    const token = newSessionToken();
    const now = this.now();
    await this.accounts.createSession({
      idHash: hashSessionToken(token),
      curatorId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
      pendingSecondFactor,
    });
    return token;
  }

  /**
   * The session a cookie names, or undefined when there is none or it ended (idle for
   * 30 minutes or 12 hours old); an ended session is removed.
   */
  async find(token: string | undefined): Promise<ActiveSession | undefined> {
    if (token === undefined || !SESSION_TOKEN_PATTERN.test(token)) return undefined;
    const idHash = hashSessionToken(token);
    const record = await this.accounts.findSession(idHash);
    if (!record) return undefined;
    const now = this.now().getTime();
    const lastSeen = Date.parse(record.lastSeenAt);
    if (now >= Date.parse(record.expiresAt) || now - lastSeen >= SESSION_IDLE_MS) {
      await this.accounts.deleteSession(idHash);
      return undefined;
    }
    const curator = await this.accounts.getCurator(record.curatorId);
    if (!curator) return undefined;
    if (now - lastSeen >= SESSION_TOUCH_MS)
      await this.accounts.touchSession(idHash, this.now().toISOString());
    return { token, curator: publicCurator(curator), pendingSecondFactor: record.pendingSecondFactor };
  }

  /** The second factor was given: the session now grants the curator's role. */
  async complete(token: string): Promise<void> {
    await this.accounts.completeSession(hashSessionToken(token));
  }

  async end(token: string): Promise<void> {
    if (SESSION_TOKEN_PATTERN.test(token)) await this.accounts.deleteSession(hashSessionToken(token));
  }

  /** Every session of the curator, on every device and instance. */
  async endAllOf(curatorId: string): Promise<void> {
    await this.accounts.deleteSessionsOf(curatorId);
  }

  /** Removes sessions that have ended (they are refused anyway; this keeps the table small). */
  async forgetEnded(): Promise<void> {
    const now = this.now().getTime();
    await this.accounts.deleteExpiredSessions(
      new Date(now).toISOString(),
      new Date(now - SESSION_IDLE_MS).toISOString(),
    );
  }
}
