// QA approves a submitted determination: in one transaction the determination becomes
// APPROVED (by this reader), the reading is recorded, and the issue of the letter is queued
// for the job runner ("issue-letter", lib/qa/issue-letter.ts), which renders and stores the
// PDF and decides the case. The request returns at once; the runner is woken to start now.
// A second approval (another reader, a double click) finds it approved and changes nothing.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { wakeJobLoop } from "../jobs/job-loop.ts";

export const approveDeterminationInput = z.object({ determinationId: z.uuid("Unknown determination.") });

export type ApprovedDetermination = { determinationId: string; status: "APPROVED" };

const NOT_WAITING = "This determination is no longer waiting for QA (another reader may have acted on it).";

export async function approveDetermination({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<ApprovedDetermination> {
  const reader = requirePermission(actor, "qa.decide");
  const { determinationId } = approveDeterminationInput.parse(input);
  const approved = await db().$transaction(async (tx) => {
    const determination = await tx.determination.findUnique({ where: { id: determinationId }, select: { status: true, caseId: true, version: true } });
    if (!determination) throw notFound("Determination");
    if (determination.status !== "SUBMITTED") throw conflict(NOT_WAITING);
    // Claim it first: a second approval running at the same time waits on this row and then finds it approved.
    const claimed = await tx.determination.updateMany({ where: { id: determinationId, status: "SUBMITTED" }, data: { status: "APPROVED", approvedById: reader.userId } });
    if (claimed.count !== 1) throw conflict(NOT_WAITING);
    await tx.qaReview.create({ data: { determinationId, readerId: reader.userId, outcome: "APPROVED", at: now } });
    await enqueueJob(tx, { kind: "issue-letter", payload: { determinationId }, dedupeKey: `issue:${determinationId}`, runAt: now, maxAttempts: 10 });
    await recordAudit(tx, reader, {
      action: "determination.approved",
      entityType: "Determination",
      entityId: determinationId,
      caseId: determination.caseId,
      payload: { determinationId, version: determination.version },
    });
    return { determinationId, status: "APPROVED" as const };
  });
  wakeJobLoop();
  return approved;
}
