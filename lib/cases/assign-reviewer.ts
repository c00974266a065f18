// Admin assigns a qualified reviewer to a case waiting for assignment. The candidate
// list is recomputed on the server inside the transaction; the case moves only from
// READY_FOR_ASSIGNMENT, so two concurrent assignments cannot both succeed.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { screenCaseCandidates } from "../matching/screen-case-candidates.ts";

export const assignReviewerInput = z.object({
  caseId: z.uuid("Unknown case."),
  reviewerId: z.uuid("Choose a reviewer."),
  reason: z.string().trim().max(500, "Reason is too long (at most 500 characters).").optional(),
});

export async function assignReviewer({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ assignmentId: string }> {
  const staff = requirePermission(actor, "cases.assign");
  const { caseId, reviewerId, reason } = assignReviewerInput.parse(input);

  return db().$transaction(async (tx) => {
    const kase = await tx.case.findUnique({ where: { id: caseId }, select: { id: true, status: true, items: { select: { id: true } } } });
    if (!kase) throw notFound("Case");
    if (kase.status !== "READY_FOR_ASSIGNMENT") throw conflict("This case is not waiting for assignment (it may have just been assigned).");

    const candidates = await screenCaseCandidates(caseId, tx);
    const chosen = candidates.find((candidate) => candidate.reviewerId === reviewerId);
    if (!chosen) throw notFound("Reviewer");
    if (!chosen.qualified) {
      throw new AppError("VALIDATION", `This reviewer is not qualified for the case: ${chosen.reasons.map((r) => r.message).join(" ")}`);
    }

    const moved = await tx.case.updateMany({ where: { id: caseId, status: "READY_FOR_ASSIGNMENT" }, data: { status: "ASSIGNED" } });
    if (moved.count !== 1) throw conflict("This case was assigned by someone else a moment ago.");

    const candidateSnapshot = candidates.map((c) => ({ reviewerId: c.reviewerId, qualified: c.qualified, reasons: c.reasons.map((r) => r.code) }));
    const assignment = await tx.assignment.create({
      data: { caseId, reviewerId, assignedById: staff.userId, reason: reason ?? null, candidates: candidateSnapshot as Prisma.InputJsonValue },
    });
    await tx.determination.create({
      data: {
        caseId,
        reviewerId,
        version: 1,
        items: { create: kase.items.map((item) => ({ disputedItemId: item.id })) },
      },
    });
    await recordAudit(tx, staff, {
      action: "case.assigned",
      entityType: "Case",
      entityId: caseId,
      caseId,
      payload: { reviewerId, assignmentId: assignment.id, candidates: candidates.length, reason: reason ?? null },
    });
    return { assignmentId: assignment.id };
  });
}
