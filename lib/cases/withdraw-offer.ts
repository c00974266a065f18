// An administrator withdraws an offer the reviewer has not answered yet (a reviewer who does
// not answer, a conflict found after the offer, the wrong choice). In one transaction the
// assignment OFFERED becomes REVOKED with the time and the stated reason, the case goes
// back from ASSIGNED to READY_FOR_ASSIGNMENT (the assignment queue), the audit row is
// written and the reviewer is told by e-mail (the outbox; the reason is not sent). The case
// is then offered again through the usual flow; the withdrawn reviewer is left out of this
// case's candidates, as one who declined it is (./case-candidates.ts).
// Only an OFFERED assignment moves: a reviewer's acceptance racing the withdrawal changes
// the same row under the same condition, so exactly one of the two wins.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import type { AssignmentStatus } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, notFound } from "../errors.ts";
import { caseWhereForActor } from "./case-access.ts";
import { statusesAllowing } from "./case-status-rules.ts";
import { notifyWithdrawal } from "../notifications/case-notifications.ts";

export const withdrawOfferInput = z.object({
  assignmentId: z.uuid("Unknown offer."),
  reason: z
    .string("Give the reason for withdrawing the offer.")
    .trim()
    .min(5, "Give the reason for withdrawing the offer (at least 5 characters).")
    .max(500, "At most 500 characters."),
});

export type WithdrawnOffer = { caseId: string; assignmentId: string; reviewerId: string };

/** Why an assignment that is no longer OFFERED cannot be withdrawn, in words. */
const NOT_PENDING: Record<Exclude<AssignmentStatus, "OFFERED">, string> = {
  ACTIVE: "The reviewer has already accepted this offer; it can no longer be withdrawn.",
  DECLINED: "The reviewer has already declined this offer.",
  COMPLETED: "This review is complete; there is no offer to withdraw.",
  REVOKED: "This offer has already been withdrawn.",
};

async function pendingOffer(tx: Prisma.TransactionClient, assignmentId: string, where: Prisma.CaseWhereInput) {
  const offer = await tx.assignment.findFirst({
    where: { id: assignmentId, case: where },
    select: { id: true, caseId: true, reviewerId: true, status: true, assignedAt: true },
  });
  if (!offer) throw notFound("Offer");
  if (offer.status !== "OFFERED") throw conflict(NOT_PENDING[offer.status]);
  return offer;
}

export async function withdrawOffer({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<WithdrawnOffer> {
  const admin = requirePermission(actor, "cases.assign");
  const { assignmentId, reason } = withdrawOfferInput.parse(input);
  return db().$transaction(async (tx) => {
    const offer = await pendingOffer(tx, assignmentId, caseWhereForActor(admin));
    // the row lock taken here orders this against the reviewer's answer: whichever commits
    // second finds the assignment no longer OFFERED
    const moved = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "OFFERED" },
      data: { status: "REVOKED", endedAt: now, withdrawReason: reason },
    });
    if (moved.count !== 1) {
      const current = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { status: true } });
      throw conflict(
        current.status === "OFFERED" ? "The offer changed a moment ago; reload the page." : NOT_PENDING[current.status],
      );
    }
    const back = await tx.case.updateMany({
      where: { id: offer.caseId, status: { in: statusesAllowing("assignment.withdraw") } },
      data: { status: "READY_FOR_ASSIGNMENT" },
    });
    if (back.count !== 1) throw conflict("This case is no longer waiting for the reviewer's answer; reload the page.");
    await notifyWithdrawal(
      tx,
      { caseId: offer.caseId, reviewerId: offer.reviewerId, assignmentId, offeredAt: offer.assignedAt },
      now,
    );
    await recordAudit(tx, admin, {
      action: "assignment.withdrawn",
      entityType: "Assignment",
      entityId: assignmentId,
      caseId: offer.caseId,
      payload: { assignmentId, reviewerId: offer.reviewerId, reason, offeredAt: offer.assignedAt.toISOString() },
    });
    return { caseId: offer.caseId, assignmentId, reviewerId: offer.reviewerId };
  });
}

export type WithdrawnOfferNotice = { caseNumber: string; offeredAt: Date; withdrawnAt: Date };

/**
 * For a reviewer opening a case whose offer to them was withdrawn (from the e-mail or an old
 * tab): the case number and when, so the page can say so instead of "not found". Null when
 * the reviewer had no withdrawn offer of this case, or still reaches it otherwise.
 */
export async function withdrawnOfferNotice({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<WithdrawnOfferNotice | null> {
  const reviewer = requirePermission(actor, "assignments.respond");
  if (!reviewer.reviewerId || !z.uuid().safeParse(caseId).success) return null;
  const withdrawn = await db().assignment.findFirst({
    where: { caseId, reviewerId: reviewer.reviewerId, status: "REVOKED" },
    select: { assignedAt: true, endedAt: true, case: { select: { caseNumber: true } } },
    orderBy: [{ endedAt: { sort: "desc", nulls: "last" } }, { assignedAt: "desc" }],
  });
  if (!withdrawn) return null;
  return {
    caseNumber: withdrawn.case.caseNumber,
    offeredAt: withdrawn.assignedAt,
    withdrawnAt: withdrawn.endedAt ?? withdrawn.assignedAt,
  };
}
