// A proof-of-work challenge that slows down automated filing without any outside service.
// The server issues a challenge (a random nonce, an expiry and a difficulty, signed with an
// HMAC under the server secret); the browser finds a counter such that
// SHA-256("<challenge>:<counter>") starts with `difficulty` zero bits (WebCrypto, while the
// person types); the server checks the signature, the expiry and the hash. Each challenge is
// accepted once: the caller records its nonce as spent (SpentChallenge) in the same
// transaction as the work it allowed. Pure apart from node:crypto; `now` is a parameter.
import crypto from "node:crypto";

/** Leading zero bits asked for; about 2^bits hashes on average (16: well under two seconds in a phone's browser). */
export function powDifficulty(env: Record<string, string | undefined> = process.env): number {
  const bits = Number(env.IMR_POW_BITS);
  return Number.isInteger(bits) && bits >= 1 && bits <= 28 ? bits : 16;
}

/** How long a challenge may be used after it was issued. */
export const CHALLENGE_TTL_MS = 30 * 60_000;

export type IssuedChallenge = { challenge: string; difficulty: number; expiresAt: number };

type Claims = { n: string; e: number; d: number };

const sign = (secret: string, body: string) =>
  crypto.createHmac("sha256", `pow:${secret}`).update(body).digest("base64url");

export function issueChallenge(secret: string, now: Date, difficulty: number): IssuedChallenge {
  const claims: Claims = {
    n: crypto.randomBytes(16).toString("base64url"),
    e: now.getTime() + CHALLENGE_TTL_MS,
    d: difficulty,
  };
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return { challenge: `${body}.${sign(secret, body)}`, difficulty, expiresAt: claims.e };
}

/** The number of leading zero bits of a hash. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function powHash(challenge: string, counter: string): Buffer {
  return crypto.createHash("sha256").update(`${challenge}:${counter}`).digest();
}

export type PowVerdict =
  | { ok: true; nonce: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "forged" | "expired" | "weak" | "unsolved" };

/**
 * Checks a solved challenge (not whether it was spent: the caller's transaction does that).
 * `minimumDifficulty`: a challenge signed with fewer bits than the server asks now is refused.
 */
export function verifySolution(
  secret: string,
  solution: { challenge?: unknown; counter?: unknown } | null | undefined,
  now: Date,
  minimumDifficulty: number,
): PowVerdict {
  const challenge = solution?.challenge;
  const counter = solution?.counter;
  if (
    typeof challenge !== "string" ||
    typeof counter !== "string" ||
    challenge.length > 400 ||
    !/^\d{1,12}$/.test(counter)
  )
    return { ok: false, reason: "malformed" };
  const [body, mac, extra] = challenge.split(".");
  if (!body || !mac || extra !== undefined) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, reason: "forged" };
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Claims;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof claims.n !== "string" || typeof claims.e !== "number" || typeof claims.d !== "number")
    return { ok: false, reason: "malformed" };
  if (claims.e <= now.getTime()) return { ok: false, reason: "expired" };
  if (claims.d < minimumDifficulty) return { ok: false, reason: "weak" };
  if (leadingZeroBits(powHash(challenge, counter)) < claims.d) return { ok: false, reason: "unsolved" };
  return { ok: true, nonce: claims.n, expiresAt: new Date(claims.e) };
}

/** Solves a challenge by trying counters in order (tests and tools; the browser has its own loop). */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let counter = 0; ; counter++) {
    if (leadingZeroBits(powHash(challenge, String(counter))) >= difficulty) return String(counter);
  }
}
