// Finds the reviewer's own open determination of a case. Anything else (another
// reviewer's case, a decided case) is "not found", so its existence does not leak.
import type { Prisma } from "../db/generated/client.ts";
import type { StaffActor } from "../auth/actor.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";

export async function findOpenDraft(tx: Prisma.TransactionClient, reviewer: StaffActor, caseId: string) {
  if (!reviewer.reviewerId) throw notFound("Case");
  const draft = await tx.determination.findFirst({
    where: {
      caseId,
      reviewerId: reviewer.reviewerId,
      status: "DRAFT",
      case: { AND: [caseWhereForActor(reviewer), { status: "ASSIGNED" }] },
    },
    select: { id: true, version: true, items: { select: { id: true, disputedItemId: true } } },
  });
  if (!draft) throw notFound("Case");
  return draft;
}

export async function writeDraftItems(
  tx: Prisma.TransactionClient,
  draft: { id: string; items: { id: string; disputedItemId: string }[] },
  input: { clinicalSummary: string; items: { disputedItemId: string; decision: "UPHELD" | "OVERTURNED" | null; claimsAdminGuideline: string; reviewerGuideline: string; rationale: string }[] },
): Promise<void> {
  const byDisputedItem = new Map(draft.items.map((item) => [item.disputedItemId, item.id]));
  if (input.items.length !== draft.items.length || input.items.some((item) => !byDisputedItem.has(item.disputedItemId))) {
    throw notFound("Disputed item");
  }
  await tx.determination.update({ where: { id: draft.id }, data: { clinicalSummary: input.clinicalSummary } });
  for (const item of input.items) {
    await tx.determinationItem.update({
      where: { id: byDisputedItem.get(item.disputedItemId)! },
      data: {
        decision: item.decision,
        claimsAdminGuideline: item.claimsAdminGuideline,
        reviewerGuideline: item.reviewerGuideline,
        rationale: item.rationale,
      },
    });
  }
}
