// QA's draft check on the real database: a draft whose texts name the reviewer or hold an
// internal note is approved only with QA's reason (checked again by the server, whatever the
// page showed), kept on the QA reading and in the audit record; a clean draft approves as before.
import { db, closeDb } from "@/lib/db/client.ts";
import { runAction } from "@/lib/action-result.ts";
import { approveDetermination, getDraftCheck } from "@/lib/qa/approve-determination.ts";
import { seedGuidelines } from "@/tools/demo/guidelines.ts";
import {
  assignAndAccept,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
} from "../factories/index.ts";

beforeAll(async () => {
  await ensureSpecialties();
  await seedGuidelines();
});
afterAll(closeDb);

const FLAGGED_RATIONALE =
  "QA note: as Dr. Okonkwo\u2019s review found, the records document failure of conservative care; criteria are met.";

/**
 * A determination waiting for QA; its reviewer is Dr. Amara Okonkwo, and `rationale` is the
 * first item's. The reviewer's draft is put in QA's queue as a submission leaves it (the
 * submission itself is tested in determination-workflow.test.ts): only the texts matter here.
 */
async function submitted(rationale?: string) {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  await db().user.update({ where: { id: reviewer.userId }, data: { name: "Dr. Amara Okonkwo" } });
  const kase = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, kase.caseId);
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId }, orderBy: { ordinal: "asc" } });
  const input = completeDecisions(kase.caseId, items);
  const draft = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId, status: "DRAFT" } });
  await db().$transaction(async (tx) => {
    for (const [n, item] of input.items.entries()) {
      const { disputedItemId, ...decided } = item;
      await tx.determinationItem.update({
        where: { determinationId_disputedItemId: { determinationId: draft.id, disputedItemId } },
        data: { ...decided, ...(n === 0 && rationale ? { rationale } : {}) },
      });
    }
    await tx.determination.update({
      where: { id: draft.id },
      data: { clinicalSummary: input.clinicalSummary, status: "SUBMITTED", submittedAt: new Date() },
    });
    await tx.case.update({ where: { id: kase.caseId }, data: { status: "IN_QA" } });
  });
  return { intake, admin, reviewer, determinationId: draft.id };
}

const approvals = (determinationId: string) =>
  db().auditEvent.findMany({ where: { entityId: determinationId, action: "determination.approved" } });

test("the QA page's check finds the reviewer's name and the note, in the item's rationale", async () => {
  const { intake, admin, determinationId } = await submitted(FLAGGED_RATIONALE);
  await expect(getDraftCheck({ actor: intake, determinationId })).rejects.toBeTruthy();
  const { fields, flags } = await getDraftCheck({ actor: admin, determinationId });
  expect(fields.map((f) => f.field)).toContain("Item 1 rationale");
  expect(flags.map((f) => [f.field, f.kind, f.excerpt])).toEqual([
    ["Item 1 rationale", "INTERNAL_NOTE", "QA"],
    ["Item 1 rationale", "REVIEWER_NAME", "Dr. Okonkwo\u2019s"],
  ]);
});

test("a flagged draft is refused without a reason, clearly, and nothing changes", async () => {
  const { admin, determinationId } = await submitted(FLAGGED_RATIONALE);
  for (const input of [
    { determinationId },
    { determinationId, overrideReason: "" },
    { determinationId, overrideReason: "   fine    " },
  ]) {
    await expect(approveDetermination({ actor: admin, input })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { overrideReason: [expect.stringContaining("at least 10 characters")] },
    });
  }
  const shown = await runAction(() => approveDetermination({ actor: admin, input: { determinationId } }));
  expect(shown).toMatchObject({ ok: false, message: expect.stringContaining("2 things to check before approval") });
  expect(shown.ok ? null : shown.message).toContain("Nothing was changed");

  expect(await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).toMatchObject({
    status: "SUBMITTED",
    approvedById: null,
  });
  expect(await db().qaReview.count({ where: { determinationId } })).toBe(0);
  expect(await db().job.count({ where: { dedupeKey: `issue:${determinationId}` } })).toBe(0);
  expect(await approvals(determinationId)).toHaveLength(0);
});

test("a flagged draft is approved with a reason: kept on the reading and audited with the kinds of flag", async () => {
  const { admin, determinationId } = await submitted(FLAGGED_RATIONALE);
  const reason = "  The reviewer's name here is the treating physician's, also called Okonkwo.  ";
  await expect(
    approveDetermination({ actor: admin, input: { determinationId, overrideReason: reason } }),
  ).resolves.toEqual({ determinationId, status: "APPROVED" });

  expect(await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).toMatchObject({
    status: "APPROVED",
    approvedById: admin.userId,
  });
  const reading = await db().qaReview.findFirstOrThrow({ where: { determinationId } });
  expect(reading).toMatchObject({ outcome: "APPROVED", readerId: admin.userId, flagsOverrideReason: reason.trim() });
  expect(await db().job.count({ where: { dedupeKey: `issue:${determinationId}`, kind: "issue-letter" } })).toBe(1);
  const [audit] = await approvals(determinationId);
  expect(audit.payload).toEqual({
    determinationId,
    version: 1,
    flagCounts: { REVIEWER_NAME: 1, INTERNAL_NOTE: 1 },
    flagsOverrideReason: reason.trim(),
  });
});

test("a draft with nothing flagged is approved without a reason, as before", async () => {
  const { admin, determinationId } = await submitted();
  expect((await getDraftCheck({ actor: admin, determinationId })).flags).toEqual([]);
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).resolves.toEqual({
    determinationId,
    status: "APPROVED",
  });
  expect((await db().qaReview.findFirstOrThrow({ where: { determinationId } })).flagsOverrideReason).toBeNull();
  const [audit] = await approvals(determinationId);
  expect(audit.payload).toEqual({ determinationId, version: 1 });
});

test("a reason given for a clean draft is not needed and not kept", async () => {
  const { admin, determinationId } = await submitted();
  await approveDetermination({
    actor: admin,
    input: { determinationId, overrideReason: "Nothing was flagged anyway." },
  });
  expect((await db().qaReview.findFirstOrThrow({ where: { determinationId } })).flagsOverrideReason).toBeNull();
  expect((await approvals(determinationId))[0].payload).toEqual({ determinationId, version: 1 });
});
