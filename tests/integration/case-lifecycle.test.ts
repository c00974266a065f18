// A case from application to issued letter on the real database: numbering, parties and
// hashed codes, assignment rules, the reviewer's decision, the stored letter and the audit.
import { db, closeDb } from "@/lib/db/client.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";
import { downloadLetter } from "@/lib/documents/download-letter.ts";
import { sha256Hex } from "@/lib/documents/store-document.ts";
import { hashAccessCode } from "@/lib/parties/access-codes.ts";
import { CASE_NUMBER_PATTERN } from "@/lib/cases/case-number.ts";
import { AppError } from "@/lib/errors.ts";
import { readPdf } from "../support/pdf-text.ts";
import {
  acceptOffer,
  approveAndIssue,
  assignAndAccept,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  offerCase,
  withCaseFileReviewed,
} from "../factories/index.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const items = (caseId: string) => db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
const code = (error: unknown) => (error instanceof AppError ? error.code : String(error));

test("intake creates a numbered case with its parties, items, hashed access codes and an audit row", async () => {
  const intake = await createStaff("INTAKE");
  const created = await createTestCase(intake, { representativeName: "Rep Resentative" });
  expect(created.caseNumber).toMatch(CASE_NUMBER_PATTERN);
  expect(created.accessCodes.map((c) => c.role).sort()).toEqual([
    "CLAIMS_ADMINISTRATOR",
    "EMPLOYEE",
    "REPRESENTATIVE",
    "REQUESTING_PHYSICIAN",
  ]);

  const stored = await db().case.findUniqueOrThrow({
    where: { id: created.caseId },
    include: { parties: { include: { accessCode: true } }, items: true },
  });
  expect(stored.status).toBe("READY_FOR_ASSIGNMENT");
  expect(stored.items).toHaveLength(2);
  expect(stored.parties.map((p) => p.role).sort()).toEqual([
    "CLAIMS_ADMINISTRATOR",
    "EMPLOYEE",
    "EMPLOYER",
    "REPRESENTATIVE",
    "REQUESTING_PHYSICIAN",
  ]);
  for (const issued of created.accessCodes) {
    const party = stored.parties.find((p) => p.role === issued.role)!;
    expect(party.accessCode!.codeHash).toBe(hashAccessCode(issued.code));
    expect(party.accessCode!.codeHash).not.toContain(issued.code.replace(/-/g, ""));
  }
  expect(stored.parties.find((p) => p.role === "EMPLOYER")!.accessCode).toBeNull();
  const audit = await db().auditEvent.findMany({ where: { caseId: created.caseId } });
  expect(audit.map((a) => a.action)).toEqual(["case.created", "case.eligibility_decided", "case.records_complete"]);
  expect(audit[0].actorId).toBe(intake.userId);
});

test("case numbers stay unique when many cases are created at once", async () => {
  const intake = await createStaff("INTAKE");
  const created = await Promise.all(Array.from({ length: 12 }, () => createTestCase(intake)));
  expect(new Set(created.map((c) => c.caseNumber)).size).toBe(12);
});

test("admin assigns only a qualified reviewer; a conflicted one is refused and nothing changes", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake, { claimsAdministratorName: "Zenith Claims Group, Inc." });
  const conflicted = await createReviewer({
    affiliations: [{ kind: "CLAIMS_ADMINISTRATOR", name: "ZENITH CLAIMS GROUP" }],
  });

  await expect(
    assignReviewer({ actor: admin, input: { caseId: kase.caseId, reviewerId: conflicted.reviewerId } }),
  ).rejects.toThrow(/Affiliated with the claims administrator/);
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("READY_FOR_ASSIGNMENT");
  expect(await db().assignment.count({ where: { caseId: kase.caseId } })).toBe(0);

  const qualified = await createReviewer();
  await offerCase(admin, qualified, kase.caseId);
  const offered = await db().case.findUniqueOrThrow({
    where: { id: kase.caseId },
    include: { assignments: true, determinations: true },
  });
  expect(offered.status).toBe("ASSIGNED");
  expect(offered.assignments).toHaveLength(1);
  expect(offered.assignments[0]).toMatchObject({ status: "OFFERED", method: "MANUAL", assignedById: admin.userId });
  expect(offered.determinations).toHaveLength(0);

  await acceptOffer(qualified, kase.caseId);
  const accepted = await db().case.findUniqueOrThrow({
    where: { id: kase.caseId },
    include: { assignments: true, determinations: { include: { items: true } } },
  });
  expect(accepted.status).toBe("ASSIGNED");
  expect(accepted.assignments[0].status).toBe("ACTIVE");
  expect(accepted.determinations[0].items).toHaveLength(2);
});

test("50 simultaneous assignments of one case produce exactly one offer", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const reviewers = await Promise.all(Array.from({ length: 50 }, () => createReviewer()));
  const results = await Promise.allSettled(
    reviewers.map((r) =>
      assignReviewer({
        actor: admin,
        input: { caseId: kase.caseId, reviewerId: r.reviewerId, reason: "Concurrency test" },
      }),
    ),
  );
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  expect(results.filter((r) => r.status === "rejected").map((r) => code((r as PromiseRejectedResult).reason))).toEqual(
    Array(49).fill("CONFLICT"),
  );
  expect(await db().assignment.count({ where: { caseId: kase.caseId } })).toBe(1);
  expect(await db().auditEvent.count({ where: { caseId: kase.caseId, action: "case.assigned" } })).toBe(1);
}, 60_000);

test("the reviewer drafts and submits, QA returns, the reviewer resubmits, QA approves: the letter is issued", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const reviewer = await createReviewer();
  const stranger = await createReviewer();
  await assignAndAccept(admin, reviewer, kase.caseId);
  const decisions = await withCaseFileReviewed(completeDecisions(kase.caseId, await items(kase.caseId)));

  await expect(saveDeterminationDraft({ actor: stranger, input: decisions })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  const saved = await saveDeterminationDraft({
    actor: reviewer,
    input: { ...decisions, items: decisions.items.map((i) => ({ ...i, decision: null })) },
  });
  expect(saved.revision).toBe(1);
  await expect(
    submitDetermination({ actor: reviewer, input: { ...decisions, revision: 1, clinicalSummary: "short" } }),
  ).rejects.toThrow();
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("ASSIGNED");

  const { determinationId } = await submitDetermination({ actor: reviewer, input: { ...decisions, revision: 1 } });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("IN_QA");
  await expect(saveDeterminationDraft({ actor: reviewer, input: { ...decisions, revision: 2 } })).rejects.toMatchObject(
    { code: "NOT_FOUND" },
  );

  await returnDetermination({
    actor: admin,
    input: { determinationId, comments: "Please cite the ACOEM chapter pages." },
  });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("ASSIGNED");
  await submitDetermination({ actor: reviewer, input: { ...decisions, revision: 2 } });
  await expect(approveDetermination({ actor: reviewer, input: { determinationId } })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  const issued = await approveAndIssue({ actor: admin, input: { determinationId } });

  const letter = await db().document.findUniqueOrThrow({ where: { id: issued.letterId }, include: { content: true } });
  const bytes = Buffer.from(letter.content!.bytes);
  expect(letter.sha256).toBe(sha256Hex(bytes));
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = (await readPdf(bytes)).all;
  expect(text).toContain("Cervical medial branch blocks C3-C5: Overturned");
  expect(text).not.toContain(reviewer.name.replace("Dr. ", ""));
  expect(text).not.toContain("DRAFT");

  const decided = await db().case.findUniqueOrThrow({
    where: { id: kase.caseId },
    include: { assignments: true, determinations: { include: { qaReviews: true } } },
  });
  expect(decided.status).toBe("DECIDED");
  expect(decided.assignments[0].status).toBe("COMPLETED");
  expect(decided.determinations[0]).toMatchObject({
    status: "ISSUED",
    letterId: issued.letterId,
    approvedById: admin.userId,
  });
  expect(decided.determinations[0].qaReviews.map((r) => r.outcome).sort()).toEqual(["APPROVED", "RETURNED"]);

  // Issued means final: a second approval or submission changes nothing.
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
  await expect(submitDetermination({ actor: reviewer, input: { ...decisions, revision: 3 } })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  const actions = (await db().auditEvent.findMany({ where: { caseId: kase.caseId }, orderBy: { id: "asc" } })).map(
    (a) => a.action,
  );
  expect(actions).toEqual([
    "case.created",
    "case.eligibility_decided",
    "case.records_complete",
    "case.assigned",
    "assignment.accepted",
    "determination.draft_saved",
    "determination.submitted",
    "determination.returned",
    "determination.submitted",
    "determination.approved",
    "determination.issued",
  ]);
});

test("letters are read only by those who may, and every read is audited", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const kase = await createTestCase(intake);
  const other = await createTestCase(intake);
  const reviewer = await createReviewer();
  const stranger = await createReviewer();
  await offerCase(admin, reviewer, kase.caseId);
  const { letterId } = await issueDetermination(reviewer, admin, kase.caseId);
  const parties = await db().party.findMany({
    where: { caseId: { in: [kase.caseId, other.caseId] }, role: "EMPLOYEE" },
  });
  const ownParty = parties.find((p) => p.caseId === kase.caseId)!;
  const otherParty = parties.find((p) => p.caseId === other.caseId)!;
  const meta = { ip: "127.0.0.1", userAgent: "jest" };

  for (const actor of [
    intake,
    admin,
    reviewer,
    { kind: "party" as const, partyId: ownParty.id, caseId: kase.caseId, meta },
  ]) {
    expect((await downloadLetter({ actor, documentId: letterId })).bytes.subarray(0, 5).toString()).toBe("%PDF-");
  }
  const before = await db().auditEvent.count({ where: { caseId: kase.caseId, action: "letter.downloaded" } });
  expect(before).toBe(4);
  for (const actor of [
    stranger,
    { kind: "party" as const, partyId: otherParty.id, caseId: other.caseId, meta },
    null,
  ]) {
    await expect(downloadLetter({ actor, documentId: letterId })).rejects.toBeInstanceOf(AppError);
  }
  expect(await db().auditEvent.count({ where: { caseId: kase.caseId, action: "letter.downloaded" } })).toBe(before);
});
