// What a party sees of their own case: its number, status and the letters issued to the
// parties, the outcome of the issued letter per item (the party's own page: the item's words and
// the decision, ./plain-outcome.ts) and this party's last day to appeal. Nothing else (no medical
// records, no other party's details).
import { db } from "../db/client.ts";
import type { PartyActor } from "../auth/actor.ts";
import { notFound } from "../errors.ts";
import { partyTimeline } from "./party-timeline.ts";
import { partyAppealDeadline } from "./plain-outcome.ts";

export async function partyCaseView(party: PartyActor) {
  const found = await db().party.findFirst({
    where: { id: party.partyId, caseId: party.caseId },
    select: {
      role: true,
      name: true,
      email: true,
      serviceMethod: true,
      electronicServiceConsent: true,
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
            select: {
              version: true,
              status: true,
              issuedAt: true,
              letterId: true,
              items: {
                select: { decision: true, disputedItem: { select: { ordinal: true, description: true } } },
              },
            },
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
  const issued = kase.determinations.filter((d) => d.status === "ISSUED" && d.issuedAt).at(-1);
  const outcome = issued?.issuedAt
    ? {
        issuedAt: issued.issuedAt,
        items: issued.items
          .filter((i) => i.decision)
          .sort((a, b) => a.disputedItem.ordinal - b.disputedItem.ordinal)
          .map((i) => ({ description: i.disputedItem.description, decision: i.decision! })),
        appeal: partyAppealDeadline(issued.issuedAt, found),
      }
    : null;
  return {
    role: found.role,
    name: found.name,
    outcome,
    case: {
      caseNumber: kase.caseNumber,
      status: kase.status,
      receivedAt: kase.receivedAt,
      determinations: kase.determinations.map(({ items: _items, ...letter }) => letter),
    },
    timeline,
  };
}
