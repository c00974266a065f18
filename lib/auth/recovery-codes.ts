// Two-factor recovery codes: ten per enrolment, each usable once, shown to the user once
// and stored only as SHA-256 hashes. 16 characters from a 31-letter alphabet without
// look-alikes (about 79 bits each), so an unsalted fast hash is enough.
import crypto from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // 31 letters: no i, l, o, 0, 1
const LENGTH = 16;

export function generateRecoveryCode(): string {
  const limit = 256 - (256 % ALPHABET.length); // no modulo bias
  const chars: string[] = [];
  while (chars.length < LENGTH) {
    for (const byte of crypto.randomBytes(LENGTH)) {
      if (byte < limit && chars.length < LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  return chars.join("").match(/.{4}/g)!.join("-");
}

export function generateRecoveryCodes(count: number = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return crypto.createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
}

/** Whether what was typed has the shape of a recovery code (rather than a 6-digit TOTP code). */
export function looksLikeRecoveryCode(code: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normalizeRecoveryCode(code));
}
