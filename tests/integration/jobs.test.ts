// The job runner on the real database: two runners at once run each job exactly once;
// failures are retried with exponential backoff and end FAILED (audited) after maxAttempts;
// a job whose worker died is taken again after its lease; enqueueing is idempotent and
// transactional; an administrator can send a failed job round again; the publish-decision
// handler is wired to the publication use case; a woken loop runs a due job at once. A
// database of its own: the runner takes
// every due job of its database.
import { db } from "@/lib/db/client.ts";
import { enqueueJob } from "@/lib/jobs/enqueue-job.ts";
import { claimNextJob } from "@/lib/jobs/claim-job.ts";
import { JOB_LEASE_MS, runDueJobs } from "@/lib/jobs/job-runner.ts";
import { scheduleReminderSweep } from "@/lib/jobs/job-loop.ts";
import { retryJob } from "@/lib/jobs/retry-job.ts";
import { retryDelayMs } from "@/lib/jobs/backoff.ts";
import type { JobHandlers } from "@/lib/jobs/handlers.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import {
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  offerCase,
  unique,
} from "../factories/index.ts";

withOwnDatabase("imr_it_jobs");

const T0 = new Date("2026-03-02T17:00:00.000Z");
const later = (ms: number, from = T0) => new Date(from.getTime() + ms);

async function newJob(kind: string, data: { payload?: object; maxAttempts?: number; runAt?: Date } = {}) {
  return db().job.create({
    data: { kind, payload: data.payload ?? {}, maxAttempts: data.maxAttempts ?? 5, runAt: data.runAt ?? T0 },
  });
}

const failing = (kind: string, message = "Upstream unavailable"): JobHandlers => ({
  [kind]: async () => {
    throw new Error(message);
  },
});

test("two runners at the same time run every job exactly once", async () => {
  const kind = unique("count");
  const runs: number[] = [];
  const handlers: JobHandlers = {
    [kind]: async (payload) => {
      await new Promise((resolve) => setImmediate(resolve));
      runs.push((payload as { n: number }).n);
      return { n: (payload as { n: number }).n };
    },
  };
  const jobs: { id: string }[] = [];
  for (let n = 0; n < 30; n++) jobs.push(await newJob(kind, { payload: { n } }));

  const [a, b] = await Promise.all([
    runDueJobs({ workerId: "worker-a", now: T0, limit: 100, kinds: [kind], handlers }),
    runDueJobs({ workerId: "worker-b", now: T0, limit: 100, kinds: [kind], handlers }),
  ]);

  expect(a.succeeded + b.succeeded).toBe(30);
  expect([...runs].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, n) => n));
  const rows = await db().job.findMany({ where: { kind } });
  expect(
    rows.every(
      (job) => job.status === "SUCCEEDED" && job.attempts === 1 && ["worker-a", "worker-b"].includes(job.lockedBy!),
    ),
  ).toBe(true);
  expect(rows.find((job) => job.id === jobs[7].id)!.result).toEqual({ n: 7 });
});

test("a failing job is retried with exponential backoff and keeps its last error", async () => {
  const kind = unique("flaky");
  let calls = 0;
  const handlers: JobHandlers = {
    [kind]: async () => {
      calls++;
      if (calls < 3) throw new Error(`Attempt ${calls} failed`);
      return { ok: true };
    },
  };
  const job = await newJob(kind);
  const run = (now: Date) => runDueJobs({ workerId: "w", now, kinds: [kind], handlers });

  expect(await run(T0)).toEqual({ succeeded: 0, retried: 1, failed: 0 });
  const first = await db().job.findUniqueOrThrow({ where: { id: job.id } });
  expect(first).toMatchObject({
    status: "QUEUED",
    attempts: 1,
    lastError: "Attempt 1 failed",
    lockedAt: null,
    runAt: later(retryDelayMs(1)),
  });

  expect(await run(later(retryDelayMs(1) - 1))).toEqual({ succeeded: 0, retried: 0, failed: 0 }); // not due yet
  const secondTry = later(retryDelayMs(1));
  expect(await run(secondTry)).toEqual({ succeeded: 0, retried: 1, failed: 0 });
  const second = await db().job.findUniqueOrThrow({ where: { id: job.id } });
  expect(second).toMatchObject({
    status: "QUEUED",
    attempts: 2,
    lastError: "Attempt 2 failed",
    runAt: later(retryDelayMs(2), secondTry),
  });
  expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

  expect(await run(second.runAt)).toEqual({ succeeded: 1, retried: 0, failed: 0 });
  expect(await db().job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
    status: "SUCCEEDED",
    attempts: 3,
    result: { ok: true },
    finishedAt: second.runAt,
  });
});

test("after maxAttempts a job is FAILED with its error, audited by the system, and not run again", async () => {
  const kind = unique("doomed");
  const job = await newJob(kind, { maxAttempts: 3 });
  const handlers = failing(kind, "Renderer crashed");
  let now = T0;
  const outcomes = [];
  for (let i = 0; i < 3; i++) {
    outcomes.push(await runDueJobs({ workerId: "w", now, kinds: [kind], handlers }));
    now = (await db().job.findUniqueOrThrow({ where: { id: job.id } })).runAt;
  }
  expect(outcomes.map((o) => (o.failed ? "failed" : o.retried ? "retried" : "none"))).toEqual([
    "retried",
    "retried",
    "failed",
  ]);
  const failed = await db().job.findUniqueOrThrow({ where: { id: job.id } });
  expect(failed).toMatchObject({ status: "FAILED", attempts: 3, lastError: "Renderer crashed" });
  expect(failed.finishedAt).not.toBeNull();

  const audit = await db().auditEvent.findMany({ where: { action: "job.failed", entityId: job.id } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    actorType: "SYSTEM",
    entityType: "Job",
    payload: { jobId: job.id, kind, attempts: 3, error: "Renderer crashed" },
  });

  expect(await runDueJobs({ workerId: "w", now: later(86_400_000), kinds: [kind], handlers })).toEqual({
    succeeded: 0,
    retried: 0,
    failed: 0,
  });
});

test("a job whose worker died is taken again once its lease has run out; on its last attempt it is failed", async () => {
  const kind = unique("orphan");
  const job = await newJob(kind);
  // Worker A claims the job and dies before finishing it.
  expect(await claimNextJob(db(), { workerId: "dead-worker", now: T0, leaseMs: JOB_LEASE_MS, kinds: [kind] })).toBe(
    job.id,
  );
  const handlers: JobHandlers = { [kind]: async () => "done" };

  expect(await runDueJobs({ workerId: "b", now: later(JOB_LEASE_MS - 1000), kinds: [kind], handlers })).toEqual({
    succeeded: 0,
    retried: 0,
    failed: 0,
  });
  expect((await db().job.findUniqueOrThrow({ where: { id: job.id } })).lockedBy).toBe("dead-worker");

  expect(await runDueJobs({ workerId: "b", now: later(JOB_LEASE_MS + 1000), kinds: [kind], handlers })).toEqual({
    succeeded: 1,
    retried: 0,
    failed: 0,
  });
  expect(await db().job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
    status: "SUCCEEDED",
    attempts: 2,
    lockedBy: "b",
    result: "done",
  });

  const last = await newJob(kind, { maxAttempts: 1 });
  await claimNextJob(db(), { workerId: "dead-worker", now: T0, leaseMs: JOB_LEASE_MS, kinds: [kind] });
  expect(await runDueJobs({ workerId: "b", now: later(JOB_LEASE_MS + 1000), kinds: [kind], handlers })).toEqual({
    succeeded: 0,
    retried: 0,
    failed: 1,
  });
  expect(await db().job.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
    status: "FAILED",
    attempts: 1,
    lastError: expect.stringMatching(/lease expired/),
  });
  expect(await db().auditEvent.count({ where: { action: "job.failed", entityId: last.id } })).toBe(1);
});

test("a job without a handler is retried with the reason, not lost", async () => {
  const kind = unique("unknown");
  const job = await newJob(kind);
  expect(await runDueJobs({ workerId: "w", now: T0, kinds: [kind], handlers: {} })).toEqual({
    succeeded: 0,
    retried: 1,
    failed: 0,
  });
  expect(await db().job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
    status: "QUEUED",
    lastError: `No handler for job kind "${kind}".`,
  });
});

test("enqueueing is idempotent by key and exists only if its transaction commits", async () => {
  const key = unique("publish");
  await db().$transaction((tx) =>
    enqueueJob(tx, { kind: "publish-decision", payload: { determinationId: crypto.randomUUID() }, dedupeKey: key }),
  );
  await db().$transaction((tx) =>
    enqueueJob(tx, { kind: "publish-decision", payload: { determinationId: crypto.randomUUID() }, dedupeKey: key }),
  );
  expect(await db().job.count({ where: { dedupeKey: key } })).toBe(1);

  const rolledBack = unique("rolled-back");
  await expect(
    db().$transaction(async (tx) => {
      await enqueueJob(tx, { kind: "publish-decision", payload: {}, dedupeKey: rolledBack });
      throw new Error("the change failed");
    }),
  ).rejects.toThrow("the change failed");
  expect(await db().job.count({ where: { dedupeKey: rolledBack } })).toBe(0);

  await scheduleReminderSweep(new Date("2026-03-02T17:05:00Z"));
  await scheduleReminderSweep(new Date("2026-03-02T17:55:00Z"));
  await scheduleReminderSweep(new Date("2026-03-02T18:01:00Z"));
  expect(
    await db().job.count({
      where: { kind: "sweep-reminders", dedupeKey: { startsWith: "sweep-reminders:2026-03-02T" } },
    }),
  ).toBe(2);
});

test("an administrator sends a failed job round again; others cannot, and a job not failed is refused", async () => {
  const kind = unique("retry");
  const job = await newJob(kind, { maxAttempts: 1 });
  await runDueJobs({ workerId: "w", now: T0, kinds: [kind], handlers: failing(kind) });
  const [admin, intake] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);

  await expect(retryJob({ actor: intake, input: { jobId: job.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(retryJob({ actor: null, input: { jobId: job.id } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  expect((await db().job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("FAILED");

  const now = later(3_600_000);
  await retryJob({ actor: admin, input: { jobId: job.id }, now });
  expect(await db().job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
    status: "QUEUED",
    attempts: 0,
    runAt: now,
    finishedAt: null,
  });
  expect(await db().auditEvent.findFirst({ where: { action: "job.retried", entityId: job.id } })).toMatchObject({
    actorId: admin.userId,
    payload: { jobId: job.id, kind, lastError: "Upstream unavailable" },
  });
  await expect(retryJob({ actor: admin, input: { jobId: job.id } })).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(retryJob({ actor: admin, input: { jobId: "nope" } })).rejects.toThrow();

  expect(await runDueJobs({ workerId: "w", now, kinds: [kind], handlers: { [kind]: async () => "ok" } })).toEqual({
    succeeded: 1,
    retried: 0,
    failed: 0,
  });
});

test("issuing a letter queues its publication, and the registered handler publishes it", async () => {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  const kase = await createTestCase(intake);
  await offerCase(admin, reviewer, kase.caseId);
  const { determinationId } = await issueDetermination(reviewer, admin, kase.caseId);

  const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: `publish:${determinationId}` } });
  expect(job).toMatchObject({ kind: "publish-decision", status: "QUEUED", payload: { determinationId } });
  const summary = await runDueJobs({ workerId: "w", kinds: ["publish-decision"] });
  expect(summary.succeeded).toBe(1);
  const done = await db().job.findUniqueOrThrow({ where: { id: job.id } });
  expect(done.status).toBe("SUCCEEDED");
  const publication = await db().publishedDecision.findUniqueOrThrow({ where: { determinationId } });
  expect(done.result).toMatchObject({ publicationId: publication.id, status: publication.status });
}, 30_000);

test("the loop of a process, woken, runs a due job at once instead of at its next poll", async () => {
  const { startJobLoop, wakeJobLoop } = await import("@/lib/jobs/job-loop.ts");
  const job = await newJob("sweep-reminders", { runAt: new Date(Date.now() - 1000), maxAttempts: 1 });
  const loop = startJobLoop({ pollMs: 3_600_000, workerId: "woken" });
  try {
    wakeJobLoop();
    for (let i = 0; i < 100; i++) {
      const row = await db().job.findUniqueOrThrow({ where: { id: job.id } });
      if (row.status !== "QUEUED" && row.status !== "RUNNING") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await db().job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "SUCCEEDED",
      lockedBy: "woken",
    });
  } finally {
    await loop.stop();
  }
}, 30_000);
