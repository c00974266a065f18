// An administrator sends a FAILED job round again: it is QUEUED to run at once with a fresh
// count of attempts (its last error stays visible until it succeeds). Audited.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";

export const retryJobInput = z.object({ jobId: z.uuid("Unknown job.") });

export async function retryJob({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ jobId: string }> {
  const admin = requirePermission(actor, "operations.read");
  const { jobId } = retryJobInput.parse(input);
  return db().$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId }, select: { kind: true, lastError: true } });
    if (!job) throw notFound("Job");
    const moved = await tx.job.updateMany({
      where: { id: jobId, status: "FAILED" },
      data: { status: "QUEUED", runAt: now, attempts: 0, finishedAt: null, lockedAt: null },
    });
    if (moved.count !== 1) throw conflict("This job has not failed (it may have been retried already).");
    await recordAudit(tx, admin, {
      action: "job.retried",
      entityType: "Job",
      entityId: jobId,
      payload: { jobId, kind: job.kind, lastError: job.lastError },
    });
    return { jobId };
  });
}
