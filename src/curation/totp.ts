import { generateSecret, generateURI, verify } from "otplib";

/** The name an authenticator app shows the account under. */
const ISSUER = "Hechtingswijzer";
const CODE = /^\d{6}$/;

/** A new Base32 secret (160 bits, what authenticator apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app takes (typed or pasted: no QR code is drawn). */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/**
 * The RFC 6238 time step a code belongs to, or undefined when it fits none. One step
 * either side is accepted for clock drift; a step at or before `afterStep` (the last one
 * used) is refused, so a code seen over someone's shoulder cannot be used again.
 */
export async function totpStep(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | undefined,
): Promise<number | undefined> {
  const token = code.replace(/\s/g, "");
  if (!CODE.test(token)) return undefined;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(afterStep === undefined ? {} : { afterTimeStep: afterStep }),
  }).catch(() => ({ valid: false as const }));
  // A TOTP answer names its time step (an HOTP one, never given here, would not).
  return result.valid && "timeStep" in result ? result.timeStep : undefined;
}
