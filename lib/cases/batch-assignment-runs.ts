// Batch assignment as background work: the administrator asks for a run, which queues a
// "batch-assign" job (one at a time: a run already queued or running is returned instead),
// and the job runner plans and writes the offers (./batch-assign-waiting-cases.ts) as that
// administrator, so a large queue never holds up a request. The queue page shows the latest
// run: waiting, running, its summary, or why it failed.
import { z } from "zod";
import { db } from "../db/client.ts";
import { rawReader } from "../db/raw-reader.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor, StaffActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { wakeJobLoop } from "../jobs/wake.ts";
import { batchAssignWaitingCases, type BatchRunResult } from "./batch-assign-waiting-cases.ts";

export const BATCH_JOB = "batch-assign";

export type BatchRunRequest = { jobId: string; alreadyRunning: boolean };
export type BatchRunStatus = {
  jobId: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  requestedAt: Date;
  finishedAt: Date | null;
  result: BatchRunResult | null;
  lastError: string | null;
};

export const batchJobPayload = z.object({ requestedById: z.uuid() });

export async function requestBatchAssignment({
  actor,
  now = new Date(),
}: {
  actor: Actor | null;
  input?: unknown;
  now?: Date;
}): Promise<BatchRunRequest> {
  const staff = requirePermission(actor, "cases.assign");
  const request = await db().$transaction(async (tx) => {
    // one run at a time: serialized by a transaction lock, a waiting or running one is the answer
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${BATCH_JOB}))`;
    const open = await tx.job.findFirst({
      where: { kind: BATCH_JOB, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (open) return { jobId: open.id, alreadyRunning: true };
    const job = await tx.job.create({
      data: { kind: BATCH_JOB, payload: { requestedById: staff.userId }, runAt: now, maxAttempts: 3 },
      select: { id: true },
    });
    await recordAudit(tx, staff, {
      action: "assignment.batch_requested",
      entityType: "Job",
      entityId: job.id,
      payload: { jobId: job.id },
    });
    return { jobId: job.id, alreadyRunning: false };
  });
  wakeJobLoop();
  return request;
}

/** The job's work: the run as the administrator who asked for it, if they still may assign. */
export async function runBatchAssignmentJob(payload: unknown, now: Date): Promise<BatchRunResult> {
  const { requestedById } = batchJobPayload.parse(payload);
  const user = await db().user.findUnique({
    where: { id: requestedById },
    select: { id: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt)
    throw new AppError("FORBIDDEN", "The administrator who asked for this run can no longer assign cases.");
  const admin: StaffActor = {
    kind: "user",
    userId: user.id,
    role: user.role,
    name: user.name,
    reviewerId: null,
    meta: { ip: null, userAgent: "job runner" },
  };
  return batchAssignWaitingCases({ actor: requirePermission(admin, "cases.assign"), now });
}

/** The latest batch run, for the queue page; null before the first. */
export async function latestBatchRun({ actor }: { actor: Actor | null }): Promise<BatchRunStatus | null> {
  requirePermission(actor, "cases.assign");
  // in SQL, through lib/db/raw-reader.ts: read on every queue page
  const [job] = await rawReader().$queryRaw<
    {
      id: string;
      status: BatchRunStatus["status"];
      createdAt: Date;
      finishedAt: Date | null;
      result: unknown;
      lastError: string | null;
    }[]
  >`SELECT "id"::text AS "id", "status"::text AS "status", "createdAt", "finishedAt", "result", "lastError"
      FROM "Job" WHERE "kind" = ${BATCH_JOB} ORDER BY "createdAt" DESC LIMIT 1`;
  if (!job) return null;
  return {
    jobId: job.id,
    status: job.status,
    requestedAt: job.createdAt,
    finishedAt: job.finishedAt,
    result: job.status === "SUCCEEDED" ? (job.result as BatchRunResult) : null,
    lastError: job.lastError,
  };
}
