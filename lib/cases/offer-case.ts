// Writes an offer: the case moves from READY_FOR_ASSIGNMENT to ASSIGNED (only from there,
// so a case is never offered twice), the assignment is OFFERED with who or what chose the
// reviewer (method, assignedBy), why (reason), the score in words and the candidate list,
// and the audit row. The draft determination is created only when the reviewer accepts.
import type { Prisma } from "../db/generated/client.ts";
import type { AssignmentMethod } from "../db/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import type { assignmentScore } from "../matching/auto-assign.ts";
import type { CandidateSnapshot } from "./case-candidates.ts";
import { notifyOffer } from "../notifications/case-notifications.ts";
import { statusesAllowing } from "./case-status-rules.ts";

export type Offer = {
  caseId: string;
  reviewerId: string;
  method: AssignmentMethod;
  score: ReturnType<typeof assignmentScore>;
  candidates: CandidateSnapshot;
  reason: string;
  override: boolean;
  /** the administrator who assigned; null when the system did (re-match after a decline) */
  assignedById: string | null;
};

/** The new assignment's id, or null when the case is no longer waiting for assignment. */
export async function writeOffer(
  tx: Prisma.TransactionClient,
  actor: Actor,
  offer: Offer,
  now: Date = new Date(),
): Promise<string | null> {
  const moved = await tx.case.updateMany({
    where: { id: offer.caseId, status: { in: statusesAllowing("assignment.offer") } },
    data: { status: "ASSIGNED" },
  });
  if (moved.count !== 1) return null;
  const assignment = await tx.assignment.create({
    data: {
      caseId: offer.caseId,
      reviewerId: offer.reviewerId,
      status: "OFFERED",
      method: offer.method,
      score: offer.score as Prisma.InputJsonValue,
      candidates: offer.candidates as Prisma.InputJsonValue,
      reason: offer.reason,
      assignedById: offer.assignedById,
      assignedAt: now,
    },
    select: { id: true },
  });
  await notifyOffer(tx, { caseId: offer.caseId, reviewerId: offer.reviewerId, assignmentId: assignment.id }, now);
  await recordAudit(tx, actor, {
    action: "case.assigned",
    entityType: "Case",
    entityId: offer.caseId,
    caseId: offer.caseId,
    payload: {
      reviewerId: offer.reviewerId,
      assignmentId: assignment.id,
      method: offer.method,
      score: offer.score.score,
      override: offer.override,
      candidates: offer.candidates.qualified,
      reason: offer.reason,
    },
  });
  return assignment.id;
}
