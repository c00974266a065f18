// The offers waiting for the signed-in reviewer, oldest first, with what they need to
// decide and to attest to having no conflict: the case's type, due date, specialty, the
// disputed items and the parties (employee, employer, claims administrator, physicians...).
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";

export const offerSelect = {
  id: true,
  assignedAt: true,
  case: {
    select: {
      id: true,
      caseNumber: true,
      reviewType: true,
      dueAt: true,
      specialtyCode: true,
      items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
      parties: {
        select: { id: true, role: true, name: true, organization: true, identifier: true },
        orderBy: { role: "asc" },
      },
    },
  },
} satisfies Prisma.AssignmentSelect;

export type OfferRow = Prisma.AssignmentGetPayload<{ select: typeof offerSelect }>;

export async function listMyOffers({ actor }: { actor: Actor | null }): Promise<OfferRow[]> {
  const reviewer = requirePermission(actor, "assignments.respond");
  if (!reviewer.reviewerId) return [];
  return db().assignment.findMany({
    where: { reviewerId: reviewer.reviewerId, status: "OFFERED" },
    select: offerSelect,
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    take: 100,
  });
}
