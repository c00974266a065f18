// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 30-second
// steps, 6 digits, accepted one step either side of the server's clock. Secrets are
// 20 random bytes written in base32 (RFC 4648) for authenticator apps. The protocol and
// the base32 coding are the otpauth library's; this module fixes the portal's parameters
// and keeps the step a code belongs to, which sign-in stores so a code is never used
// twice. Pure: no I/O.
import { HOTP, Secret, TOTP as OtpTotp } from "otpauth";

export const TOTP = { stepSeconds: 30, digits: 6, window: 1, secretBytes: 20, issuer: "IMR Portal" } as const;

type Algorithm = "sha1" | "sha256" | "sha512";

const secretOf = (bytes: Uint8Array) => new Secret({ buffer: Uint8Array.from(bytes).buffer });

export function base32Encode(bytes: Uint8Array): string {
  return secretOf(bytes).base32;
}

/** Decodes base32, ignoring case, spaces, dashes and padding; null when a character is not base32. */
export function base32Decode(text: string): Buffer | null {
  try {
    return Buffer.from(Secret.fromBase32(text.replace(/[\s=-]/g, "")).bytes);
  } catch {
    return null;
  }
}

/** RFC 4226 HOTP: dynamic truncation of HMAC(secret, counter as 8 bytes big-endian). */
export function hotp(
  secret: Uint8Array,
  counter: number,
  digits: number = TOTP.digits,
  algorithm: Algorithm = "sha1",
): string {
  return HOTP.generate({ secret: secretOf(secret), counter, digits, algorithm: algorithm.toUpperCase() });
}

export function timeStep(atMs: number): number {
  return OtpTotp.counter({ period: TOTP.stepSeconds, timestamp: atMs });
}

export function totpAt(
  secret: Uint8Array,
  atMs: number,
  digits: number = TOTP.digits,
  algorithm: Algorithm = "sha1",
): string {
  return OtpTotp.generate({
    secret: secretOf(secret),
    timestamp: atMs,
    period: TOTP.stepSeconds,
    digits,
    algorithm: algorithm.toUpperCase(),
  });
}

/** The time step the code belongs to (within ±window steps of atMs), or null. Compares in constant time. */
export function matchTotp(secret: Uint8Array, code: string, atMs: number, window: number = TOTP.window): number | null {
  const token = code.replace(/\s/g, "");
  if (!new RegExp(`^\\d{${TOTP.digits}}$`).test(token)) return null;
  const delta = OtpTotp.validate({
    token,
    secret: secretOf(secret),
    algorithm: "SHA1",
    digits: TOTP.digits,
    period: TOTP.stepSeconds,
    timestamp: atMs,
    window,
  });
  return delta === null ? null : timeStep(atMs) + delta;
}

export function generateTotpSecret(): string {
  return new Secret({ size: TOTP.secretBytes }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code (Key Uri Format). */
export function otpauthUri(secretBase32: string, accountName: string, issuer: string = TOTP.issuer): string {
  // the library writes every part with encodeURIComponent: a space is %20, never "+", which some apps show
  return new OtpTotp({
    issuer,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: TOTP.digits,
    period: TOTP.stepSeconds,
  }).toString();
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(" ") ?? secretBase32;
}
