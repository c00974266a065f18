// The reviewer's saves (revisions, documents reviewed, citations), the QA transitions and
// their permissions, concurrent approvals, and amended letters, on the real database.
import { db, closeDb } from "@/lib/db/client.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { issueLetter } from "@/lib/qa/issue-letter.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";
import { previewLetter } from "@/lib/qa/preview-letter.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { seedGuidelines } from "@/lib/demo/guidelines.ts";
import { readPdf } from "../support/pdf-text.ts";
import { assignAndAccept, issueApproved, completeDecisions, createReviewer, createStaff, createTestCase, ensureSpecialties, issueDetermination } from "../factories/index.ts";

beforeAll(async () => {
  await ensureSpecialties();
  await seedGuidelines();
});
afterAll(closeDb);

async function assignedCase() {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  const kase = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, kase.caseId);
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId }, orderBy: { ordinal: "asc" } });
  return { intake, admin, reviewer, kase, items };
}

const addDocument = (caseId: string, title: string) =>
  db().$transaction((tx) => storeDocument(tx, { caseId, kind: "MEDICAL_REPORT", title, fileName: "r.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4 test"), pageCount: 3, documentDate: new Date("2026-07-03T00:00:00Z") }));

test("a save from a stale copy is refused and changes nothing", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const input = completeDecisions(kase.caseId, items);
  await saveDeterminationDraft({ actor: reviewer, input: { ...input, clinicalSummary: "First tab text." } });
  await expect(saveDeterminationDraft({ actor: reviewer, input: { ...input, clinicalSummary: "Second tab, stale." } })).rejects.toMatchObject({ code: "CONFLICT" });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } });
  expect(draft).toMatchObject({ revision: 1, clinicalSummary: "First tab text." });
});

test("documents reviewed and citations are checked against the case and the reference list", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const other = await assignedCase();
  const own = await addDocument(kase.caseId, "Progress report");
  const foreign = await addDocument(other.kase.caseId, "Someone else's report");
  const guideline = await db().guideline.findFirstOrThrow({ where: { tier: "MTUS" } });
  const base = completeDecisions(kase.caseId, items);

  await expect(saveDeterminationDraft({ actor: reviewer, input: { ...base, documentsReviewed: [foreign.id] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(saveDeterminationDraft({ actor: reviewer, input: { ...base, items: base.items.map((i) => ({ ...i, guidelineId: crypto.randomUUID() })) } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).revision).toBe(0);

  await saveDeterminationDraft({ actor: reviewer, input: { ...base, documentsReviewed: [own.id], items: base.items.map((i) => ({ ...i, guidelineId: guideline.id })) } });
  const saved = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId }, include: { documentsReviewed: true, items: true } });
  expect(saved.documentsReviewed.map((d) => d.documentId)).toEqual([own.id]);
  expect(saved.items.every((i) => i.guidelineId === guideline.id)).toBe(true);
});

test("QA transitions: only QA decides, comments are required, and a decided determination cannot be decided again", async () => {
  const { intake, admin, reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({ actor: reviewer, input: completeDecisions(kase.caseId, items) });
  for (const actor of [intake, reviewer, null]) {
    await expect(returnDetermination({ actor, input: { determinationId, comments: "Not allowed to do this." } })).rejects.toBeTruthy();
    await expect(approveDetermination({ actor, input: { determinationId } })).rejects.toBeTruthy();
    await expect(previewLetter({ actor, determinationId })).rejects.toBeTruthy();
  }
  await expect(returnDetermination({ actor: admin, input: { determinationId, comments: "short" } })).rejects.toHaveProperty("issues");
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).status).toBe("SUBMITTED");

  const preview = await previewLetter({ actor: admin, determinationId });
  expect((await readPdf(preview.bytes)).pages.join(" ")).toContain("DRAFT");
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(0);

  await returnDetermination({ actor: admin, input: { determinationId, comments: "Cite the pages of the ACOEM chapter." } });
  await expect(returnDetermination({ actor: admin, input: { determinationId, comments: "Returned a second time?" } })).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).rejects.toMatchObject({ code: "CONFLICT" });
});

test("approval queues the letter's issue: the job runner issues it, and a second run of the job changes nothing", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({ actor: reviewer, input: completeDecisions(kase.caseId, items) });
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).resolves.toEqual({ determinationId, status: "APPROVED" });
  const approved = await db().determination.findUniqueOrThrow({ where: { id: determinationId } });
  expect(approved).toMatchObject({ status: "APPROVED", approvedById: admin.userId, letterId: null, issuedAt: null });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("IN_QA");
  const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: `issue:${determinationId}` } });
  expect(job).toMatchObject({ kind: "issue-letter", status: "QUEUED", payload: { determinationId } });
  // approved is no longer waiting for QA: neither returned nor previewed as a draft
  await expect(returnDetermination({ actor: admin, input: { determinationId, comments: "Too late to return this one." } })).rejects.toMatchObject({ code: "CONFLICT" });

  const issued = await issueApproved(determinationId);
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } }))).toMatchObject({ status: "ISSUED", letterId: issued.letterId });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("DECIDED");
  await expect(issueLetter(determinationId)).resolves.toEqual(issued);
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  expect(await db().auditEvent.count({ where: { entityId: determinationId, action: "determination.issued" } })).toBe(1);
  const actions = (await db().auditEvent.findMany({ where: { entityId: determinationId, action: { in: ["determination.approved", "determination.issued"] } }, orderBy: { id: "asc" } }));
  expect(actions.map((a) => [a.action, a.actorType])).toEqual([["determination.approved", "USER"], ["determination.issued", "SYSTEM"]]);
});

test("a letter is issued only for an approved determination", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({ actor: reviewer, input: completeDecisions(kase.caseId, items) });
  await expect(issueLetter(determinationId)).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(issueLetter(crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).status).toBe("SUBMITTED");
});

test("two QA readers approving at once issue one letter", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const secondReader = await createStaff("ADMIN");
  const { determinationId } = await submitDetermination({ actor: reviewer, input: completeDecisions(kase.caseId, items) });
  const results = await Promise.allSettled([admin, secondReader, admin].map((actor) => approveDetermination({ actor, input: { determinationId } })));
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  expect(await db().job.count({ where: { kind: "issue-letter", dedupeKey: `issue:${determinationId}` } })).toBe(1);
  await issueApproved(determinationId);
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  expect(await db().qaReview.count({ where: { determinationId, outcome: "APPROVED" } })).toBe(1);
});

test("an amendment issues version 2 with its reason and keeps version 1", async () => {
  const { admin, reviewer, kase } = await assignedCase();
  const first = await issueDetermination(reviewer, admin, kase.caseId, "UPHELD");
  await expect(startAmendment({ actor: reviewer, input: { caseId: kase.caseId, reason: "Wrong date of injury." } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(startAmendment({ actor: admin, input: { caseId: kase.caseId, reason: "short" } })).rejects.toHaveProperty("issues");

  const { determinationId, version } = await startAmendment({ actor: admin, input: { caseId: kase.caseId, reason: "The date of injury in the summary was wrong." } });
  expect(version).toBe(2);
  await expect(startAmendment({ actor: admin, input: { caseId: kase.caseId, reason: "A second amendment at once." } })).rejects.toMatchObject({ code: "CONFLICT" });

  const draft = await db().determination.findUniqueOrThrow({ where: { id: determinationId }, include: { items: true } });
  expect(draft.items.every((i) => i.decision === "UPHELD" && i.rationale.length > 0)).toBe(true);
  const second = await issueDetermination(reviewer, admin, kase.caseId, "OVERTURNED");

  const versions = await db().determination.findMany({ where: { caseId: kase.caseId }, orderBy: { version: "asc" } });
  expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "SUPERSEDED"], [2, "ISSUED"]]);
  expect(versions[0].letterId).toBe(first.letterId);
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("DECIDED");
  const letter = await db().documentContent.findUniqueOrThrow({ where: { documentId: second.letterId } });
  const text = (await readPdf(Buffer.from(letter.bytes))).all;
  expect(text).toContain("The date of injury in the summary was wrong.");
  expect(text).toMatch(/amended/i);
});

test("a submission naming one item twice (and leaving another out) is refused", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const complete = completeDecisions(kase.caseId, items);
  const twice = { ...complete, items: [complete.items[0], complete.items[0]] };
  await expect(submitDetermination({ actor: reviewer, input: twice })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await db().determination.count({ where: { caseId: kase.caseId, status: "SUBMITTED" } })).toBe(0);
});
