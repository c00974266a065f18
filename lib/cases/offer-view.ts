// An offer as the reviewer's screens show it (plain strings: it crosses to the browser).
import type { OfferRow } from "./list-offers.ts";

export function offerView(row: OfferRow, specialtyName: string) {
  return {
    assignmentId: row.id,
    offeredAt: row.assignedAt.toISOString(),
    caseId: row.case.id,
    caseNumber: row.case.caseNumber,
    reviewType: row.case.reviewType,
    dueAt: row.case.dueAt?.toISOString() ?? null,
    specialty: specialtyName,
    items: row.case.items.map((i) => i.description),
    parties: row.case.parties.map(({ role, name, organization, identifier }) => ({
      role,
      name,
      organization,
      identifier,
    })),
  };
}
