// Party access codes: 16 random characters from an alphabet without look-alikes
// (80 bits), shown once, stored only as a SHA-256 hash. A code is long and random
// enough that a fast hash is safe; guessing is also rate limited (./open-party-access.ts).
import crypto from "node:crypto";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no I, L, O, 0, 1
const LENGTH = 16;

export function generateAccessCode(): string {
  const chars: string[] = [];
  while (chars.length < LENGTH) {
    const byte = crypto.randomBytes(1)[0];
    if (byte < 248) chars.push(ALPHABET[byte % ALPHABET.length]); // 248 = 8 * 31: no modulo bias
  }
  return chars.join("").match(/.{4}/g)!.join("-");
}

export function normalizeAccessCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashAccessCode(code: string): string {
  return crypto.createHash("sha256").update(normalizeAccessCode(code)).digest("hex");
}
