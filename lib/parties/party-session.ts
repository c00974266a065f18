// The party's cookie: the id of its session row (./party-sessions.ts, held on the server),
// HMAC-signed so that a forged, guessed or garbled value is refused before any query. The
// cookie carries nothing else: who the party is, its case and whether the session still
// holds are read from the database on every request, so leaving, a reissued or revoked
// code and expiry end the session at once. Cookies of the earlier format (a signed JSON
// body naming the party and case) are refused like any other garbage: the party opens again.
import crypto from "node:crypto";
import { getServerSecret } from "../config/secret.ts";

export const PARTY_COOKIE = "imr_party";
export const PARTY_SESSION_HOURS = 4;

/** A session id as PostgreSQL writes a uuid: lower case, canonical form. */
const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** base64url of a SHA-256 HMAC */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function sign(sessionId: string): string {
  return crypto.createHmac("sha256", `party-session:${getServerSecret()}`).update(sessionId).digest("base64url");
}

/** The cookie value naming a session: `<session id>.<signature>`. */
export function encodePartySessionCookie(sessionId: string): string {
  if (!SESSION_ID.test(sessionId)) throw new Error("A party session id is a uuid.");
  return `${sessionId}.${sign(sessionId)}`;
}

/** The session id a cookie value names, or null when it is missing, malformed or not signed by this server. */
export function decodePartySessionCookie(value: string | undefined | null): string | null {
  if (typeof value !== "string" || value.length !== 36 + 1 + 43) return null;
  const sessionId = value.slice(0, 36);
  const signature = value.slice(37);
  if (value[36] !== "." || !SESSION_ID.test(sessionId) || !SIGNATURE.test(signature)) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(sessionId));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? sessionId : null;
}

/** How the cookie is set: HttpOnly, Secure in production, SameSite=Lax, for the whole site, until the session expires. */
export function partyCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production" && process.env.IMR_INSECURE_COOKIES !== "1",
    path: "/",
    expires: expiresAt,
  };
}
