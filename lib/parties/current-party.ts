// The party of the current request, from the signed access cookie.
import "server-only";
import { cookies } from "next/headers";
import { requestMeta } from "../auth/current-actor.ts";
import type { PartyActor } from "../auth/actor.ts";
import { PARTY_COOKIE, decodePartySession } from "./party-session.ts";

export async function currentParty(): Promise<PartyActor | null> {
  const session = decodePartySession((await cookies()).get(PARTY_COOKIE)?.value);
  if (!session) return null;
  return { kind: "party", partyId: session.partyId, caseId: session.caseId, meta: await requestMeta() };
}
