// The case-status table on the real database: uploads refused on decided and terminated
// cases (nothing stored, no row, no audit), and reads scoped to the actor's role: a
// reviewer the case is only offered to gets the offer, never the case file; once accepted,
// the case file; staff the case file as before.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db, closeDb } from "@/lib/db/client.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { getCase, getCaseFile, getCaseSummaryPage } from "@/lib/cases/get-case.ts";
import { CASE_ACTION_REFUSALS } from "@/lib/cases/case-status-rules.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import {
  acceptOffer,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  offerCase,
} from "../factories/index.ts";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-docs-"));
beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await ensureSpecialties();
});
afterAll(async () => {
  await closeDb();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const pdf = () =>
  renderNoticePdf({
    organizationName: "Org",
    title: "Progress report",
    caseNumber: "CM26-0000001",
    date: "July 3, 2026",
    recipients: [],
    paragraphs: ["Neck pain."],
    closing: [],
  });
const filesIn = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

test.each(["DECIDED", "TERMINATED"] as const)(
  "a %s case takes no upload: refused in words, nothing stored",
  async (status) => {
    const intake = await createStaff("INTAKE");
    const { caseId } = await createTestCase(intake);
    await db().case.update({ where: { id: caseId }, data: { status } });
    const [documents, audits, files] = [
      await db().document.count({ where: { caseId } }),
      await db().auditEvent.count({ where: { caseId } }),
      filesIn(storageDir).length,
    ];
    await expect(
      uploadDocument({
        actor: intake,
        input: { caseId, kind: "MEDICAL_REPORT", title: "Late report" },
        bytes: await pdf(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: CASE_ACTION_REFUSALS["documents.upload"] });
    expect(await db().document.count({ where: { caseId } })).toBe(documents);
    expect(await db().auditEvent.count({ where: { caseId } })).toBe(audits);
    expect(filesIn(storageDir)).toHaveLength(files);
  },
);

test("a case in review still takes uploads", async () => {
  const intake = await createStaff("INTAKE");
  const { caseId } = await createTestCase(intake);
  await db().case.update({ where: { id: caseId }, data: { status: "IN_QA" } });
  const stored = await uploadDocument({
    actor: intake,
    input: { caseId, kind: "MEDICAL_REPORT", title: "Report" },
    bytes: await pdf(),
  });
  expect(stored.pageCount).toBeGreaterThan(0);
});

test("reads by role: an offered reviewer gets the offer only; an accepted one and staff the case file", async () => {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  const other = await createReviewer();
  const kase = await createTestCase(intake);
  const assignmentId = await offerCase(admin, reviewer, kase.caseId);

  const offered = await getCase({ actor: reviewer, caseId: kase.caseId });
  expect(offered.view).toBe("offer");
  if (offered.view !== "offer") throw new Error("unreachable");
  expect(offered).toMatchObject({ id: kase.caseId, caseNumber: kase.caseNumber, offer: { id: assignmentId } });
  // only what the offer card shows: nothing of the case file
  expect(Object.keys(offered).sort()).toEqual(["caseNumber", "id", "offer", "view"]);
  expect(Object.keys(offered.offer).sort()).toEqual(["assignedAt", "case", "id"]);
  expect(Object.keys(offered.offer.case).sort()).toEqual([
    "caseNumber",
    "dueAt",
    "id",
    "items",
    "parties",
    "reviewType",
    "specialtyCode",
  ]);
  expect(JSON.stringify(offered)).not.toMatch(/determinations|documents|clinicalSummary|storageKey/);
  await expect(getCaseFile({ actor: reviewer, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(getCase({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  // the summary (the administrator's case page) has the case file's reach
  for (const actor of [reviewer, other, null])
    await expect(getCaseSummaryPage({ actor, caseId: kase.caseId })).rejects.toMatchObject({
      code: actor ? "NOT_FOUND" : "UNAUTHENTICATED",
    });
  await expect(getCaseSummaryPage({ actor: admin, caseId: "not-a-case" })).rejects.toMatchObject({ code: "NOT_FOUND" });

  for (const staff of [intake, admin]) {
    const file = await getCase({ actor: staff, caseId: kase.caseId });
    expect(file.view).toBe("file");
    if (file.view === "file") expect(file.documents.length).toBeGreaterThan(0);
    const { kase: summary } = await getCaseSummaryPage({ actor: staff, caseId: kase.caseId });
    expect(summary).toMatchObject({ id: kase.caseId, caseNumber: kase.caseNumber });
    expect(summary.documents.map((d) => d.id)).toEqual(file.view === "file" ? file.documents.map((d) => d.id) : []);
  }

  await acceptOffer(reviewer, kase.caseId);
  const accepted = await getCase({ actor: reviewer, caseId: kase.caseId });
  expect(accepted.view).toBe("file");
  if (accepted.view === "file") {
    expect(accepted.documents.length).toBeGreaterThan(0);
    expect(accepted.determinations).toHaveLength(1);
  }
  expect((await getCaseSummaryPage({ actor: reviewer, caseId: kase.caseId })).kase.id).toBe(kase.caseId);
  await expect(getCase({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
});
