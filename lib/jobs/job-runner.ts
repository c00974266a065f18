// Runs due jobs from the Job table: claim one (claim-job.ts), run its handler, then mark it
// SUCCEEDED with the handler's result, or on an error put it back QUEUED for later
// (exponential backoff, backoff.ts) until maxAttempts, then FAILED with the error and a
// "job.failed" audit row by the system. Used by the polling loop (job-loop.ts), the
// standalone worker (scripts/jobs-work.ts) and tests.
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor } from "../auth/actor.ts";
import { errorText, nextAttemptAt } from "./backoff.ts";
import { claimNextJob, failExhaustedLeases } from "./claim-job.ts";
import { JOB_HANDLERS, type JobHandlers } from "./handlers.ts";

/** How long a claimed job belongs to its worker; after that it is taken again. */
export const JOB_LEASE_MS = 5 * 60_000;

export type RunDueJobsOptions = {
  workerId: string;
  /** a fixed clock (tests); by default the time of each step */
  now?: Date;
  /** at most this many jobs in this call */
  limit?: number;
  /** only these kinds (a worker dedicated to some kinds) */
  kinds?: readonly string[];
  /** only these jobs */
  ids?: readonly string[];
  handlers?: JobHandlers;
  leaseMs?: number;
};

export type RunSummary = { succeeded: number; retried: number; failed: number };

export async function runDueJobs({
  workerId,
  now,
  limit = 10,
  kinds,
  ids,
  handlers = JOB_HANDLERS,
  leaseMs = JOB_LEASE_MS,
}: RunDueJobsOptions): Promise<RunSummary> {
  const clock = () => now ?? new Date();
  const summary: RunSummary = { succeeded: 0, retried: 0, failed: 0 };
  summary.failed += await failAbandoned(clock(), leaseMs, kinds);
  for (let run = 0; run < limit; run++) {
    const id = await claimNextJob(db(), { workerId, now: clock(), leaseMs, kinds, ids });
    if (!id) break;
    summary[await runClaimed(id, workerId, handlers, clock)]++;
  }
  return summary;
}

async function failAbandoned(now: Date, leaseMs: number, kinds?: readonly string[]): Promise<number> {
  return db().$transaction(async (tx) => {
    const failed = await failExhaustedLeases(tx, { now, leaseMs, kinds });
    for (const job of failed)
      await auditFailure(
        tx,
        job.id,
        job.kind,
        job.attempts,
        "The worker stopped during the last attempt (lease expired).",
      );
    return failed.length;
  });
}

async function runClaimed(
  id: string,
  workerId: string,
  handlers: JobHandlers,
  clock: () => Date,
): Promise<keyof RunSummary> {
  const job = await db().job.findUniqueOrThrow({
    where: { id },
    select: { kind: true, payload: true, attempts: true, maxAttempts: true },
  });
  let result: unknown;
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`No handler for job kind "${job.kind}".`);
    result = await handler(job.payload, { jobId: id, now: clock() });
  } catch (error) {
    return recordFailure(id, workerId, job, errorText(error), clock());
  }
  await db().job.updateMany({
    where: { id, status: "RUNNING", lockedBy: workerId },
    data: { status: "SUCCEEDED", result: asJson(result), finishedAt: clock(), lockedAt: null },
  });
  return "succeeded";
}

async function recordFailure(
  id: string,
  workerId: string,
  job: { kind: string; attempts: number; maxAttempts: number },
  error: string,
  now: Date,
): Promise<keyof RunSummary> {
  const final = job.attempts >= job.maxAttempts;
  await db().$transaction(async (tx) => {
    const held = { id, status: "RUNNING" as const, lockedBy: workerId };
    if (!final) {
      await tx.job.updateMany({
        where: held,
        data: { status: "QUEUED", runAt: nextAttemptAt(now, job.attempts), lastError: error, lockedAt: null },
      });
      return;
    }
    const moved = await tx.job.updateMany({
      where: held,
      data: { status: "FAILED", finishedAt: now, lastError: error, lockedAt: null },
    });
    if (moved.count === 1) await auditFailure(tx, id, job.kind, job.attempts, error);
  });
  return final ? "failed" : "retried";
}

function auditFailure(tx: Prisma.TransactionClient, jobId: string, kind: string, attempts: number, error: string) {
  return recordAudit(tx, systemActor, {
    action: "job.failed",
    entityType: "Job",
    entityId: jobId,
    payload: { jobId, kind, attempts, error },
  });
}

function asJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
