// A party's signed cookie holds only while its access code is neither revoked nor expired,
// and was not replaced since the cookie was issued: a reissued code (./reissue-access-code.ts)
// carries a new createdAt, later than any cookie opened with the old code.
import { db } from "../db/client.ts";
import { partySessionIssuedAt, type PartySession } from "./party-session.ts";

type SessionFacts = Pick<PartySession, "partyId" | "caseId"> & Partial<Pick<PartySession, "expiresAt">>;

/** `expiresAt` (always present in a real cookie) dates the session; without it only revocation and expiry are checked. */
export async function partyStillHasAccess(session: SessionFacts, now = new Date()): Promise<boolean> {
  const count = await db().party.count({
    where: {
      id: session.partyId,
      caseId: session.caseId,
      accessCode: {
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        ...(session.expiresAt !== undefined ? { createdAt: { lte: partySessionIssuedAt({ expiresAt: session.expiresAt }) } } : {}),
      },
    },
  });
  return count === 1;
}
