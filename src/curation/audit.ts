import type { AccountStore, AuditAction } from "../domain/accounts.js";

/** Who did something, and from where: a curator's e-mail address or "cli", and the client address. */
export interface Actor {
  readonly email: string;
  readonly address: string;
}

/**
 * Writes one line in the audit log: what was done, by whom and from where, to whom or
 * what, with the details the line may show (never a password, token or message text).
 */
export async function appendAudit(
  accounts: AccountStore,
  action: AuditAction,
  actor: Actor,
  subject: string,
  detail: Readonly<Record<string, unknown>>,
): Promise<void> {
  await accounts.appendAudit({ action, actor: actor.email, subject, detail, address: actor.address });
}
