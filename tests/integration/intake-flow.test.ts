// Intake on the real database: an application with all its fields, duplicates flagged and
// merged, eligibility confirmed or overridden with its notice, records complete starting
// the clock, uploads checked by content and size, late records, drafts, the dashboard.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db, closeDb } from "@/lib/db/client.ts";
import { submitApplication } from "@/lib/intake/submit-application.ts";
import { confirmEligibility, evaluateEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";
import { listLateRecords } from "@/lib/records/late-records.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { clearApplicationDraft, loadApplicationDraft, saveApplicationDraft } from "@/lib/intake/application-draft.ts";
import { seedTreatmentCategories } from "@/lib/intake/treatment-categories.ts";
import { loadDashboard } from "@/lib/cases/dashboard.ts";
import { addDays, californiaDate, startOfCaliforniaDay } from "@/lib/deadlines/calendar.ts";
import { readPdf } from "../support/pdf-text.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import { applicationInput, createStaff, ensureSpecialties, unique } from "../factories/index.ts";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-docs-"));
beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await ensureSpecialties();
  await seedTreatmentCategories();
});
afterAll(async () => {
  await closeDb();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const fullApplication = (overrides: Record<string, unknown> = {}) => ({
  ...applicationInput(),
  employeeDateOfBirth: "1978-04-02",
  employeeAddress: "12 Harbor Way, Oakland CA",
  employeePhone: "510-555-0100",
  urDecisionKind: "MEDICAL_NECESSITY_DENIAL",
  urServiceMethod: "ELECTRONIC",
  urDecisionDate: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10),
  ...overrides,
});

async function receivedCase(overrides: Record<string, unknown> = {}) {
  const intake = await createStaff("INTAKE");
  const outcome = await submitApplication({ actor: intake, input: fullApplication(overrides) });
  if (outcome.kind !== "created") throw new Error(`expected a new case, got ${outcome.kind}`);
  return { intake, caseId: outcome.caseId, caseNumber: outcome.caseNumber };
}

test("an application keeps every field, with its items' categories", async () => {
  const intake = await createStaff("INTAKE");
  const category = await db().treatmentCategory.findFirstOrThrow({
    where: { subcategory: "Facet medial branch block" },
  });
  const outcome = await submitApplication({
    actor: intake,
    input: fullApplication({
      items: [{ description: "C3-C5 medial branch blocks", categoryId: category.id }],
      arrivalChannel: "FAX",
    }),
  });
  expect(outcome.kind).toBe("created");
  const kase = await db().case.findFirstOrThrow({
    where: { id: (outcome as { caseId: string }).caseId },
    include: { parties: true, items: true },
  });
  expect(kase).toMatchObject({
    status: "RECEIVED",
    arrivalChannel: "FAX",
    urServiceMethod: "ELECTRONIC",
    urDecisionKind: "MEDICAL_NECESSITY_DENIAL",
    signed: true,
    dueAt: null,
  });
  expect(kase.items[0]).toMatchObject({ category: "Injections", subcategory: "Facet medial branch block" });
  expect(kase.parties.find((p) => p.role === "EMPLOYEE")).toMatchObject({
    address: "12 Harbor Way, Oakland CA",
    phone: "510-555-0100",
  });
});

test("a duplicate of an open case is flagged, then merged without a second case; or kept apart with a reason", async () => {
  const first = await receivedCase();
  const original = await db().case.findUniqueOrThrow({
    where: { id: first.caseId },
    include: { parties: true, items: true },
  });
  const employee = original.parties.find((p) => p.role === "EMPLOYEE")!;
  const again = fullApplication({
    claimNumber: original.claimNumber,
    employeeName: employee.name,
    urDecisionDate: original.urDecisionDate.toISOString().slice(0, 10),
    items: [original.items[0].description, "Acupuncture, 6 sessions"],
  });
  const flagged = await submitApplication({ actor: first.intake, input: again });
  expect(flagged).toMatchObject({ kind: "duplicate", caseId: first.caseId, newItems: ["Acupuncture, 6 sessions"] });
  const before = await db().case.count();
  const merged = await submitApplication({
    actor: first.intake,
    input: { ...again, duplicateDecision: { action: "merge", caseId: first.caseId } },
  });
  expect(merged).toMatchObject({ kind: "merged", addedItems: ["Acupuncture, 6 sessions"] });
  expect(await db().case.count()).toBe(before);
  expect(await db().disputedItem.count({ where: { caseId: first.caseId } })).toBe(3);
  await expect(
    submitApplication({
      actor: first.intake,
      input: { ...again, duplicateDecision: { action: "separate", reason: "no" } },
    }),
  ).rejects.toHaveProperty("issues");
  const separate = await submitApplication({
    actor: first.intake,
    input: {
      ...again,
      duplicateDecision: { action: "separate", reason: "A different body part: the left knee, not the neck." },
    },
  });
  expect(separate.kind).toBe("created");
});

// The UR decision's service date is a calendar date: the window counts from that California
// day, not from the UTC midnight it is stored at (the evening before in California).
test.each([
  ["ELECTRONIC", "2026-07-02T15:00:00-07:00", "ELIGIBLE"], // the 30th day after June 2
  ["ELECTRONIC", "2026-07-03T09:00:00-07:00", "INELIGIBLE"],
  ["MAIL", "2026-07-07T16:30:00-07:00", "ELIGIBLE"], // the 35th day
  ["MAIL", "2026-07-08T08:00:00-07:00", "INELIGIBLE"],
])("a UR decision served on June 2 by %s and filed at %s is %s", async (urServiceMethod, filedAt, outcome) => {
  const { caseId } = await receivedCase({ urDecisionDate: "2026-06-02", urServiceMethod });
  await db().case.update({ where: { id: caseId }, data: { receivedAt: new Date(filedAt) } });
  const result = await evaluateEligibility(caseId, new Date("2026-07-10T12:00:00-07:00"));
  expect(result.outcome).toBe(outcome);
});

test.each([
  ["ELIGIBLE", {}, "AWAITING_RECORDS", "Notice of Assignment and Request for Information"],
  ["INELIGIBLE", { signed: false }, "INELIGIBLE", "The application"],
  ["DEFERRED", { liabilityDisputed: true }, "DEFERRED", "Deferred"],
  ["NEEDS_INFORMATION", { urDecisionKind: "" }, "NEEDS_INFORMATION", "Request for Information"],
])("confirming %s sets the case's status and sends its notice", async (outcome, facts, status, noticeText) => {
  const { intake, caseId } = await receivedCase(facts);
  expect((await evaluateEligibility(caseId)).outcome).toBe(outcome);
  await confirmEligibility({ actor: intake, input: { caseId, outcome } });
  const kase = await db().case.findUniqueOrThrow({
    where: { id: caseId },
    include: { documents: { include: { content: true } }, recordsRequests: true },
  });
  expect(kase).toMatchObject({ status, eligibilityOutcome: outcome, eligibilityOverrideReason: null });
  const notice = kase.documents.find((d) => d.kind === "NOTICE")!;
  expect((await readPdf(Buffer.from(notice.content!.bytes))).pages.join(" ")).toContain(noticeText);
  expect(kase.recordsRequests).toHaveLength(outcome === "ELIGIBLE" ? 1 : 0);
  expect(await db().auditEvent.count({ where: { caseId, action: "case.eligibility_decided" } })).toBe(1);
});

test("deciding against the rules needs a reason, which the notice carries", async () => {
  const { intake, caseId } = await receivedCase({ signed: false });
  await expect(confirmEligibility({ actor: intake, input: { caseId, outcome: "ELIGIBLE" } })).rejects.toMatchObject({
    fieldErrors: { overrideReason: [expect.stringContaining("ineligible")] },
  });
  expect((await db().case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("RECEIVED");
  await confirmEligibility({
    actor: intake,
    input: { caseId, outcome: "ELIGIBLE", overrideReason: "The signed page arrived separately by fax." },
  });
  expect(await db().case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
    status: "AWAITING_RECORDS",
    eligibilityOverrideReason: "The signed page arrived separately by fax.",
  });
  await expect(confirmEligibility({ actor: intake, input: { caseId, outcome: "ELIGIBLE" } })).rejects.toMatchObject({
    code: "CONFLICT",
  });
});

test("records complete starts the decision clock; late records are listed until then", async () => {
  const { intake, caseId, caseNumber } = await receivedCase();
  const decidedAt = new Date(Date.now() - 40 * 86_400_000);
  await confirmEligibility({ actor: intake, input: { caseId, outcome: "ELIGIBLE" }, now: decidedAt });
  const late = await listLateRecords({ actor: intake, pageSize: 100 });
  expect(late.rows.map((r) => r.case.caseNumber)).toContain(caseNumber);
  const { dueAt } = await markRecordsComplete({ actor: intake, input: { caseId } });
  const kase = await db().case.findUniqueOrThrow({ where: { id: caseId } });
  expect(kase.status).toBe("READY_FOR_ASSIGNMENT");
  expect(kase.dueAt!.getTime()).toBe(dueAt.getTime());
  expect(dueAt.getTime() - kase.recordsCompleteAt!.getTime()).toBeGreaterThan(29 * 86_400_000);
  expect((await listLateRecords({ actor: intake, pageSize: 100 })).rows.map((r) => r.case.caseNumber)).not.toContain(
    caseNumber,
  );
  await expect(markRecordsComplete({ actor: intake, input: { caseId } })).rejects.toMatchObject({ code: "CONFLICT" });
});

test("uploads are PDFs by content, within the size limit, stored with sha256 and pages; views are audited", async () => {
  const { intake, caseId } = await receivedCase();
  const pdf = await renderNoticePdf({
    organizationName: "Org",
    title: "Progress report",
    caseNumber: "CM26-0000001",
    date: "July 3, 2026",
    recipients: [],
    paragraphs: ["Neck pain."],
    closing: [],
  });
  await expect(
    uploadDocument({
      actor: intake,
      input: { caseId, kind: "MEDICAL_REPORT", title: "Fake", fileName: "report.pdf" },
      bytes: Buffer.from("GIF89a not a pdf"),
    }),
  ).rejects.toMatchObject({ fieldErrors: { file: [expect.stringContaining("not a PDF")] } });
  process.env.IMR_MAX_UPLOAD_MB = "0.0001";
  await expect(
    uploadDocument({ actor: intake, input: { caseId, kind: "MEDICAL_REPORT", title: "Big" }, bytes: pdf }),
  ).rejects.toMatchObject({ fieldErrors: { file: [expect.stringContaining("larger")] } });
  delete process.env.IMR_MAX_UPLOAD_MB;
  const stored = await uploadDocument({
    actor: intake,
    input: { caseId, kind: "MEDICAL_REPORT", title: "Progress report", documentDate: "2026-07-03" },
    bytes: pdf,
  });
  expect(stored.pageCount).toBeGreaterThan(0);
  const row = await db().document.findUniqueOrThrow({ where: { id: stored.id } });
  expect(row.storageKey).toMatch(/^disk:/);
  expect(fs.existsSync(path.join(storageDir, row.storageKey.slice(5)))).toBe(true);
  const viewed = await viewDocument({ actor: intake, documentId: stored.id });
  expect(viewed.bytes.equals(pdf)).toBe(true);
  expect(
    await db().auditEvent.count({ where: { caseId, action: { in: ["document.uploaded", "document.viewed"] } } }),
  ).toBe(2);
});

test("an application draft survives a reload and is cleared on demand", async () => {
  const intake = await createStaff("INTAKE");
  await saveApplicationDraft({
    actor: intake,
    input: { employeeName: "Half typed", items: ["one", ""], signed: false },
  });
  expect((await loadApplicationDraft({ actor: intake }))?.data).toEqual({
    employeeName: "Half typed",
    items: ["one", ""],
    signed: false,
  });
  await clearApplicationDraft({ actor: intake });
  expect(await loadApplicationDraft({ actor: intake })).toBeNull();
  const reviewer = await createStaff("ADMIN");
  expect(await loadApplicationDraft({ actor: reviewer })).toBeNull();
});

test("the dashboard counts cases by stage as the database does", async () => {
  const admin = await createStaff("ADMIN");
  await receivedCase({ claimNumber: unique("DASH") });
  const board = await loadDashboard({ actor: admin });
  const direct = await db().case.count({ where: { status: "RECEIVED" } });
  expect(board.byStage.RECEIVED).toBe(direct);
  // the averages are over original letters issued since 00:00 California time 89 days ago
  const since = startOfCaliforniaDay(addDays(californiaDate(new Date()), -89));
  expect(board.lettersCounted).toBe(
    await db().determination.count({ where: { amendsId: null, issuedAt: { gte: since } } }),
  );
  await expect(loadDashboard({ actor: null })).rejects.toBeTruthy();
});

test("an application cannot be merged into a case it does not repeat", async () => {
  const first = await receivedCase();
  const unrelated = fullApplication({ items: ["Lumbar fusion L4-S1"] });
  await expect(
    submitApplication({
      actor: first.intake,
      input: { ...unrelated, duplicateDecision: { action: "merge", caseId: first.caseId } },
    }),
  ).rejects.toMatchObject({ code: "VALIDATION" });
  expect(await db().disputedItem.count({ where: { caseId: first.caseId } })).toBe(2);
});
