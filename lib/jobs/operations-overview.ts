// What the operations page shows: jobs by status with the recent and the failed ones, runs
// whose lease has run out, and the e-mail outbox (by status, waiting and failed messages,
// whether an SMTP server is configured). Read-only; administrators only.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import type { JobStatus, OutboxStatus } from "../db/generated/enums.ts";
import { mailStatus } from "../notifications/mail-config.ts";
import { JOB_LEASE_MS } from "./job-runner.ts";

const LIST = 25;

const jobSelect = {
  id: true,
  kind: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  runAt: true,
  lockedBy: true,
  lastError: true,
  createdAt: true,
  finishedAt: true,
} as const;
const messageSelect = {
  id: true,
  kind: true,
  caseId: true,
  toAddress: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  createdAt: true,
  sentAt: true,
} as const;

export async function getOperationsOverview({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  requirePermission(actor, "operations.read");
  const [jobCounts, recentJobs, failedJobs, staleJobs, messageCounts, failedMessages, pendingMessages] =
    await Promise.all([
      db().job.groupBy({ by: ["status"], _count: { _all: true } }),
      db().job.findMany({ select: jobSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: LIST }),
      db().job.findMany({
        where: { status: "FAILED" },
        select: jobSelect,
        orderBy: [{ finishedAt: "desc" }, { id: "asc" }],
        take: LIST,
      }),
      db().job.count({ where: { status: "RUNNING", lockedAt: { lt: new Date(now.getTime() - JOB_LEASE_MS) } } }),
      db().outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
      db().outboxMessage.findMany({
        where: { status: "FAILED" },
        select: messageSelect,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: LIST,
      }),
      db().outboxMessage.findMany({
        where: { status: "PENDING" },
        select: messageSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: LIST,
      }),
    ]);
  const caseNumbers = await caseNumbersOf([...failedMessages, ...pendingMessages].map((m) => m.caseId));
  const withCase = <T extends { caseId: string | null }>(m: T) => ({
    ...m,
    caseNumber: m.caseId ? (caseNumbers.get(m.caseId) ?? null) : null,
  });
  return {
    jobs: {
      counts: countsOf<JobStatus>(jobCounts, ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
      recent: recentJobs,
      failed: failedJobs,
      stale: staleJobs,
    },
    outbox: {
      counts: countsOf<OutboxStatus>(messageCounts, ["PENDING", "SENT", "FAILED"]),
      mail: mailStatus(),
      failed: failedMessages.map(withCase),
      pending: pendingMessages.map(withCase),
    },
  };
}

export type OperationsOverview = Awaited<ReturnType<typeof getOperationsOverview>>;

function countsOf<S extends string>(rows: { status: S; _count: { _all: number } }[], all: S[]): Record<S, number> {
  const counts = Object.fromEntries(all.map((s) => [s, 0])) as Record<S, number>;
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

async function caseNumbersOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const cases = await db().case.findMany({ where: { id: { in: unique } }, select: { id: true, caseNumber: true } });
  return new Map(cases.map((c) => [c.id, c.caseNumber]));
}
