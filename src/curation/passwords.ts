import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum).
 * 2 is Algorithm.Argon2id; the const enum cannot be imported under isolatedModules.
 */
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/**
 * Made once, against which a log-in for an unknown e-mail address is checked, so that
 * answer takes as long as a wrong password and the time does not tell who has an account.
 */
let standIn: Promise<string> | undefined;

/** Whether the password fits the hash; with no hash (no such account) always false, in the same time. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  standIn ??= hashPassword("no account has this password");
  const matches = await verify(passwordHash ?? (await standIn), password).catch(() => false);
  return passwordHash !== undefined && matches;
}
