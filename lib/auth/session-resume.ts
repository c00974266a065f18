// Keeps the session that changed its own password signed in. The change bumps the user's
// sessionVersion, which ends every session; the use case hands the requesting browser a
// short-lived proof (HMAC with the server secret over user, old and new version), and
// the next-auth "update" call carrying it moves that one token to the new version. A copied
// token without the proof stays ended.
import crypto from "node:crypto";
import { getServerSecret } from "../config/secret.ts";

export const RESUME_PROOF_TTL_MS = 5 * 60_000;

export type ResumeProof = { sv: number; issuedAt: number; proof: string };

function mac(userId: string, fromVersion: number, toVersion: number, issuedAt: number): string {
  return crypto
    .createHmac("sha256", `session-resume:${getServerSecret()}`)
    .update(`${userId}|${fromVersion}|${toVersion}|${issuedAt}`)
    .digest("base64url");
}

export function issueResumeProof(
  userId: string,
  fromVersion: number,
  toVersion: number,
  now = Date.now(),
): ResumeProof {
  return { sv: toVersion, issuedAt: now, proof: mac(userId, fromVersion, toVersion, now) };
}

/** The new session version the token may move to, or null when the proof does not hold for it. */
export function resumedVersion(token: Record<string, unknown>, data: unknown, now = Date.now()): number | null {
  const claim = data as Partial<ResumeProof> | null;
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  if (typeof claim?.sv !== "number" || typeof claim.issuedAt !== "number" || typeof claim.proof !== "string")
    return null;
  if (now - claim.issuedAt > RESUME_PROOF_TTL_MS || claim.issuedAt > now + 60_000) return null;
  const expected = Buffer.from(mac(token.uid, token.sv, claim.sv, claim.issuedAt));
  const given = Buffer.from(claim.proof);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? claim.sv : null;
}
