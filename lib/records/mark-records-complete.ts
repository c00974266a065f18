// Intake marks a case's medical records complete (8 CCR 9792.10.5). That starts the
// decision clock: the determination is due 30 days later (3 days expedited, 5 working days
// for a formulary dispute; lib/deadlines), and the case waits for assignment.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { determinationDueAt } from "../deadlines/determination-due.ts";
import { CASE_ACTION_REFUSALS, statusesAllowing } from "../cases/case-status-rules.ts";

export const markRecordsCompleteInput = z.object({ caseId: z.uuid("Unknown case.") });

export async function markRecordsComplete({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}) {
  const staff = requirePermission(actor, "records.manage");
  const { caseId } = markRecordsCompleteInput.parse(input);
  return db().$transaction(async (tx) => {
    const kase = await tx.case.findUnique({ where: { id: caseId }, select: { status: true, reviewType: true } });
    if (!kase) throw notFound("Case");
    const dueAt = determinationDueAt(kase.reviewType, now);
    const moved = await tx.case.updateMany({
      where: { id: caseId, status: { in: statusesAllowing("records.complete") } },
      data: { status: "READY_FOR_ASSIGNMENT", recordsCompleteAt: now, dueAt },
    });
    if (moved.count !== 1) throw conflict(CASE_ACTION_REFUSALS["records.complete"]);
    await tx.recordsRequest.updateMany({ where: { caseId, receivedAt: null }, data: { receivedAt: now } });
    await recordAudit(tx, staff, {
      action: "case.records_complete",
      entityType: "Case",
      entityId: caseId,
      caseId,
      payload: { recordsCompleteAt: now.toISOString(), dueAt: dueAt.toISOString() },
    });
    return { dueAt };
  });
}
