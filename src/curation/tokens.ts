import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, as the cookie carries them (43 base64url characters). */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a session id: its SHA-256, so a copy of the database opens no session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token of a session: derived from the session id, so it needs no storage,
 * another site cannot know it, and it changes with every log-in (decision 091).
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("hechtingswijzer beheer csrf").digest("base64url");
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
