// The party of the current request: the session its signed cookie names, read from the
// database (./party-sessions.ts). An ended or expired session, or one whose access code was
// revoked, reissued since it began or has expired, is no session: access ends at once.
import "server-only";
import { cookies } from "next/headers";
import { requestMeta } from "../auth/current-actor.ts";
import type { PartyActor } from "../auth/actor.ts";
import { PARTY_COOKIE, decodePartySessionCookie } from "./party-session.ts";
import { resolvePartySession } from "./party-sessions.ts";

export async function currentParty(): Promise<PartyActor | null> {
  const sessionId = decodePartySessionCookie((await cookies()).get(PARTY_COOKIE)?.value);
  if (!sessionId) return null;
  const session = await resolvePartySession(sessionId);
  if (!session) return null;
  return {
    kind: "party",
    partyId: session.partyId,
    caseId: session.caseId,
    sessionId: session.sessionId,
    meta: await requestMeta(),
  };
}
