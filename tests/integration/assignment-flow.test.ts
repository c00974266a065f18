// Offers on the real database: a manual assignment is an offer with its score and candidate
// list, an override needs a reason, automatic assignment takes the top-ranked reviewer, the
// reviewer accepts (attesting to no conflict; the draft and the case file open then) or
// declines (the case is re-matched to someone else). Each test works in a specialty of its
// own, so automatic matching sees only the test's reviewers.
import { z } from "zod";
import { db, closeDb } from "@/lib/db/client.ts";
import { assignReviewer, TOP_RANKED_REASON } from "@/lib/cases/assign-reviewer.ts";
import { autoAssignCase } from "@/lib/cases/auto-assign-case.ts";
import { REMATCH_REASON, respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { screenForOffer } from "@/lib/cases/case-candidates.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { listMyOffers, offerSelect } from "@/lib/cases/list-offers.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import {
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
} from "../factories/index.ts";
import { addAssignment } from "../factories/matching.ts";
import { createSpecialty } from "../factories/reviewers.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

async function setting(reviewers = 2) {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  const panel = await Promise.all(Array.from({ length: reviewers }, () => createReviewer({ specialty })));
  const kase = await createTestCase(intake, { specialtyCode: specialty });
  return { intake, admin, specialty, panel, kase };
}

const caseRow = (caseId: string) =>
  db().case.findUniqueOrThrow({
    where: { id: caseId },
    include: { assignments: { orderBy: { assignedAt: "asc" } }, determinations: { include: { items: true } } },
  });
const addDocument = (caseId: string) =>
  db().$transaction((tx) =>
    storeDocument(tx, {
      caseId,
      kind: "MEDICAL_REPORT",
      title: "Report",
      fileName: "r.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 test"),
      pageCount: 1,
    }),
  );
const zodPaths = (error: unknown) => (error instanceof z.ZodError ? error.issues.map((i) => i.path.join(".")) : []);

test("a manual assignment is an offer: its score, its candidate list, who made it; no draft and no case file until accepted", async () => {
  const { admin, panel, kase } = await setting();
  const [first] = (await db().$transaction((tx) => screenForOffer(tx, kase.caseId))).filter((c) => c.qualified);
  const chosen = panel.find((r) => r.reviewerId === first.reviewerId)!;
  const other = panel.find((r) => r !== chosen)!;
  const document = await addDocument(kase.caseId);

  const { assignmentId, override } = await assignReviewer({
    actor: admin,
    input: { caseId: kase.caseId, reviewerId: chosen.reviewerId },
  });
  expect(override).toBe(false);
  const offered = await caseRow(kase.caseId);
  expect(offered.status).toBe("ASSIGNED");
  expect(offered.determinations).toHaveLength(0);
  expect(offered.assignments[0]).toMatchObject({
    id: assignmentId,
    status: "OFFERED",
    method: "MANUAL",
    assignedById: admin.userId,
    reason: TOP_RANKED_REASON,
    respondedAt: null,
  });
  const score = offered.assignments[0].score as {
    score: number;
    parts: { label: string; points: number; explanation: string }[];
  };
  expect(score.score).toBe(score.parts.reduce((sum, p) => sum + p.points, 0));
  expect(score.parts.map((p) => p.label)).toEqual([
    "Specialty",
    "License",
    "Current load",
    "Recent assignments",
    "Turnaround",
  ]);
  expect(score.parts[0].explanation).toBe("Exact specialty match (+40)");
  const candidates = offered.assignments[0].candidates as {
    qualified: number;
    ranked: { reviewerId: string; score: number }[];
    screened: number;
  };
  expect(candidates.qualified).toBe(2);
  expect(candidates.ranked.map((c) => c.reviewerId).sort()).toEqual(panel.map((r) => r.reviewerId).sort());
  const audit = await db().auditEvent.findFirstOrThrow({ where: { caseId: kase.caseId, action: "case.assigned" } });
  expect(audit).toMatchObject({
    actorId: admin.userId,
    payload: { method: "MANUAL", override: false, reviewerId: chosen.reviewerId, candidates: 2 },
  });

  // The offered reviewer reads the facts and answers; nothing else opens before acceptance.
  expect((await getCase({ actor: chosen, caseId: kase.caseId })).caseNumber).toBe(kase.caseNumber);
  const offers = await listMyOffers({ actor: chosen });
  expect(offers.map((o) => o.id)).toEqual([assignmentId]);
  // the offers read in SQL are what Prisma reads of offerSelect
  expect(offers).toStrictEqual(await db().assignment.findMany({ where: { id: assignmentId }, select: offerSelect }));
  expect(offers[0].case.parties.length).toBeGreaterThan(1);
  expect(offers[0].case.dueAt).toBeInstanceOf(Date);
  await expect(viewDocument({ actor: chosen, documentId: document.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId } });
  await expect(
    saveDeterminationDraft({ actor: chosen, input: completeDecisions(kase.caseId, items) }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(getCase({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("choosing a reviewer ranked below the top is an override: refused without a reason, recorded with one", async () => {
  const {
    intake,
    admin,
    panel: [top, busy],
    kase,
  } = await setting();
  await addAssignment({
    caseId: (await createTestCase(intake)).caseId,
    reviewerId: busy.reviewerId!,
    status: "ACTIVE",
  });
  const audits = await db().auditEvent.count({ where: { caseId: kase.caseId } });

  const refused = await assignReviewer({
    actor: admin,
    input: { caseId: kase.caseId, reviewerId: busy.reviewerId, reason: "  " },
  }).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: "VALIDATION" });
  expect((refused as { fieldErrors: Record<string, string[]> }).fieldErrors.reason[0]).toMatch(
    new RegExp(
      `^${top.name.replace(/[.]/g, "\\.")} ranks first \\(score 85; ${busy.name.replace(/[.]/g, "\\.")}: \\d+\\)`,
    ),
  );
  expect((await caseRow(kase.caseId)).assignments).toHaveLength(0);
  expect(await db().auditEvent.count({ where: { caseId: kase.caseId } })).toBe(audits);

  const reason = "Dr. top is presenting at a conference this week.";
  const { override } = await assignReviewer({
    actor: admin,
    input: { caseId: kase.caseId, reviewerId: busy.reviewerId, reason },
  });
  expect(override).toBe(true);
  expect((await caseRow(kase.caseId)).assignments[0]).toMatchObject({
    reviewerId: busy.reviewerId,
    reason,
    method: "MANUAL",
  });
  expect(
    (await db().auditEvent.findFirstOrThrow({ where: { caseId: kase.caseId, action: "case.assigned" } })).payload,
  ).toMatchObject({ override: true, reason });
});

test("auto-assign offers the case to the top-ranked qualified reviewer; with none, nothing changes", async () => {
  const {
    intake,
    admin,
    panel: [top, busy],
    kase,
  } = await setting();
  await addAssignment({ caseId: (await createTestCase(intake)).caseId, reviewerId: top.reviewerId!, status: "ACTIVE" });
  await addAssignment({
    caseId: (await createTestCase(intake)).caseId,
    reviewerId: busy.reviewerId!,
    status: "ACTIVE",
  });
  await addAssignment({
    caseId: (await createTestCase(intake)).caseId,
    reviewerId: busy.reviewerId!,
    status: "ACTIVE",
  });

  const { reviewerId } = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  expect(reviewerId).toBe(top.reviewerId);
  expect((await caseRow(kase.caseId)).assignments[0]).toMatchObject({
    status: "OFFERED",
    method: "AUTO",
    assignedById: admin.userId,
    reason: TOP_RANKED_REASON,
  });
  await expect(autoAssignCase({ actor: admin, input: { caseId: kase.caseId } })).rejects.toMatchObject({
    code: "CONFLICT",
  });

  const lonely = await createTestCase(intake, { specialtyCode: await createSpecialty() });
  const refused = await autoAssignCase({ actor: admin, input: { caseId: lonely.caseId } }).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: "CONFLICT" });
  expect((refused as Error).message).toMatch(
    /^No reviewer on the panel is qualified for this case \(\d+ screened: \d+ no matching certification/,
  );
  expect(await caseRow(lonely.caseId)).toMatchObject({ status: "READY_FOR_ASSIGNMENT", assignments: [] });
});

test("accepting requires the attestation; it activates the assignment, records the attestation and opens the draft and case file", async () => {
  const {
    admin,
    panel: [reviewer, stranger],
    kase,
  } = await setting();
  const document = await addDocument(kase.caseId);
  const { assignmentId } = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  const offered = (await caseRow(kase.caseId)).assignments[0];
  const mine = offered.reviewerId === reviewer.reviewerId ? reviewer : stranger;
  const notMine = mine === reviewer ? stranger : reviewer;

  expect(
    zodPaths(
      await respondToOffer({ actor: mine, input: { assignmentId, response: "ACCEPT" } }).catch((e: unknown) => e),
    ),
  ).toEqual(["attestNoConflict"]);
  expect(
    zodPaths(
      await respondToOffer({ actor: mine, input: { assignmentId, response: "ACCEPT", attestNoConflict: false } }).catch(
        (e: unknown) => e,
      ),
    ),
  ).toEqual(["attestNoConflict"]);
  await expect(
    respondToOffer({ actor: notMine, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(
    respondToOffer({ actor: admin, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  expect((await caseRow(kase.caseId)).assignments[0]).toMatchObject({ status: "OFFERED", conflictAttestedAt: null });

  const at = new Date();
  const accepted = await respondToOffer({
    actor: mine,
    input: { assignmentId, response: "ACCEPT", attestNoConflict: true },
    now: at,
  });
  const after = await caseRow(kase.caseId);
  expect(after.status).toBe("ASSIGNED");
  expect(after.assignments[0]).toMatchObject({ status: "ACTIVE", respondedAt: at, conflictAttestedAt: at });
  expect(after.determinations).toHaveLength(1);
  expect(after.determinations[0]).toMatchObject({
    id: accepted.response === "ACCEPT" ? accepted.determinationId : "",
    reviewerId: mine.reviewerId,
    status: "DRAFT",
  });
  expect(after.determinations[0].items).toHaveLength(2);
  expect((await viewDocument({ actor: mine, documentId: document.id })).sha256).toBe(document.sha256);
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId } });
  expect((await saveDeterminationDraft({ actor: mine, input: completeDecisions(kase.caseId, items) })).revision).toBe(
    1,
  );
  await expect(
    respondToOffer({ actor: mine, input: { assignmentId, response: "ACCEPT", attestNoConflict: true } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(
    respondToOffer({ actor: mine, input: { assignmentId, response: "DECLINE", reason: "Changed my mind." } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  const audit = await db().auditEvent.findFirstOrThrow({
    where: { caseId: kase.caseId, action: "assignment.accepted" },
  });
  expect(audit).toMatchObject({
    actorId: mine.userId,
    payload: { assignmentId, conflictAttestedAt: at.toISOString() },
  });
});

test("declining needs a reason and re-matches the case to a different reviewer; when everyone declined, it waits in the queue", async () => {
  const { admin, panel, kase } = await setting();
  const { assignmentId, reviewerId: firstId } = await autoAssignCase({ actor: admin, input: { caseId: kase.caseId } });
  const first = panel.find((r) => r.reviewerId === firstId)!;
  const second = panel.find((r) => r !== first)!;

  expect(
    zodPaths(
      await respondToOffer({ actor: first, input: { assignmentId, response: "DECLINE", reason: "" } }).catch(
        (e: unknown) => e,
      ),
    ),
  ).toEqual(["reason"]);
  expect((await caseRow(kase.caseId)).assignments).toHaveLength(1);

  const declined = await respondToOffer({
    actor: first,
    input: { assignmentId, response: "DECLINE", reason: "I treated the employee in 2021." },
  });
  expect(declined).toEqual({ response: "DECLINE", caseId: kase.caseId, reoffered: true });
  const rematched = await caseRow(kase.caseId);
  expect(rematched.status).toBe("ASSIGNED");
  expect(rematched.assignments.map((a) => [a.reviewerId, a.status])).toEqual([
    [first.reviewerId, "DECLINED"],
    [second.reviewerId, "OFFERED"],
  ]);
  expect(rematched.assignments[0]).toMatchObject({ declineReason: "I treated the employee in 2021." });
  expect(rematched.assignments[0].respondedAt).not.toBeNull();
  expect(rematched.assignments[1]).toMatchObject({ method: "AUTO", assignedById: null, reason: REMATCH_REASON });
  const events = await db().auditEvent.findMany({ where: { caseId: kase.caseId }, orderBy: { id: "asc" } });
  expect(events.map((e) => [e.action, e.actorType])).toEqual([
    ["case.created", "USER"],
    ["case.eligibility_decided", "USER"],
    ["case.records_complete", "USER"],
    ["case.assigned", "USER"],
    ["assignment.declined", "USER"],
    ["case.assigned", "SYSTEM"],
  ]);
  await expect(getCase({ actor: first, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });

  await respondToOffer({
    actor: second,
    input: { assignmentId: rematched.assignments[1].id, response: "DECLINE", reason: "On call all week." },
  });
  const waiting = await caseRow(kase.caseId);
  expect(waiting.status).toBe("READY_FOR_ASSIGNMENT");
  expect(waiting.assignments.map((a) => a.status)).toEqual(["DECLINED", "DECLINED"]);
  const screen = await db().$transaction((tx) => screenForOffer(tx, kase.caseId));
  for (const r of panel)
    expect(screen.find((c) => c.reviewerId === r.reviewerId)!.reasons.map((x) => x.code)).toEqual([
      "DECLINED_THIS_CASE",
    ]);
  await expect(
    assignReviewer({
      actor: admin,
      input: { caseId: kase.caseId, reviewerId: first.reviewerId, reason: "Asked again" },
    }),
  ).rejects.toThrow(/Declined this case on/);
});
