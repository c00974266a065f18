// When a staff session ends, and what the page says about it (pure; used in the browser by
// components/auth/session-expiry-warning.tsx).
//
// next-auth (JWT sessions, ./auth-options.ts) ends a session `maxAge` after its token was last
// issued. GET /api/auth/session issues the token again (a new cookie, `expires` = now + maxAge,
// in the body), so reading the session also extends it. Server-rendered pages read the cookie
// without renewing it; the staff shell's warning reads the endpoint once when it opens, and
// "Stay signed in" reads it again: a session lasts maxAge from the last staff page opened or
// the last "Stay signed in", in any tab.

/** How long before the end the warning shows. */
export const SESSION_WARNING_MS = 5 * 60_000;

export type SessionPhase =
  { phase: "active"; changesInMs: number } | { phase: "warning"; changesInMs: number } | { phase: "ended" };

/**
 * The session's state at `now` (milliseconds) for a session ending at `expiresAt`: active,
 * warning (the last `warnMs`), or ended; with how long until that changes.
 */
export function sessionPhase(expiresAt: number, now: number, warnMs: number = SESSION_WARNING_MS): SessionPhase {
  if (!Number.isFinite(expiresAt) || now >= expiresAt) return { phase: "ended" };
  const warnFrom = expiresAt - Math.max(0, warnMs);
  if (now < warnFrom) return { phase: "active", changesInMs: warnFrom - now };
  return { phase: "warning", changesInMs: expiresAt - now };
}

/**
 * The session's end on this browser's clock, from the session endpoint's answer: `expires`
 * (the server's clock) moved by how far the server's clock (its Date header) is from ours when
 * the answer arrived (`receivedAt`). Without a usable Date header, `expires` as it is. Null
 * when `expires` is not a date.
 */
export function expiryOnThisClock(
  expires: unknown,
  serverDate: string | null | undefined,
  receivedAt: number,
): number | null {
  if (typeof expires !== "string") return null;
  const end = Date.parse(expires);
  if (!Number.isFinite(end)) return null;
  const serverNow = serverDate ? Date.parse(serverDate) : NaN;
  if (!Number.isFinite(serverNow)) return end;
  return receivedAt + (end - serverNow);
}

/**
 * Of the end this tab knows and one another tab reported (both on this browser's clock, or
 * null), the later: a session renewed in any tab is renewed for all of them (one cookie).
 */
export function laterExpiry(known: number | null, reported: number | null): number | null {
  const valid = (value: number | null) => (value !== null && Number.isFinite(value) ? value : null);
  const [a, b] = [valid(known), valid(reported)];
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
