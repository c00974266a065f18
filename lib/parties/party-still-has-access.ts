// A party's signed cookie holds only while its access code is neither revoked nor expired.
import { db } from "../db/client.ts";
import type { PartySession } from "./party-session.ts";

export async function partyStillHasAccess(session: Pick<PartySession, "partyId" | "caseId">, now = new Date()): Promise<boolean> {
  const count = await db().party.count({
    where: { id: session.partyId, caseId: session.caseId, accessCode: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
  });
  return count === 1;
}
