// What a party sees of their own case: its number, status and the letters issued to the
// parties. Nothing else (no medical records, no other party's details).
import { db } from "../db/client.ts";
import type { PartyActor } from "../auth/actor.ts";
import { notFound } from "../errors.ts";

export async function partyCaseView(party: PartyActor) {
  const found = await db().party.findFirst({
    where: { id: party.partyId, caseId: party.caseId },
    select: {
      role: true,
      name: true,
      case: {
        select: {
          caseNumber: true,
          status: true,
          receivedAt: true,
          determinations: {
            where: { status: { in: ["ISSUED", "SUPERSEDED"] }, letterId: { not: null } },
            select: { version: true, status: true, issuedAt: true, letterId: true },
            orderBy: { version: "asc" },
          },
        },
      },
    },
  });
  if (!found) throw notFound("Case");
  return found;
}
