import type {
  AccountStore,
  AuditFilter,
  Curator,
  CuratorRole,
  NewCuratorInput,
  NewCuratorIssue,
} from "../domain/accounts.js";
import { checkNewCurator, mayUseSecondFactor, normalizeEmail, publicCurator } from "../domain/accounts.js";
import { ApiTokens } from "./api-tokens.js";
import { type Actor, appendAudit } from "./audit.js";
import { LoginLock } from "./login-lock.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { type ActiveSession, Sessions } from "./sessions.js";
import { totpStep } from "./totp.js";

export interface CurationOptions {
  readonly accounts: AccountStore;
  readonly now?: () => Date;
  /** How long a refused log-in waits before it answers (tests pass 0). */
  readonly failureDelayMs?: number;
}

/** The answer to a log-in; "refused" never says whether the account exists. */
export type LogInResult =
  | { readonly outcome: "signed-in" | "second-factor"; readonly token: string; readonly curator: Curator }
  | { readonly outcome: "refused" | "locked" };

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
  private readonly lock: LoginLock;
  private readonly sessions: Sessions;
  /** The curators' personal API tokens (on the same store). */
  readonly tokens: ApiTokens;

  constructor(options: CurationOptions) {
    this.accounts = options.accounts;
    this.now = options.now ?? (() => new Date());
    this.lock = new LoginLock(this.accounts, this.now, options.failureDelayMs);
    this.sessions = new Sessions(this.accounts, this.now);
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
    const actor = { email, address: input.address };
    if (await this.lock.isLocked(email, input.address)) {
      await appendAudit(this.accounts, "session.login-failed", actor, email, { reason: "locked" });
      await this.lock.delay();
      return { outcome: "locked" };
    }
    const curator = await this.accounts.findCuratorByEmail(email);
    if (!(await verifyPassword(curator?.passwordHash, input.password)) || !curator) {
      await this.lock.recordFailure(email, input.address);
      await appendAudit(this.accounts, "session.login-failed", actor, email, { reason: "password" });
      await this.lock.delay();
      return { outcome: "refused" };
    }
    await this.lock.clear(email);
    await this.tidyUp();
    if (input.previousToken) await this.sessions.end(input.previousToken);
    const pending = curator.secondFactor;
    const token = await this.sessions.start(curator.id, pending);
    if (!pending) await appendAudit(this.accounts, "session.login", actor, email, {});
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
    if (await this.lock.isLocked(email, address)) return "locked";
    const credentials = await this.accounts.getCurator(session.curator.id);
    const step =
      credentials?.totpSecret === undefined
        ? undefined
        : await totpStep(credentials.totpSecret, code, this.now(), credentials.totpLastStep);
    if (step === undefined || !(await this.accounts.claimTotpStep(session.curator.id, step))) {
      await this.lock.recordFailure(email, address);
      await appendAudit(this.accounts, "session.login-failed", { email, address }, email, {
        reason: "second-factor",
      });
      await this.lock.delay();
      return "refused";
    }
    await this.sessions.complete(token);
    await appendAudit(this.accounts, "session.login", { email, address }, email, { secondFactor: "yes" });
    return "signed-in";
  }

  /**
   * The session a cookie names, or undefined when there is none or it ended (idle for
   * 30 minutes or 12 hours old); an ended session is removed.
   */
  session(token: string | undefined): Promise<ActiveSession | undefined> {
    return this.sessions.find(token);
  }

  /** Ends this session. */
  async logOut(session: ActiveSession, address: string): Promise<void> {
    await this.sessions.end(session.token);
    const { email } = session.curator;
    await appendAudit(this.accounts, "session.logout", { email, address }, email, {});
  }

  /** Ends every session of the curator, on every device and instance. */
  async logOutEverywhere(session: ActiveSession, address: string): Promise<void> {
    await this.sessions.endAllOf(session.curator.id);
    const { email } = session.curator;
    await appendAudit(this.accounts, "session.logout-everywhere", { email, address }, email, {});
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
    await appendAudit(this.accounts, "account.create", actor, email, { role });
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
      await appendAudit(this.accounts, "account.role", actor, curator.email, {
        from: curator.role,
        to: role,
      });
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
    await appendAudit(this.accounts, "account.second-factor", { email, address }, email, { enabled: "yes" });
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
    await this.sessions.forgetEnded();
    await this.lock.forgetOld();
  }
}
