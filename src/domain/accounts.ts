/**
 * Curator accounts: the people who keep the knowledge base (issue 15). Roles, what
 * each role may do, and the rules a new account must meet. No I/O: the store keeps
 * accounts (src/db), src/curation checks passwords and sessions, the pages and the CLI
 * word the problems.
 */

import type { ApiTokenStore } from "./api-tokens.js";

/** editor: drafts; reviewer: approves and publishes; admin: accounts, settings, feedback with personal data. */
export const CURATOR_ROLES = ["editor", "reviewer", "admin"] as const;
export type CuratorRole = (typeof CURATOR_ROLES)[number];

/** What a curator can be allowed to do in /beheer. */
export const PERMISSIONS = [
  "edit",
  "review",
  "manageAccounts",
  "readAudit",
  /** Read the feedback inbox, change a message's status, note and revision (decision 092). */
  "handleFeedback",
  /** See a sender's name and e-mail address in the inbox and its CSV (decision 092). */
  "seeFeedbackContacts",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Each role with its permissions; a higher role keeps everything of the lower ones. */
const ROLE_PERMISSIONS: Readonly<Record<CuratorRole, readonly Permission[]>> = {
  editor: ["edit", "handleFeedback"],
  reviewer: ["edit", "review", "handleFeedback"],
  admin: ["edit", "review", "manageAccounts", "readAudit", "handleFeedback", "seeFeedbackContacts"],
};

/** Whether a role may do something. */
export function may(role: CuratorRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isCuratorRole(value: unknown): value is CuratorRole {
  return typeof value === "string" && (CURATOR_ROLES as readonly string[]).includes(value);
}

/** Roles that may turn on a second factor (TOTP): those who publish or hand out accounts. */
export function mayUseSecondFactor(role: CuratorRole): boolean {
  return role === "reviewer" || role === "admin";
}

/** A curator as the application sees one: never with the password hash or TOTP secret. */
export interface Curator {
  readonly id: string;
  /** Lower case, trimmed: the log-in name. */
  readonly email: string;
  readonly displayName: string;
  readonly role: CuratorRole;
  readonly createdAt: string;
  readonly secondFactor: boolean;
}

/** A curator with what the log-in checks; only src/curation reads these fields. */
export interface CuratorCredentials extends Curator {
  readonly passwordHash: string;
  /** Base32 TOTP secret when the second factor is on. */
  readonly totpSecret: string | undefined;
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  readonly totpLastStep: number | undefined;
}

/** A curator without the password hash and TOTP secret. */
export function publicCurator(curator: CuratorCredentials | Curator): Curator {
  const { id, email, displayName, role, createdAt, secondFactor } = curator;
  return { id, email, displayName, role, createdAt, secondFactor };
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_DISPLAY_NAME_LENGTH = 100;

/** The log-in name as stored and compared: trimmed and lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A new account as typed (CLI or /beheer/accounts), every field as text. */
export interface NewCuratorInput {
  readonly email: string;
  readonly role: string;
  readonly password: string;
  readonly displayName: string;
}

export type NewCuratorProblem = "email" | "role" | "passwordTooShort" | "passwordTooLong" | "displayName";

export interface NewCuratorIssue {
  readonly field: keyof NewCuratorInput;
  readonly problem: NewCuratorProblem;
}

/** A checked new account (the password still in clear: src/curation hashes it). */
export interface NewCurator {
  readonly email: string;
  readonly role: CuratorRole;
  readonly password: string;
  readonly displayName: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a new account field by field; the display name falls back to the e-mail address. */
export function checkNewCurator(
  input: NewCuratorInput,
): { ok: true; curator: NewCurator } | { ok: false; issues: NewCuratorIssue[] } {
  const issues: NewCuratorIssue[] = [];
  const email = normalizeEmail(input.email);
  if (!EMAIL.test(email) || email.length > MAX_EMAIL_LENGTH)
    issues.push({ field: "email", problem: "email" });
  if (!isCuratorRole(input.role)) issues.push({ field: "role", problem: "role" });
  // Length only: a long passphrase is the advice (NIST SP 800-63B); no composition rules.
  if ([...input.password].length < MIN_PASSWORD_LENGTH) {
    issues.push({ field: "password", problem: "passwordTooShort" });
  } else if ([...input.password].length > MAX_PASSWORD_LENGTH) {
    issues.push({ field: "password", problem: "passwordTooLong" });
  }
  const displayName = input.displayName.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (displayName.length > MAX_DISPLAY_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(displayName)) {
    issues.push({ field: "displayName", problem: "displayName" });
  }
  if (issues.length > 0 || !isCuratorRole(input.role)) return { ok: false, issues };
  return {
    ok: true,
    curator: { email, role: input.role, password: input.password, displayName: displayName || email },
  };
}

/** What the audit log records. */
export const AUDIT_ACTIONS = [
  "session.login",
  "session.login-failed",
  "session.logout",
  "session.logout-everywhere",
  "account.create",
  "account.role",
  "account.second-factor",
  /** A whole knowledge base imported as a revision (db import, the first start). */
  "content.import",
  /** A draft saved or given up in /beheer (the item and the draft version, never the text). */
  "draft.save",
  "draft.withdraw",
  /** A draft published as a revision by a reviewer, and an item set back to an earlier revision. */
  "content.publish",
  "content.revert",
  /** A feedback message's status, note or handling revision changed (never its text or sender). */
  "feedback.status",
  "feedback.note",
  "feedback.revision",
  /** The retention job erased senders' names and e-mail addresses (only the count). */
  "feedback.erase",
  /** A personal API token made, revoked, and used for the first time (never its value). */
  "token.create",
  "token.revoke",
  "token.first-use",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit log: who did what to what, when and from which address. */
export interface AuditEntry {
  readonly id: string;
  /** ISO 8601 UTC. */
  readonly at: string;
  /** The curator's e-mail address, or what was typed at a failed log-in, "cli", or "system" (the retention job). */
  readonly actor: string;
  readonly action: AuditAction;
  /** What it was done to: an account's e-mail address, or a feedback message's id. */
  readonly subject: string;
  /** Extra facts (e.g. the new role); never a password, code or session id. */
  readonly detail: Readonly<Record<string, unknown>>;
  /** The client address (as the rate limiter counts it), "cli" or "system". */
  readonly address: string;
}

export type NewAuditEntry = Omit<AuditEntry, "id" | "at">;

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Which audit entries to read: one action, one actor (exactly as logged), or both. */
export interface AuditFilter {
  readonly action?: AuditAction | undefined;
  readonly actor?: string | undefined;
}

/** A log-in session as stored: the id only as its SHA-256 hash. */
export interface SessionRecord {
  readonly idHash: string;
  readonly curatorId: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** The absolute end, whatever the activity. */
  readonly expiresAt: string;
  /** 1 when the second factor is still to be given: the session grants nothing yet. */
  readonly pendingSecondFactor: boolean;
}

/**
 * What accounts, sessions, failed log-ins and the audit log need of a store (src/db
 * implements it on SQLite and PostgreSQL), with the curators' API tokens. The audit log
 * has no update or delete here.
 */
export interface AccountStore extends ApiTokenStore {
  /** Adds an account; AppError("conflict") when the e-mail address is taken. */
  addCurator(curator: {
    email: string;
    role: CuratorRole;
    passwordHash: string;
    displayName: string;
  }): Promise<Curator>;
  findCuratorByEmail(email: string): Promise<CuratorCredentials | undefined>;
  getCurator(id: string): Promise<CuratorCredentials | undefined>;
  listCurators(): Promise<readonly Curator[]>;
  setCuratorRole(id: string, role: CuratorRole): Promise<void>;
  /** Turns the second factor on (a secret) or off (undefined). */
  setSecondFactor(id: string, secret: string | undefined): Promise<void>;
  /**
   * Accepts TOTP time step `step` for this curator only when it is later than the last
   * one accepted, in one statement, so two instances cannot both accept a code.
   */
  claimTotpStep(id: string, step: number): Promise<boolean>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, lastSeenAt: string): Promise<void>;
  /** Marks the second factor as given (the session now grants the curator's role). */
  completeSession(idHash: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Log out everywhere: every session of the curator. */
  deleteSessionsOf(curatorId: string): Promise<void>;
  /** Removes sessions whose absolute or idle end lies before the given times. */
  deleteExpiredSessions(now: string, idleSince: string): Promise<void>;

  /** Counts one failed log-in under each key (an account, an address). */
  recordLoginFailure(keys: readonly string[], at: string): Promise<void>;
  /** Failed log-ins per key since a time. */
  countLoginFailures(key: string, since: string): Promise<{ count: number; latest: string | undefined }>;
  clearLoginFailures(key: string): Promise<void>;
  /** Forgets failed log-ins older than a time (they no longer count towards a lock). */
  forgetLoginFailuresBefore(at: string): Promise<void>;

  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first, only the entries the filter lets through. */
  listAudit(options: { limit: number; offset: number } & AuditFilter): Promise<readonly AuditEntry[]>;
}
