// Batch assignment on the real database: every waiting case offered at once within each
// reviewer's capacity (method BATCH, score and candidate list kept), the rest reported with
// the reason, two runs at the same time never offering a case twice or over capacity, and
// a reviewer who declined a case not offered it again; asked for from the queue, a run is a
// job of the job runner. A database of its own: a batch takes every waiting case.
import { db } from "@/lib/db/client.ts";
import { BATCH_REASON, batchAssignWaitingCases } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { latestBatchRun, requestBatchAssignment } from "@/lib/cases/batch-assignment-runs.ts";
import { runDueJobs } from "@/lib/jobs/job-runner.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { createReviewer, createStaff, createTestCase, ensureSpecialties } from "../factories/index.ts";
import { setCapacity } from "../factories/matching.ts";
import { createSpecialty } from "../factories/reviewers.ts";

withOwnDatabase("imr_it_batch");
beforeAll(ensureSpecialties);

const openOffers = (reviewerId: string) =>
  db().assignment.count({ where: { reviewerId, status: { in: ["OFFERED", "ACTIVE"] } } });
const offersOf = (caseIds: string[]) =>
  db().assignment.findMany({ where: { caseId: { in: caseIds }, status: "OFFERED" } });

test("offers every waiting case it can within each reviewer's capacity, and says why the others wait", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  const [two, one] = [await createReviewer({ specialty }), await createReviewer({ specialty })];
  await setCapacity(two.reviewerId!, { maxOpenCases: 2 });
  await setCapacity(one.reviewerId!, { maxOpenCases: 1 });
  const cases = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      createTestCase(
        intake,
        i === 4
          ? { specialtyCode: specialty, reviewType: "EXPEDITED", expeditedCertified: true }
          : { specialtyCode: specialty },
      ),
    ),
  );
  const orphan = await createTestCase(intake, { specialtyCode: await createSpecialty() });

  const result = await batchAssignWaitingCases({ actor: admin });
  expect(result).toMatchObject({ cases: 6, offered: 3, skipped: 0 });
  expect(result.unassigned).toHaveLength(3);
  expect(result.unassigned.find((u) => u.caseId === orphan.caseId)!.reason).toMatch(
    /^No reviewer on the panel is eligible/,
  );
  expect(
    result.unassigned.filter((u) => u.caseId !== orphan.caseId).every((u) => /remaining capacity/.test(u.reason)),
  ).toBe(true);

  const offers = await offersOf(cases.map((c) => c.caseId));
  expect(offers).toHaveLength(3);
  expect(offers.map((o) => o.caseId)).toContain(cases[4].caseId); // expedited first
  expect(await openOffers(two.reviewerId!)).toBe(2);
  expect(await openOffers(one.reviewerId!)).toBe(1);
  for (const offer of offers) {
    expect(offer).toMatchObject({ method: "BATCH", assignedById: admin.userId, reason: BATCH_REASON });
    expect((offer.score as { parts: unknown[] }).parts.length).toBeGreaterThanOrEqual(5);
    expect((offer.candidates as { qualified: number }).qualified).toBe(2);
  }
  const statuses = await db().case.findMany({
    where: { id: { in: cases.map((c) => c.caseId) } },
    select: { id: true, status: true },
  });
  expect(statuses.filter((s) => s.status === "ASSIGNED")).toHaveLength(3);
  const run = await db().auditEvent.findFirstOrThrow({
    where: { action: "assignment.batch_run", entityId: result.batchId },
  });
  expect(run.payload).toEqual({ cases: 6, offered: 3, unassigned: 3, skipped: 0 });
  expect(
    await db().auditEvent.count({ where: { action: "case.assigned", caseId: { in: cases.map((c) => c.caseId) } } }),
  ).toBe(3);
});

test("two batch runs at the same time offer each case once and keep every reviewer within capacity", async () => {
  const [intake, admin, secondAdmin] = await Promise.all([
    createStaff("INTAKE"),
    createStaff("ADMIN"),
    createStaff("ADMIN"),
  ]);
  const specialty = await createSpecialty();
  const reviewers = [
    await createReviewer({ specialty }),
    await createReviewer({ specialty }),
    await createReviewer({ specialty }),
  ];
  for (const r of reviewers) await setCapacity(r.reviewerId!, { maxOpenCases: 3 });
  const cases = await Promise.all(
    Array.from({ length: 12 }, () => createTestCase(intake, { specialtyCode: specialty })),
  );

  const [a, b] = await Promise.all([
    batchAssignWaitingCases({ actor: admin }),
    batchAssignWaitingCases({ actor: secondAdmin }),
  ]);
  const offers = await offersOf(cases.map((c) => c.caseId));
  expect(offers).toHaveLength(9);
  expect(new Set(offers.map((o) => o.caseId)).size).toBe(9);
  // the second run waited for the first to commit, and then found nothing left it could offer
  expect(Math.min(a.offered, b.offered)).toBe(0);
  for (const r of reviewers) expect(await openOffers(r.reviewerId!)).toBe(3);
  expect(await db().case.count({ where: { id: { in: cases.map((c) => c.caseId) }, status: "ASSIGNED" } })).toBe(9);
});

test("a reviewer who declined a case is not offered it again by a batch", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  const decliner = await createReviewer({ specialty });
  const kase = await createTestCase(intake, { specialtyCode: specialty });
  const { assignmentId } = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  const declined = await respondToOffer({
    actor: decliner,
    input: { assignmentId, response: "DECLINE", reason: "Not available this month." },
  });
  expect(declined).toMatchObject({ reoffered: false });

  const newcomer = await createReviewer({ specialty });
  await setCapacity(newcomer.reviewerId!, { maxOpenCases: 1 });
  const result = await batchAssignWaitingCases({ actor: admin });
  expect(result.unassigned.map((u) => u.caseId)).not.toContain(kase.caseId);
  const offers = await offersOf([kase.caseId]);
  expect(offers.map((o) => o.reviewerId)).toEqual([newcomer.reviewerId]);
});

test("asked for from the queue, a run is a job: one at a time, run as the administrator who asked, its summary kept", async () => {
  const [intake, admin, otherAdmin] = await Promise.all([
    createStaff("INTAKE"),
    createStaff("ADMIN"),
    createStaff("ADMIN"),
  ]);
  const specialty = await createSpecialty();
  const reviewer = await createReviewer({ specialty });
  const waiting = await createTestCase(intake, { specialtyCode: specialty });

  const first = await requestBatchAssignment({ actor: admin });
  expect(first.alreadyRunning).toBe(false);
  await expect(requestBatchAssignment({ actor: otherAdmin })).resolves.toEqual({
    jobId: first.jobId,
    alreadyRunning: true,
  });
  await expect(requestBatchAssignment({ actor: intake })).rejects.toMatchObject({ code: "FORBIDDEN" });
  expect(await latestBatchRun({ actor: admin })).toMatchObject({ jobId: first.jobId, status: "QUEUED", result: null });
  expect(await offersOf([waiting.caseId])).toHaveLength(0); // nothing written by the request itself

  await runDueJobs({ workerId: "batch", ids: [first.jobId] });
  const latest = await latestBatchRun({ actor: admin });
  expect(latest).toMatchObject({ jobId: first.jobId, status: "SUCCEEDED" });
  expect(latest!.result!.offered).toBeGreaterThanOrEqual(1);
  const [offer] = await offersOf([waiting.caseId]);
  expect(offer).toMatchObject({ reviewerId: reviewer.reviewerId, method: "BATCH", assignedById: admin.userId });
  expect(await db().auditEvent.count({ where: { action: "assignment.batch_requested", actorId: admin.userId } })).toBe(
    1,
  );

  // a new run may be asked for once the last one ended; one asked for by an administrator disabled since does not run
  const second = await requestBatchAssignment({ actor: otherAdmin });
  expect(second.alreadyRunning).toBe(false);
  await db().user.update({ where: { id: otherAdmin.userId }, data: { disabledAt: new Date() } });
  await runDueJobs({ workerId: "batch", ids: [second.jobId] });
  expect(await db().job.findUniqueOrThrow({ where: { id: second.jobId } })).toMatchObject({
    status: "QUEUED",
    lastError: expect.stringContaining("can no longer assign"),
  });
});
