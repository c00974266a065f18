// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA-1, 30-second
// steps, 6 digits, accepted one step either side of the server's clock. Secrets are
// 20 random bytes written in base32 (RFC 4648) for authenticator apps. Pure: no I/O.
import crypto from "node:crypto";

export const TOTP = { stepSeconds: 30, digits: 6, window: 1, secretBytes: 20, issuer: "IMR Portal" } as const;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32, ignoring case, spaces, dashes and padding; null when a character is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP: dynamic truncation of HMAC(secret, counter as 8 bytes big-endian). */
export function hotp(secret: Uint8Array, counter: number, digits: number = TOTP.digits, algorithm: "sha1" | "sha256" | "sha512" = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = crypto.createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export function timeStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP.stepSeconds);
}

export function totpAt(secret: Uint8Array, atMs: number, digits: number = TOTP.digits, algorithm: "sha1" | "sha256" | "sha512" = "sha1"): string {
  return hotp(secret, timeStep(atMs), digits, algorithm);
}

/** The time step the code belongs to (within ±window steps of atMs), or null. Compares in constant time. */
export function matchTotp(secret: Uint8Array, code: string, atMs: number, window: number = TOTP.window): number | null {
  const digits = code.replace(/\s/g, "");
  if (!new RegExp(`^\\d{${TOTP.digits}}$`).test(digits)) return null;
  const current = timeStep(atMs);
  let matched: number | null = null;
  for (let step = current - window; step <= current + window; step++) {
    const expected = hotp(secret, step);
    if (crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(digits)) && matched === null) matched = step;
  }
  return matched;
}

export function generateTotpSecret(): string {
  return base32Encode(crypto.randomBytes(TOTP.secretBytes));
}

/** The otpauth:// URI an authenticator app reads from the QR code (Key Uri Format). */
export function otpauthUri(secretBase32: string, accountName: string, issuer: string = TOTP.issuer): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  // encodeURIComponent, not URLSearchParams: some apps show a "+" for a space
  const query = [["secret", secretBase32], ["issuer", issuer], ["algorithm", "SHA1"], ["digits", String(TOTP.digits)], ["period", String(TOTP.stepSeconds)]]
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return `otpauth://totp/${label}?${query}`;
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(" ") ?? secretBase32;
}
