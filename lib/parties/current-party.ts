// The party of the current request, from the signed access cookie, checked against the
// database: a revoked or expired access code ends the party's access at once.
import "server-only";
import { cookies } from "next/headers";
import { requestMeta } from "../auth/current-actor.ts";
import type { PartyActor } from "../auth/actor.ts";
import { PARTY_COOKIE, decodePartySession } from "./party-session.ts";
import { partyStillHasAccess } from "./party-still-has-access.ts";

export async function currentParty(): Promise<PartyActor | null> {
  const session = decodePartySession((await cookies()).get(PARTY_COOKIE)?.value);
  if (!session) return null;
  if (!(await partyStillHasAccess(session))) return null;
  return { kind: "party", partyId: session.partyId, caseId: session.caseId, meta: await requestMeta() };
}
