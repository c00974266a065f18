// What a party sees of their own case: its number, status and the letters issued to the
// parties. Nothing else (no medical records, no other party's details).
import { db } from "../db/client.ts";
import type { PartyActor } from "../auth/actor.ts";
import { notFound } from "../errors.ts";
import { partyTimeline } from "./party-timeline.ts";

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
          eligibilityDecidedAt: true,
          eligibilityOutcome: true,
          recordsCompleteAt: true,
          assignments: {
            select: { assignedAt: true, respondedAt: true, status: true },
            orderBy: { assignedAt: "asc" },
          },
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
  const kase = found.case;
  const accepted = kase.assignments.find((a) => a.status === "ACTIVE" || a.status === "COMPLETED");
  const timeline = partyTimeline({
    receivedAt: kase.receivedAt,
    eligibilityDecidedAt: kase.eligibilityDecidedAt,
    eligibilityOutcome: kase.eligibilityOutcome,
    recordsCompleteAt: kase.recordsCompleteAt,
    firstOfferAt: kase.assignments[0]?.assignedAt ?? null,
    acceptedAt: accepted?.respondedAt ?? accepted?.assignedAt ?? null,
    decidedAt: kase.determinations[0]?.issuedAt ?? null,
  });
  return {
    role: found.role,
    name: found.name,
    case: {
      caseNumber: kase.caseNumber,
      status: kase.status,
      receivedAt: kase.receivedAt,
      determinations: kase.determinations,
    },
    timeline,
  };
}
