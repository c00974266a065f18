// Puts background work on the job table, inside the caller's transaction: the job exists if
// and only if the change that asks for it commits. A dedupeKey makes enqueueing idempotent.
import type { Prisma } from "../db/generated/client.ts";

export type JobKind =
  "issue-letter" | "batch-assign" | "publish-decision" | "deliver-outbox" | "sweep-reminders" | "extract-document-text";

export type NewJob = {
  kind: JobKind;
  payload?: Prisma.InputJsonValue;
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

export async function enqueueJob(tx: Pick<Prisma.TransactionClient, "job">, job: NewJob): Promise<void> {
  const data = {
    kind: job.kind,
    payload: job.payload ?? {},
    runAt: job.runAt ?? new Date(),
    maxAttempts: job.maxAttempts ?? 5,
  };
  if (!job.dedupeKey) {
    await tx.job.create({ data });
    return;
  }
  // createMany with skipDuplicates is INSERT ... ON CONFLICT DO NOTHING: no error aborts the transaction.
  await tx.job.createMany({ data: [{ ...data, dedupeKey: job.dedupeKey }], skipDuplicates: true });
}
