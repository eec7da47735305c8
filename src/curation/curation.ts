import type {
  AccountStore,
  AuditFilter,
  Curator,
  CuratorCredentials,
  CuratorRole,
  NewCuratorInput,
  NewCuratorIssue,
} from "../domain/accounts.js";
import { checkNewCurator, mayUseSecondFactor, normalizeEmail } from "../domain/accounts.js";
import { ApiTokens } from "./api-tokens.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  FAILURE_DELAY_MS,
  FAILURE_WINDOW_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
} from "./policy.js";
import { hashSessionToken, newSessionToken, SESSION_TOKEN_PATTERN } from "./tokens.js";
import { totpStep } from "./totp.js";

export interface CurationOptions {
  readonly accounts: AccountStore;
  readonly now?: () => Date;
  /** How long a refused log-in waits before it answers (tests pass 0). */
  readonly failureDelayMs?: number;
}

/** Who did something, and from where: a curator's e-mail address or "cli", and the client address. */
export interface Actor {
  readonly email: string;
  readonly address: string;
}

/** The answer to a log-in; "refused" never says whether the account exists. */
export type LogInResult =
  | { readonly outcome: "signed-in" | "second-factor"; readonly token: string; readonly curator: Curator }
  | { readonly outcome: "refused" | "locked" };

/** A request's session, once checked: the curator and whether the second factor is still due. */
export interface ActiveSession {
  readonly token: string;
  readonly curator: Curator;
  readonly pendingSecondFactor: boolean;
}

export type AddCuratorResult =
  | { readonly ok: true; readonly curator: Curator }
  | { readonly ok: false; readonly issues: readonly NewCuratorIssue[] | "exists" };

/**
 * Accounts, log-in, sessions and their audit lines, on any AccountStore. Knows no HTTP:
 * the pages and the CLI pass the client address and the token from the cookie.
 */
export class Curation {
  private readonly accounts: AccountStore;
  private readonly now: () => Date;
  private readonly failureDelayMs: number;
  /** The curators' personal API tokens (on the same store). */
  readonly tokens: ApiTokens;

  constructor(options: CurationOptions) {
    this.accounts = options.accounts;
    this.now = options.now ?? (() => new Date());
    this.failureDelayMs = options.failureDelayMs ?? FAILURE_DELAY_MS;
    this.tokens = new ApiTokens(this.accounts, this.now);
  }

  /**
   * Checks e-mail address and password. Success always makes a new session id (a
   * session id known before log-in is worth nothing after it: no fixation), and ends
   * the session `previousToken` names. Locked per account and per address (policy.ts).
   */
  async logIn(input: {
    email: string;
    password: string;
    address: string;
    previousToken?: string | undefined;
  }): Promise<LogInResult> {
    const email = normalizeEmail(input.email).slice(0, 254);
    const keys = [`account:${email}`, `address:${input.address}`];
    if (await this.isLocked(email, input.address)) {
      await this.audit("session.login-failed", { email, address: input.address }, email, {
        reason: "locked",
      });
      await this.delay();
      return { outcome: "locked" };
    }
    const curator = await this.accounts.findCuratorByEmail(email);
    if (!(await verifyPassword(curator?.passwordHash, input.password)) || !curator) {
      await this.accounts.recordLoginFailure(keys, this.now().toISOString());
      await this.audit("session.login-failed", { email, address: input.address }, email, {
        reason: "password",
      });
      await this.delay();
      return { outcome: "refused" };
    }
    await this.accounts.clearLoginFailures(`account:${email}`);
    await this.tidyUp();
    if (input.previousToken) await this.endSession(input.previousToken);
    const pending = curator.secondFactor;
    const token = await this.startSession(curator, pending);
    if (!pending) await this.audit("session.login", { email, address: input.address }, email, {});
    return { outcome: pending ? "second-factor" : "signed-in", token, curator: publicCurator(curator) };
  }

  /**
   * The second step of a log-in with TOTP. A wrong code counts as a failed log-in (six
   * digits are guessed quickly without the lock); a code already used is refused.
   */
  async giveSecondFactor(
    token: string,
    code: string,
    address: string,
  ): Promise<"signed-in" | "refused" | "locked"> {
    const session = await this.session(token);
    if (!session?.pendingSecondFactor) return "refused";
    const { email } = session.curator;
    if (await this.isLocked(email, address)) return "locked";
    const credentials = await this.accounts.getCurator(session.curator.id);
    const step =
      credentials?.totpSecret === undefined
        ? undefined
        : await totpStep(credentials.totpSecret, code, this.now(), credentials.totpLastStep);
    if (step === undefined || !(await this.accounts.claimTotpStep(session.curator.id, step))) {
      await this.accounts.recordLoginFailure(
        [`account:${email}`, `address:${address}`],
        this.now().toISOString(),
      );
      await this.audit("session.login-failed", { email, address }, email, { reason: "second-factor" });
      await this.delay();
      return "refused";
    }
    await this.accounts.completeSession(hashSessionToken(token));
    await this.audit("session.login", { email, address }, email, { secondFactor: "yes" });
    return "signed-in";
  }

  /**
   * The session a cookie names, or undefined when there is none or it ended (idle for
   * 30 minutes or 12 hours old); an ended session is removed.
   */
  async session(token: string | undefined): Promise<ActiveSession | undefined> {
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

  /** Ends this session. */
  async logOut(session: ActiveSession, address: string): Promise<void> {
    await this.endSession(session.token);
    await this.audit("session.logout", { email: session.curator.email, address }, session.curator.email, {});
  }

  /** Ends every session of the curator, on every device and instance. */
  async logOutEverywhere(session: ActiveSession, address: string): Promise<void> {
    await this.accounts.deleteSessionsOf(session.curator.id);
    const { email } = session.curator;
    await this.audit("session.logout-everywhere", { email, address }, email, {});
  }

  /** Makes an account (the CLI's `users add`, an admin in /beheer/accounts). */
  async addCurator(input: NewCuratorInput, actor: Actor): Promise<AddCuratorResult> {
    const checked = checkNewCurator(input);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const { email, role, password, displayName } = checked.curator;
    if (await this.accounts.findCuratorByEmail(email)) return { ok: false, issues: "exists" };
    const curator = await this.accounts.addCurator({
      email,
      role,
      displayName,
      passwordHash: await hashPassword(password),
    });
    await this.audit("account.create", actor, email, { role });
    return { ok: true, curator };
  }

  listCurators(): Promise<readonly Curator[]> {
    return this.accounts.listCurators();
  }

  /**
   * Changes an account's role; it counts from the account's next request (roles are read
   * per request). The last admin keeps the role.
   */
  async setRole(
    curatorId: string,
    role: CuratorRole,
    actor: Actor,
  ): Promise<Curator | "unknown" | "last-admin"> {
    const curator = await this.accounts.getCurator(curatorId);
    if (!curator) return "unknown";
    if (curator.role === "admin" && role !== "admin") {
      // Without an admin nobody can hand out accounts any more (only the command line could).
      const admins = (await this.accounts.listCurators()).filter((c) => c.role === "admin");
      if (admins.length <= 1) return "last-admin";
    }
    if (curator.role !== role) {
      await this.accounts.setCuratorRole(curatorId, role);
      await this.audit("account.role", actor, curator.email, { from: curator.role, to: role });
    }
    return { ...publicCurator(curator), role };
  }

  /**
   * Turns the second factor on once the curator proves the app works: the code must fit
   * the new secret. Only reviewers and admins may (the roles that publish and hand out access).
   */
  async enableSecondFactor(
    session: ActiveSession,
    secret: string,
    code: string,
    address: string,
  ): Promise<boolean> {
    if (!mayUseSecondFactor(session.curator.role)) return false;
    const step = await totpStep(secret, code, this.now(), undefined);
    if (step === undefined) return false;
    await this.accounts.setSecondFactor(session.curator.id, secret);
    await this.accounts.claimTotpStep(session.curator.id, step);
    const { email } = session.curator;
    await this.audit("account.second-factor", { email, address }, email, { enabled: "yes" });
    return true;
  }

  /** The audit log, newest first, optionally of one action and/or one actor. */
  auditLog(page: { limit: number; offset: number } & AuditFilter) {
    return this.accounts.listAudit(page);
  }

  /**
   * Removes sessions that have ended and failed log-ins that no longer count. Called at
   * every successful log-in, so the tables stay small without a scheduled job; an ended
   * session is refused anyway.
   */
  async tidyUp(): Promise<void> {
    const now = this.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    await this.accounts.deleteExpiredSessions(iso(now), iso(now - SESSION_IDLE_MS));
    await this.accounts.forgetLoginFailuresBefore(iso(now - FAILURE_WINDOW_MS));
  }

  private async isLocked(email: string, address: string): Promise<boolean> {
    const since = new Date(this.now().getTime() - FAILURE_WINDOW_MS).toISOString();
    const [account, fromAddress] = await Promise.all([
      this.accounts.countLoginFailures(`account:${email}`, since),
      this.accounts.countLoginFailures(`address:${address}`, since),
    ]);
    return account.count >= ACCOUNT_FAILURE_LIMIT || fromAddress.count >= ADDRESS_FAILURE_LIMIT;
  }

  private async startSession(curator: CuratorCredentials, pendingSecondFactor: boolean): Promise<string> {
    const token = newSessionToken();
    const now = this.now();
    await this.accounts.createSession({
      idHash: hashSessionToken(token),
      curatorId: curator.id,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
      pendingSecondFactor,
    });
    return token;
  }

  private async endSession(token: string): Promise<void> {
    if (SESSION_TOKEN_PATTERN.test(token)) await this.accounts.deleteSession(hashSessionToken(token));
  }

  private async audit(
    action: Parameters<AccountStore["appendAudit"]>[0]["action"],
    actor: Actor,
    subject: string,
    detail: Record<string, string>,
  ): Promise<void> {
    await this.accounts.appendAudit({ action, actor: actor.email, subject, detail, address: actor.address });
  }

  private delay(): Promise<void> {
    return this.failureDelayMs > 0
      ? new Promise((resolve) => setTimeout(resolve, this.failureDelayMs))
      : Promise.resolve();
  }
}

/** A curator without the password hash and TOTP secret. */
function publicCurator(curator: CuratorCredentials | Curator): Curator {
  const { id, email, displayName, role, createdAt, secondFactor } = curator;
  return { id, email, displayName, role, createdAt, secondFactor };
}
