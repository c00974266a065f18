// Withdrawing a pending offer on the real database: only an administrator may, with a
// reason; only an offer not answered yet moves (OFFERED -> REVOKED with the time and the
// reason, the case back to READY_FOR_ASSIGNMENT), audited with the reason, the reviewer
// e-mailed through the outbox (without the reason); the case is then offered to someone
// else, the withdrawn reviewer left out of its candidates (manual, automatic and batch);
// the withdrawn reviewer's answer and case page say the offer was withdrawn; a reviewer
// accepting while an administrator withdraws: exactly one of the two wins. Each test works
// in a specialty of its own, so matching sees only the test's reviewers; the file has a
// database of its own (batch assignment takes every waiting case; the checksums see every table).
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { batchAssignWaitingCases } from "@/lib/cases/batch-assign-waiting-cases.ts";
import { screenForOffer, WITHDRAWN_CODE } from "@/lib/cases/case-candidates.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { OFFER_WITHDRAWN, respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { withdrawOffer, withdrawnOfferNotice } from "@/lib/cases/withdraw-offer.ts";
import { caseHistory } from "@/lib/audit-viewer/case-history.ts";
import { runAction } from "@/lib/action-result.ts";
import { loadDashboard } from "@/lib/cases/dashboard.ts";
import { AppError } from "@/lib/errors.ts";
import {
  acceptOffer,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  offerCase,
} from "../factories/index.ts";
import { createSpecialty } from "../factories/reviewers.ts";
import { changedTables, tableChecksums } from "../security/table-checksums.ts";
import { withOwnDatabase } from "../support/own-database.ts";

withOwnDatabase("imr_it_withdraw");
beforeAll(ensureSpecialties);

const REASON = "No answer after two days; the case is expedited.";

async function setting(reviewers = 2) {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  const panel: Awaited<ReturnType<typeof createReviewer>>[] = [];
  for (let i = 0; i < reviewers; i++) panel.push(await createReviewer({ specialty }));
  const kase = await createTestCase(intake, { specialtyCode: specialty });
  return { intake, admin, specialty, panel, kase };
}

const caseRow = (caseId: string) =>
  db().case.findUniqueOrThrow({
    where: { id: caseId },
    include: { assignments: { orderBy: { assignedAt: "asc" } }, determinations: true },
  });
const zodPaths = (error: unknown) => (error instanceof z.ZodError ? error.issues.map((i) => i.path.join(".")) : []);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

test("an administrator withdraws a pending offer: revoked with the reason, the case back in the queue, audited, the reviewer e-mailed", async () => {
  const {
    admin,
    panel: [first],
    kase,
  } = await setting();
  const assignmentId = await offerCase(admin, first, kase.caseId);
  const before = new Date();

  const withdrawn = await withdrawOffer({ actor: admin, input: { assignmentId, reason: `  ${REASON}  ` } });
  expect(withdrawn).toEqual({ caseId: kase.caseId, assignmentId, reviewerId: first.reviewerId });

  const row = await caseRow(kase.caseId);
  expect(row.status).toBe("READY_FOR_ASSIGNMENT");
  expect(row.determinations).toHaveLength(0);
  expect(row.assignments).toHaveLength(1);
  expect(row.assignments[0]).toMatchObject({
    id: assignmentId,
    status: "REVOKED",
    withdrawReason: REASON,
    respondedAt: null,
    conflictAttestedAt: null,
  });
  expect(row.assignments[0].endedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

  const audit = await db().auditEvent.findFirstOrThrow({
    where: { caseId: kase.caseId, action: "assignment.withdrawn" },
  });
  expect(audit).toMatchObject({
    actorId: admin.userId,
    actorRole: "ADMIN",
    entityType: "Assignment",
    entityId: assignmentId,
  });
  expect(audit.payload).toEqual({
    assignmentId,
    reviewerId: first.reviewerId,
    reason: REASON,
    offeredAt: row.assignments[0].assignedAt.toISOString(),
  });

  const email = (await db().user.findUniqueOrThrow({ where: { id: first.userId } })).email;
  const messages = await db().outboxMessage.findMany({ where: { caseId: kase.caseId, kind: "assignment.withdrawn" } });
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ toAddress: email, status: "PENDING", dedupeKey: `withdrawn:${assignmentId}` });
  expect(messages[0].subject).toBe(`IMR case ${kase.caseNumber}: offer withdrawn`);
  expect(messages[0].body).toContain(`The offer of case ${kase.caseNumber}`);
  expect(messages[0].body).toContain("has been withdrawn");
  // the administrator's reason stays in the portal
  expect(messages[0].body).not.toContain("No answer after two days");

  // the case's history says it in words, with the reviewer's name and the reason
  const history = await caseHistory({ actor: admin, input: { caseId: kase.caseId } });
  const event = history.events.find((e) => e.action === "assignment.withdrawn")!;
  expect(event.words).toBe("withdrew the offer of the case");
  expect(event.details).toEqual(
    expect.arrayContaining([
      { label: "Reviewer", text: first.name, href: `/admin/reviewers/${first.reviewerId}` },
      { label: "Reason", text: REASON },
      { label: "Offered", text: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}, \d{1,2}:\d{2} [AP]M$/) },
    ]),
  );
  expect(event.summary).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
});

test("the withdrawn reviewer is told so when answering, and on the case page; the offer is gone from their list", async () => {
  const {
    admin,
    panel: [first],
    kase,
  } = await setting(1);
  const assignmentId = await offerCase(admin, first, kase.caseId);
  await withdrawOffer({ actor: admin, input: { assignmentId, reason: REASON } });

  expect(await listMyOffers({ actor: first })).toEqual([]);
  await expect(
    respondToOffer({ actor: first, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } }),
  ).rejects.toMatchObject({ code: "CONFLICT", userMessage: OFFER_WITHDRAWN });
  await expect(
    respondToOffer({ actor: first, input: { assignmentId, response: "DECLINE", reason: "Too busy this month." } }),
  ).rejects.toMatchObject({ userMessage: OFFER_WITHDRAWN });
  await expect(getCase({ actor: first, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  const notice = await withdrawnOfferNotice({ actor: first, caseId: kase.caseId });
  expect(notice).toMatchObject({ caseNumber: kase.caseNumber });
  expect(notice!.withdrawnAt.getTime()).toBeGreaterThanOrEqual(notice!.offeredAt.getTime());

  // another reviewer, or a case never offered to this one, has no such notice
  const other = await createReviewer();
  expect(await withdrawnOfferNotice({ actor: other, caseId: kase.caseId })).toBeNull();
  expect(await withdrawnOfferNotice({ actor: first, caseId: "not-a-uuid" })).toBeNull();
  await expect(withdrawnOfferNotice({ actor: admin, caseId: kase.caseId })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
});

test("a reason is required, and nothing changes without one", async () => {
  const {
    admin,
    panel: [first],
    kase,
  } = await setting(1);
  const assignmentId = await offerCase(admin, first, kase.caseId);
  const before = await tableChecksums();
  for (const input of [
    { assignmentId },
    { assignmentId, reason: "" },
    { assignmentId, reason: "    " },
    { assignmentId, reason: "no" },
    { assignmentId, reason: "x".repeat(501) },
  ]) {
    expect(zodPaths(await refusal(withdrawOffer({ actor: admin, input })))).toEqual(["reason"]);
  }
  expect(
    zodPaths(await refusal(withdrawOffer({ actor: admin, input: { assignmentId: "nope", reason: REASON } }))),
  ).toEqual(["assignmentId"]);
  await expect(
    withdrawOffer({ actor: admin, input: { assignmentId: crypto.randomUUID(), reason: REASON } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  // the form's message, as the page shows it
  const shown = await runAction(() => withdrawOffer({ actor: admin, input: { assignmentId, reason: " " } }));
  expect(shown).toMatchObject({
    ok: false,
    fieldErrors: { reason: ["Give the reason for withdrawing the offer (at least 5 characters)."] },
  });
  expect(changedTables(before, await tableChecksums())).toEqual([]);
  expect((await caseRow(kase.caseId)).assignments[0].status).toBe("OFFERED");
});

test("only an administrator may withdraw; intake, reviewers and the signed-out are refused with nothing changed", async () => {
  const {
    intake,
    admin,
    panel: [first, second],
    kase,
  } = await setting();
  const assignmentId = await offerCase(admin, first, kase.caseId);
  const before = await tableChecksums();
  for (const actor of [intake, first, second, null]) {
    const error = await refusal(withdrawOffer({ actor, input: { assignmentId, reason: REASON } }));
    expect(error).toBeInstanceOf(AppError);
    expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain((error as AppError).code);
  }
  expect(changedTables(before, await tableChecksums())).toEqual([]);
});

test("only an offer not answered yet can be withdrawn: accepted, declined and already withdrawn ones are refused", async () => {
  const {
    intake,
    admin,
    specialty,
    panel: [first, second],
  } = await setting();
  const accepted = await createTestCase(intake, { specialtyCode: specialty });
  const acceptedId = await offerCase(admin, first, accepted.caseId);
  await acceptOffer(first, accepted.caseId);
  await expect(
    withdrawOffer({ actor: admin, input: { assignmentId: acceptedId, reason: REASON } }),
  ).rejects.toMatchObject({
    code: "CONFLICT",
    userMessage: "The reviewer has already accepted this offer; it can no longer be withdrawn.",
  });

  const declined = await createTestCase(intake, { specialtyCode: specialty });
  const declinedId = await offerCase(admin, second, declined.caseId);
  await respondToOffer({
    actor: second,
    input: { assignmentId: declinedId, response: "DECLINE", reason: "On holiday that week." },
  });
  await expect(
    withdrawOffer({ actor: admin, input: { assignmentId: declinedId, reason: REASON } }),
  ).rejects.toMatchObject({ code: "CONFLICT", userMessage: "The reviewer has already declined this offer." });

  const twice = await createTestCase(intake, { specialtyCode: specialty });
  const twiceId = await offerCase(admin, second, twice.caseId);
  await withdrawOffer({ actor: admin, input: { assignmentId: twiceId, reason: REASON } });
  await expect(withdrawOffer({ actor: admin, input: { assignmentId: twiceId, reason: REASON } })).rejects.toMatchObject(
    { code: "CONFLICT", userMessage: "This offer has already been withdrawn." },
  );
  expect(await db().auditEvent.count({ where: { caseId: twice.caseId, action: "assignment.withdrawn" } })).toBe(1);
  expect(await db().outboxMessage.count({ where: { caseId: twice.caseId, kind: "assignment.withdrawn" } })).toBe(1);
  expect((await caseRow(accepted.caseId)).status).toBe("ASSIGNED");
});

test("after the withdrawal the case is offered to another reviewer; the withdrawn one is left out, with the reason", async () => {
  const { admin, panel, kase } = await setting(2);
  const [top] = (await db().$transaction((tx) => screenForOffer(tx, kase.caseId))).filter((c) => c.qualified);
  const first = panel.find((r) => r.reviewerId === top.reviewerId)!;
  const second = panel.find((r) => r !== first)!;
  const assignmentId = await offerCase(admin, first, kase.caseId);
  await withdrawOffer({ actor: admin, input: { assignmentId, reason: REASON } });

  const candidates = await db().$transaction((tx) => screenForOffer(tx, kase.caseId));
  expect(candidates.filter((c) => c.qualified).map((c) => c.reviewerId)).toEqual([second.reviewerId]);
  const left = candidates.find((c) => c.reviewerId === first.reviewerId)!;
  expect(left.qualified).toBe(false);
  expect(left.reasons.find((r) => r.code === WITHDRAWN_CODE)?.message).toMatch(
    /^The offer of this case to them was withdrawn on \d{2}\/\d{2}\/\d{4}\.$/,
  );
  // the withdrawn reviewer cannot be chosen by hand either
  await expect(
    assignReviewer({ actor: admin, input: { caseId: kase.caseId, reviewerId: first.reviewerId, reason: "Again" } }),
  ).rejects.toMatchObject({ code: "VALIDATION" });

  // automatic assignment takes the other reviewer, who is offered and accepts
  const offered = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  expect(offered.reviewerId).toBe(second.reviewerId);
  await acceptOffer(second, kase.caseId);
  const row = await caseRow(kase.caseId);
  expect(row.status).toBe("ASSIGNED");
  expect(row.assignments.map((a) => [a.reviewerId, a.status])).toEqual([
    [first.reviewerId, "REVOKED"],
    [second.reviewerId, "ACTIVE"],
  ]);
  expect(row.determinations).toHaveLength(1);
  expect(await db().outboxMessage.count({ where: { caseId: kase.caseId, kind: "assignment.offered" } })).toBe(2);
});

test("batch assignment does not offer the case again to the reviewer whose offer was withdrawn", async () => {
  const {
    admin,
    panel: [only],
    kase,
  } = await setting(1);
  const assignmentId = await offerCase(admin, only, kase.caseId);
  await withdrawOffer({ actor: admin, input: { assignmentId, reason: REASON } });
  const run = await batchAssignWaitingCases({ actor: admin });
  expect(run.unassigned.find((u) => u.caseId === kase.caseId)?.reason).toMatch(/offer withdrawn/);
  const row = await caseRow(kase.caseId);
  expect(row.status).toBe("READY_FOR_ASSIGNMENT");
  expect(row.assignments.map((a) => a.status)).toEqual(["REVOKED"]);
});

test("a reviewer accepting while an administrator withdraws: exactly one wins, and the case agrees with it", async () => {
  const {
    intake,
    admin,
    specialty,
    panel: [reviewer],
  } = await setting(1);
  const outcomes: string[] = [];
  for (let round = 0; round < 6; round++) {
    const { caseId } = await createTestCase(intake, { specialtyCode: specialty });
    const assignmentId = await offerCase(admin, reviewer, caseId);
    const accept = () =>
      respondToOffer({ actor: reviewer, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } });
    const withdraw = () => withdrawOffer({ actor: admin, input: { assignmentId, reason: REASON } });
    // alternate who starts first, so both orders are tried
    const [a, w] =
      round % 2 === 0
        ? await Promise.allSettled([accept(), withdraw()])
        : (await Promise.allSettled([withdraw(), accept()])).reverse();
    expect([a.status, w.status].sort()).toEqual(["fulfilled", "rejected"]);
    const loser = (a.status === "rejected" ? a : w) as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT" });
    const row = await caseRow(caseId);
    if (a.status === "fulfilled") {
      outcomes.push("accepted");
      expect(loser.reason.userMessage).toBe(
        "The reviewer has already accepted this offer; it can no longer be withdrawn.",
      );
      expect([row.status, row.assignments[0].status, row.determinations.length]).toEqual(["ASSIGNED", "ACTIVE", 1]);
      expect(await db().auditEvent.count({ where: { caseId, action: "assignment.withdrawn" } })).toBe(0);
      expect(await db().outboxMessage.count({ where: { caseId, kind: "assignment.withdrawn" } })).toBe(0);
    } else {
      outcomes.push("withdrawn");
      expect(loser.reason.userMessage).toBe(OFFER_WITHDRAWN);
      expect([row.status, row.assignments[0].status, row.determinations.length]).toEqual([
        "READY_FOR_ASSIGNMENT",
        "REVOKED",
        0,
      ]);
      expect(await db().auditEvent.count({ where: { caseId, action: "assignment.accepted" } })).toBe(0);
      expect(await db().outboxMessage.count({ where: { caseId, kind: "assignment.accepted" } })).toBe(0);
    }
  }
  expect(outcomes).toHaveLength(6);
}, 60_000);

test("the dashboard splits assigned cases into offers waiting for an answer and cases in review", async () => {
  const {
    admin,
    panel: [reviewer],
    intake,
    specialty,
  } = await setting(1);
  const second = await createTestCase(intake, { specialtyCode: specialty });
  const third = await createTestCase(intake, { specialtyCode: specialty });
  await offerCase(admin, reviewer, second.caseId);
  await offerCase(admin, reviewer, third.caseId);
  await acceptOffer(reviewer, third.caseId);
  const assigned = await db().case.findMany({
    where: { status: "ASSIGNED" },
    select: { assignments: { select: { status: true } } },
  });
  const inReview = assigned.filter((c) => c.assignments.some((a) => a.status === "ACTIVE")).length;
  const offered = assigned.filter(
    (c) => !c.assignments.some((a) => a.status === "ACTIVE") && c.assignments.some((a) => a.status === "OFFERED"),
  ).length;
  expect(offered).toBeGreaterThan(0);
  expect(inReview).toBeGreaterThan(0);
  const board = await loadDashboard({ actor: admin });
  expect(board.assigned).toEqual({ offered, inReview });
  expect(board.byStage.ASSIGNED).toBe(assigned.length);
});
