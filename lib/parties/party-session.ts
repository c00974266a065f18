// The party's signed-in state: an HMAC-signed cookie value naming the party and case,
// valid for a few hours. No account, no server-side session row.
import crypto from "node:crypto";
import { getServerSecret } from "../config/secret.ts";

export const PARTY_COOKIE = "imr_party";
export const PARTY_SESSION_HOURS = 4;

export type PartySession = { partyId: string; caseId: string; expiresAt: number };

function sign(body: string): string {
  return crypto.createHmac("sha256", `party:${getServerSecret()}`).update(body).digest("base64url");
}

export function encodePartySession(session: PartySession): string {
  const body = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${body}.${sign(body)}`;
}

export function decodePartySession(value: string | undefined, now = Date.now()): PartySession | null {
  if (!value) return null;
  const [body, signature] = value.split(".");
  if (!body || !signature) return null;
  const expected = sign(body);
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  try {
    const session = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as PartySession;
    return typeof session.partyId === "string" && typeof session.caseId === "string" && session.expiresAt > now ? session : null;
  } catch {
    return null;
  }
}
