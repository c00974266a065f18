// The reviewer's saves (revisions, the account of each document of the case file, citations),
// the submission's checks (every document accounted for as the case file stands at submit
// time; the reviewer's qualifications captured), the QA transitions and their permissions,
// concurrent approvals, and amended letters, on the real database.
import { db, closeDb } from "@/lib/db/client.ts";
import { saveDeterminationDraft } from "@/lib/determinations/save-draft.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { approveDetermination } from "@/lib/qa/approve-determination.ts";
import { issueLetter } from "@/lib/qa/issue-letter.ts";
import { returnDetermination } from "@/lib/qa/return-determination.ts";
import { previewLetter } from "@/lib/qa/preview-letter.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import { seedGuidelines } from "@/tools/demo/guidelines.ts";
import { readPdf } from "../support/pdf-text.ts";
import { organizationName } from "@/lib/config/organization.ts";
import { captureQualifications } from "@/lib/determinations/capture-qualifications.ts";
import {
  assignAndAccept,
  caseFileReviewed,
  issueApproved,
  completeDecisions,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  withCaseFileReviewed,
} from "../factories/index.ts";

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
  db().$transaction((tx) =>
    storeDocument(tx, {
      caseId,
      kind: "MEDICAL_REPORT",
      title,
      fileName: "r.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 test"),
      pageCount: 3,
      documentDate: new Date("2026-07-03T00:00:00Z"),
    }),
  );

test("a save from a stale copy is refused and changes nothing", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const input = completeDecisions(kase.caseId, items);
  await saveDeterminationDraft({ actor: reviewer, input: { ...input, clinicalSummary: "First tab text." } });
  await expect(
    saveDeterminationDraft({ actor: reviewer, input: { ...input, clinicalSummary: "Second tab, stale." } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } });
  expect(draft).toMatchObject({ revision: 1, clinicalSummary: "First tab text." });
});

test("accounted documents and citations are checked against the case and the reference list", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const other = await assignedCase();
  const own = await addDocument(kase.caseId, "Progress report");
  const foreign = await addDocument(other.kase.caseId, "Someone else's report");
  const guideline = await db().guideline.findFirstOrThrow({ where: { tier: "MTUS" } });
  const base = completeDecisions(kase.caseId, items);

  await expect(
    saveDeterminationDraft({
      actor: reviewer,
      input: { ...base, documents: [{ documentId: foreign.id, account: "REVIEWED" }] },
    }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(
    saveDeterminationDraft({
      actor: reviewer,
      input: { ...base, items: base.items.map((i) => ({ ...i, guidelineId: crypto.randomUUID() })) },
    }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).revision).toBe(0);

  await saveDeterminationDraft({
    actor: reviewer,
    input: {
      ...base,
      documents: [{ documentId: own.id, account: "REVIEWED" }],
      items: base.items.map((i) => ({ ...i, guidelineId: guideline.id })),
    },
  });
  const saved = await db().determination.findFirstOrThrow({
    where: { caseId: kase.caseId },
    include: { documentsReviewed: true, items: true },
  });
  expect(saved.documentsReviewed.map((d) => [d.documentId, d.notRelevantReason])).toEqual([[own.id, null]]);
  expect(saved.items.every((i) => i.guidelineId === guideline.id)).toBe(true);
});

test("QA transitions: only QA decides, comments are required, and a decided determination cannot be decided again", async () => {
  const { intake, admin, reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  for (const actor of [intake, reviewer, null]) {
    await expect(
      returnDetermination({ actor, input: { determinationId, comments: "Not allowed to do this." } }),
    ).rejects.toBeTruthy();
    await expect(approveDetermination({ actor, input: { determinationId } })).rejects.toBeTruthy();
    await expect(previewLetter({ actor, determinationId })).rejects.toBeTruthy();
  }
  await expect(
    returnDetermination({ actor: admin, input: { determinationId, comments: "short" } }),
  ).rejects.toHaveProperty("issues");
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).status).toBe("SUBMITTED");

  const preview = await previewLetter({ actor: admin, determinationId });
  expect((await readPdf(preview.bytes)).pages.join(" ")).toContain("DRAFT");
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(0);

  await returnDetermination({
    actor: admin,
    input: { determinationId, comments: "Cite the pages of the ACOEM chapter." },
  });
  await expect(
    returnDetermination({ actor: admin, input: { determinationId, comments: "Returned a second time?" } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
});

test("approval queues the letter's issue: the job runner issues it, and a second run of the job changes nothing", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  await expect(approveDetermination({ actor: admin, input: { determinationId } })).resolves.toEqual({
    determinationId,
    status: "APPROVED",
  });
  const approved = await db().determination.findUniqueOrThrow({ where: { id: determinationId } });
  expect(approved).toMatchObject({ status: "APPROVED", approvedById: admin.userId, letterId: null, issuedAt: null });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("IN_QA");
  const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: `issue:${determinationId}` } });
  expect(job).toMatchObject({ kind: "issue-letter", status: "QUEUED", payload: { determinationId } });
  // approved is no longer waiting for QA: neither returned nor previewed as a draft
  await expect(
    returnDetermination({ actor: admin, input: { determinationId, comments: "Too late to return this one." } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });

  const issued = await issueApproved(determinationId);
  expect(await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).toMatchObject({
    status: "ISSUED",
    letterId: issued.letterId,
  });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("DECIDED");
  await expect(issueLetter(determinationId)).resolves.toEqual(issued);
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  expect(await db().auditEvent.count({ where: { entityId: determinationId, action: "determination.issued" } })).toBe(1);
  const actions = await db().auditEvent.findMany({
    where: { entityId: determinationId, action: { in: ["determination.approved", "determination.issued"] } },
    orderBy: { id: "asc" },
  });
  expect(actions.map((a) => [a.action, a.actorType])).toEqual([
    ["determination.approved", "USER"],
    ["determination.issued", "SYSTEM"],
  ]);
});

test("two runs issuing the same letter at once store one letter and both return it (the PDF is rendered outside the transaction)", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  await approveDetermination({ actor: admin, input: { determinationId } });
  const [first, second] = await Promise.all([issueLetter(determinationId), issueLetter(determinationId)]);
  expect(second).toEqual(first);
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  expect(await db().auditEvent.count({ where: { entityId: determinationId, action: "determination.issued" } })).toBe(1);
});

test("a letter is issued only for an approved determination", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  await expect(issueLetter(determinationId)).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(issueLetter(crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).status).toBe("SUBMITTED");
});

test("two QA readers approving at once issue one letter", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const secondReader = await createStaff("ADMIN");
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  const results = await Promise.allSettled(
    [admin, secondReader, admin].map((actor) => approveDetermination({ actor, input: { determinationId } })),
  );
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  expect(await db().job.count({ where: { kind: "issue-letter", dedupeKey: `issue:${determinationId}` } })).toBe(1);
  await issueApproved(determinationId);
  expect(await db().document.count({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } })).toBe(1);
  expect(await db().qaReview.count({ where: { determinationId, outcome: "APPROVED" } })).toBe(1);
});

test("an amendment issues version 2 with its reason and keeps version 1", async () => {
  const { admin, reviewer, kase } = await assignedCase();
  const first = await issueDetermination(reviewer, admin, kase.caseId, "UPHELD");
  await expect(
    startAmendment({ actor: reviewer, input: { caseId: kase.caseId, reason: "Wrong date of injury." } }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(
    startAmendment({ actor: admin, input: { caseId: kase.caseId, reason: "short" } }),
  ).rejects.toHaveProperty("issues");

  const { determinationId, version } = await startAmendment({
    actor: admin,
    input: { caseId: kase.caseId, reason: "The date of injury in the summary was wrong." },
  });
  expect(version).toBe(2);
  await expect(
    startAmendment({ actor: admin, input: { caseId: kase.caseId, reason: "A second amendment at once." } }),
  ).rejects.toMatchObject({ code: "CONFLICT" });

  const draft = await db().determination.findUniqueOrThrow({
    where: { id: determinationId },
    include: { items: true },
  });
  expect(draft.items.every((i) => i.decision === "UPHELD" && i.rationale.length > 0)).toBe(true);
  const second = await issueDetermination(reviewer, admin, kase.caseId, "OVERTURNED");

  const versions = await db().determination.findMany({ where: { caseId: kase.caseId }, orderBy: { version: "asc" } });
  expect(versions.map((v) => [v.version, v.status])).toEqual([
    [1, "SUPERSEDED"],
    [2, "ISSUED"],
  ]);
  expect(versions[0].letterId).toBe(first.letterId);
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("DECIDED");
  const letter = await db().documentContent.findUniqueOrThrow({ where: { documentId: second.letterId } });
  const text = (await readPdf(Buffer.from(letter.bytes))).all;
  expect(text).toContain("The date of injury in the summary was wrong.");
  expect(text).toMatch(/amended/i);
});

test("a submission naming one item twice (and leaving another out) is refused", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const complete = await withCaseFileReviewed(completeDecisions(kase.caseId, items));
  const twice = { ...complete, items: [complete.items[0], complete.items[0]] };
  await expect(submitDetermination({ actor: reviewer, input: twice })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await db().determination.count({ where: { caseId: kase.caseId, status: "SUBMITTED" } })).toBe(0);
});

test("a submission accounts for every document of the case file: refused while one is unaccounted or set aside without a reason", async () => {
  const { reviewer, kase, items } = await assignedCase();
  const report = await addDocument(kase.caseId, "PR-2 report of Dr. Alvarado");
  const duplicate = await addDocument(kase.caseId, "Fax cover sheet");
  const base = completeDecisions(kase.caseId, items);
  const fileBefore = await caseFileReviewed(kase.caseId); // the notice of assignment and the two added
  expect(fileBefore).toHaveLength(3);
  const others = fileBefore.filter((d) => d.documentId !== report.id && d.documentId !== duplicate.id);

  // the report left out: refused, naming it
  const leftOut = submitDetermination({
    actor: reviewer,
    input: { ...base, documents: [...others, { documentId: duplicate.id, account: "REVIEWED" }] },
  });
  await expect(leftOut).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: {
      [`documents.${report.id}`]: [
        "“PR-2 report of Dr. Alvarado” is not accounted for: mark it Reviewed or Not relevant.",
      ],
    },
  });
  await expect(leftOut).rejects.toThrow(/“PR-2 report of Dr\. Alvarado” is not accounted for/);

  // set aside without a reason (or with a blank one): refused by the schema, at that document
  for (const reason of [undefined, "   "]) {
    const documents = [
      ...others,
      { documentId: report.id, account: "REVIEWED" },
      { documentId: duplicate.id, account: "NOT_RELEVANT", ...(reason === undefined ? {} : { reason }) },
    ];
    await expect(submitDetermination({ actor: reviewer, input: { ...base, documents } })).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          path: ["documents", others.length + 1, "reason"],
          message: "State why this document is not relevant (at least 5 characters).",
        }),
      ],
    });
  }
  expect(await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).toMatchObject({
    status: "DRAFT",
    revision: 0,
    qualifications: null,
  });
  expect((await db().case.findUniqueOrThrow({ where: { id: kase.caseId } })).status).toBe("ASSIGNED");

  // every document accounted for: submitted, the reasons kept
  const documents = [
    ...others,
    { documentId: report.id, account: "REVIEWED", unopenedReason: "Read in the printed file." },
    {
      documentId: duplicate.id,
      account: "NOT_RELEVANT",
      reason: "  A fax cover sheet; it holds no clinical information.  ",
    },
  ];
  const { determinationId } = await submitDetermination({ actor: reviewer, input: { ...base, documents } });
  const rows = await db().determinationDocument.findMany({ where: { determinationId } });
  expect(new Map(rows.map((r) => [r.documentId, r.notRelevantReason]))).toEqual(
    new Map([
      ...others.map((d) => [d.documentId, null] as const),
      [report.id, null],
      [duplicate.id, "A fax cover sheet; it holds no clinical information."],
    ]),
  );
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).status).toBe("SUBMITTED");
});

test("a document received after the draft was saved must be accounted for too", async () => {
  const { reviewer, kase, items } = await assignedCase();
  await addDocument(kase.caseId, "PR-2 report");
  const opened = await withCaseFileReviewed(completeDecisions(kase.caseId, items));
  const { revision } = await saveDeterminationDraft({ actor: reviewer, input: opened });
  // the late record arrives while the reviewer has the page open
  const late = await addDocument(kase.caseId, "Late record: MRI report");
  const input = { ...opened, revision };
  await expect(submitDetermination({ actor: reviewer, input })).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: {
      [`documents.${late.id}`]: ["“Late record: MRI report” is not accounted for: mark it Reviewed or Not relevant."],
    },
  });
  const kept = await db().determination.findFirstOrThrow({
    where: { caseId: kase.caseId },
    include: { documentsReviewed: true },
  });
  expect(kept).toMatchObject({ status: "DRAFT", revision });
  expect(kept.documentsReviewed.map((d) => d.documentId).sort()).toEqual(
    opened.documents.map((d) => d.documentId).sort(),
  );

  // a draft may still leave it out; the submission accounts for it
  const { revision: next } = await saveDeterminationDraft({ actor: reviewer, input });
  await expect(
    submitDetermination({
      actor: reviewer,
      input: {
        ...input,
        revision: next,
        documents: [
          ...input.documents,
          {
            documentId: late.id,
            account: "NOT_RELEVANT",
            reason: "Imaging of the other knee, not the disputed level.",
          },
        ],
      },
    }),
  ).resolves.toHaveProperty("determinationId");
});

test("the accounts of the documents, with the reasons, are copied into an amendment", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  const set = await addDocument(kase.caseId, "Duplicate PR-2 report");
  const draft = await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } });
  const input = await withCaseFileReviewed(completeDecisions(kase.caseId, items, "UPHELD", draft.revision));
  const documents = input.documents.map((d) =>
    d.documentId === set.id
      ? {
          documentId: d.documentId,
          account: "NOT_RELEVANT" as const,
          reason: "Duplicate of the PR-2 report of the same date.",
        }
      : d,
  );
  const { determinationId: first } = await submitDetermination({ actor: reviewer, input: { ...input, documents } });
  await approveDetermination({ actor: admin, input: { determinationId: first } });
  await issueApproved(first);

  const { determinationId } = await startAmendment({
    actor: admin,
    input: { caseId: kase.caseId, reason: "The date of injury in the summary was wrong." },
  });
  const accounts = async (id: string) =>
    new Map(
      (await db().determinationDocument.findMany({ where: { determinationId: id } })).map((d) => [
        d.documentId,
        d.notRelevantReason,
      ]),
    );
  const copied = await accounts(determinationId);
  expect(copied).toEqual(await accounts(first));
  expect(copied.get(set.id)).toBe("Duplicate of the PR-2 report of the same date.");
  expect([...copied.values()].filter((r) => r === null)).toHaveLength(input.documents.length - 1);
  // the letter of version 1 is not part of the case file the amendment accounts for
  const letter = await db().document.findFirstOrThrow({ where: { caseId: kase.caseId, kind: "DETERMINATION_LETTER" } });
  expect(copied.has(letter.id)).toBe(false);
  // the amendment's qualifications are captured anew when it is submitted
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).qualifications).toBeNull();
});

test("the reviewer's qualifications are captured at submission, audited, and a license changed afterwards does not change them", async () => {
  const { admin, reviewer, kase, items } = await assignedCase();
  await db().license.create({
    data: {
      reviewerId: reviewer.reviewerId!,
      state: "NV",
      number: `NV-${crypto.randomUUID().slice(0, 8)}`,
      status: "ACTIVE",
      expiresOn: new Date("2035-01-01T00:00:00Z"),
    },
  });
  const expected = await db().$transaction((tx) => captureQualifications(tx, reviewer.reviewerId!));
  expect(expected).toContain(`${organizationName()} sent the complete case file to a physician reviewer.`);
  expect(expected).toMatch(/is licensed to practice in (California and Nevada|Nevada and California)/);

  const { determinationId } = await submitDetermination({
    actor: reviewer,
    input: await withCaseFileReviewed(completeDecisions(kase.caseId, items)),
  });
  const submitted = await db().determination.findUniqueOrThrow({ where: { id: determinationId } });
  expect(submitted.qualifications).toBe(expected);
  const audit = await db().auditEvent.findFirstOrThrow({
    where: { entityId: determinationId, action: "determination.submitted" },
  });
  expect(audit.payload).toMatchObject({
    determinationId,
    version: 1,
    qualifications: expected,
    documentsReviewed: 1,
    documentsNotRelevant: 0,
  });

  // the Nevada license lapses between submission and issue
  await db().license.updateMany({
    where: { reviewerId: reviewer.reviewerId!, state: "NV" },
    data: { status: "INACTIVE" },
  });
  const now = await db().$transaction((tx) => captureQualifications(tx, reviewer.reviewerId!));
  expect(now).not.toContain("Nevada");
  await approveDetermination({ actor: admin, input: { determinationId } });
  await issueApproved(determinationId);
  expect((await db().determination.findUniqueOrThrow({ where: { id: determinationId } })).qualifications).toBe(
    expected,
  );
});
