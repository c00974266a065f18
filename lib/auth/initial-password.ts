// The first password of an account an administrator creates: 20 random characters from an
// alphabet without look-alikes (about 99 bits), shown once to the administrator and stored
// only as an argon2id hash (./passwords.ts).
import crypto from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no i, l, o, I, L, O, 0, 1
const LENGTH = 20;

export function generateInitialPassword(): string {
  const limit = 256 - (256 % ALPHABET.length); // no modulo bias
  const chars: string[] = [];
  while (chars.length < LENGTH) {
    for (const byte of crypto.randomBytes(LENGTH)) {
      if (byte < limit && chars.length < LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  return chars.join("").match(/.{5}/g)!.join("-");
}
