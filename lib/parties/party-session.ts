// The party's signed-in state: an HMAC-signed cookie value naming the party and case,
// valid for a few hours. No account, no server-side session row.
import crypto from "node:crypto";
import { getServerSecret } from "../config/secret.ts";

export const PARTY_COOKIE = "imr_party";
export const PARTY_SESSION_HOURS = 4;

export type PartySession = { partyId: string; caseId: string; expiresAt: number };

/**
 * When the cookie was issued: it is valid for exactly PARTY_SESSION_HOURS, so its expiry
 * tells. A code issued after this moment (a reissue) no longer covers the session.
 */
export function partySessionIssuedAt(session: Pick<PartySession, "expiresAt">): Date {
  return new Date(session.expiresAt - PARTY_SESSION_HOURS * 3_600_000);
}

function sign(body: string): string {
  return crypto.createHmac("sha256", `party:${getServerSecret()}`).update(body).digest("base64url");
}

export function encodePartySession(session: PartySession): string {
  const body = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${body}.${sign(body)}`;
}

export function decodePartySession(value: string | undefined, now = Date.now()): PartySession | null {
  if (!value) return null;
  const parts = value.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [body, signature] = parts;
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(body));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  try {
    const session = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as PartySession;
    return typeof session.partyId === "string" && typeof session.caseId === "string" && session.expiresAt > now ? session : null;
  } catch {
    return null;
  }
}
