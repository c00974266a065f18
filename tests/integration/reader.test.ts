// The reader on the real database: notes pinned to a page are private (their author reads,
// edits and deletes them; QA reads them; another reviewer and intake cannot), pages opened are
// recorded once per page, a document marked reviewed but never opened needs the reviewer's
// reason (stored with the account and audited), a cited document cannot be set aside as not
// relevant, and the reviewer's own draft letter preview.
import { db, closeDb } from "@/lib/db/client.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { formatCitation } from "@/lib/determinations/citations.ts";
import { previewOwnLetter } from "@/lib/determinations/preview-own-letter.ts";
import { storeDocument } from "@/lib/documents/store-document.ts";
import {
  createReaderNote,
  deleteReaderNote,
  editReaderNote,
  listMyReaderNotes,
} from "@/lib/reader-notes/reader-notes.ts";
import { listCaseNotesForQa } from "@/lib/reader-notes/qa-notes.ts";
import { readingProgress, recordPageViews } from "@/lib/reading-progress/page-views.ts";
import { seedGuidelines } from "@/tools/demo/guidelines.ts";
import { readPdf } from "../support/pdf-text.ts";
import {
  assignAndAccept,
  caseFileReviewed,
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

async function readingCase() {
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const [reviewer, other] = await Promise.all([createReviewer(), createReviewer()]);
  const kase = await createTestCase(intake);
  await assignAndAccept(admin, reviewer, kase.caseId);
  const report = await db().$transaction((tx) =>
    storeDocument(tx, {
      caseId: kase.caseId,
      kind: "MEDICAL_REPORT",
      title: "Primary treating physician's report",
      fileName: "ptp.pdf",
      mimeType: "application/pdf",
      bytes: Buffer.from("%PDF-1.4 test"),
      pageCount: 40,
      documentDate: new Date("2024-03-14T00:00:00Z"),
    }),
  );
  const items = await db().disputedItem.findMany({ where: { caseId: kase.caseId }, orderBy: { ordinal: "asc" } });
  return {
    intake,
    admin,
    reviewer,
    other,
    kase,
    items,
    report: {
      id: report.id,
      title: "Primary treating physician's report",
      documentDate: new Date("2024-03-14T00:00:00Z"),
    },
  };
}

const auditCount = (action: string, entityId: string) => db().auditEvent.count({ where: { action, entityId } });

test("a note is its author's: QA reads it, another reviewer and intake cannot; edited and deleted by the author only, each change audited", async () => {
  const { intake, admin, reviewer, other, kase, report } = await readingCase();
  const note = await createReaderNote({
    actor: reviewer,
    input: { documentId: report.id, pageNumber: 7, body: "Pain 7/10 despite therapy.", quote: "pain  7/10" },
  });
  expect(note).toMatchObject({ pageNumber: 7, quote: "pain 7/10" });
  expect(await auditCount("note.created", note.id)).toBe(1);

  expect((await listMyReaderNotes({ actor: reviewer, caseId: kase.caseId })).map((n) => n.id)).toEqual([note.id]);
  await expect(listMyReaderNotes({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(listMyReaderNotes({ actor: intake, caseId: kase.caseId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(listCaseNotesForQa({ actor: intake, caseId: kase.caseId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await expect(listCaseNotesForQa({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  const qa = await listCaseNotesForQa({ actor: admin, caseId: kase.caseId });
  expect(qa).toEqual([
    expect.objectContaining({ id: note.id, documentTitle: report.title, body: "Pain 7/10 despite therapy." }),
  ]);
  expect(await db().auditEvent.count({ where: { action: "notes.read", caseId: kase.caseId } })).toBe(1);

  // another reviewer can neither pin a note on this case nor touch this one
  await expect(
    createReaderNote({ actor: other, input: { documentId: report.id, pageNumber: 1, body: "x" } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(editReaderNote({ actor: other, input: { noteId: note.id, body: "Changed." } })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  await expect(deleteReaderNote({ actor: other, input: { noteId: note.id } })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  // a page beyond the document
  await expect(
    createReaderNote({ actor: reviewer, input: { documentId: report.id, pageNumber: 41, body: "x" } }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await db().readerNote.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
    body: "Pain 7/10 despite therapy.",
  });

  const edited = await editReaderNote({ actor: reviewer, input: { noteId: note.id, body: "Pain 7/10; no change." } });
  expect(edited.body).toBe("Pain 7/10; no change.");
  expect(await auditCount("note.updated", note.id)).toBe(1);
  await deleteReaderNote({ actor: reviewer, input: { noteId: note.id } });
  expect(await db().readerNote.count({ where: { id: note.id } })).toBe(0);
  expect(await auditCount("note.deleted", note.id)).toBe(1);
});

test("pages opened are recorded once each, within the document, for the reviewer alone", async () => {
  const { reviewer, other, kase, report } = await readingCase();
  expect(await recordPageViews({ actor: reviewer, input: { documentId: report.id, pages: [3, 1, 3, 99] } })).toEqual({
    recorded: 2,
  });
  expect(await recordPageViews({ actor: reviewer, input: { documentId: report.id, pages: [1, 2] } })).toEqual({
    recorded: 1,
  });
  expect(await recordPageViews({ actor: reviewer, input: { documentId: report.id, pages: [2] } })).toEqual({
    recorded: 0,
  });
  expect((await readingProgress({ actor: reviewer, caseId: kase.caseId }))[report.id]).toEqual([1, 2, 3]);
  expect(await db().auditEvent.count({ where: { action: "document.pages_opened", entityId: report.id } })).toBe(2);
  await expect(recordPageViews({ actor: other, input: { documentId: report.id, pages: [1] } })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  await expect(readingProgress({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("a document marked reviewed but never opened needs the reviewer's reason; with it, the reason is kept and audited", async () => {
  const { reviewer, kase, items, report } = await readingCase();
  const base = completeDecisions(kase.caseId, items);
  const file = (await caseFileReviewed(kase.caseId)).map((d) => ({
    documentId: d.documentId,
    account: "REVIEWED" as const,
  }));
  // the notice was never opened, nor the report: refused, naming both
  await expect(submitDetermination({ actor: reviewer, input: { ...base, documents: file } })).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: expect.objectContaining({ [`documents.${report.id}`]: [expect.stringMatching(/not opened/)] }),
  });
  expect((await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).status).toBe("DRAFT");

  // the report opened in the reader; the notice read elsewhere, with the reason
  await recordPageViews({ actor: reviewer, input: { documentId: report.id, pages: [1] } });
  const documents = file.map((d) =>
    d.documentId === report.id ? d : { ...d, unopenedReason: "Read the mailed copy of the notice." },
  );
  const { determinationId } = await submitDetermination({ actor: reviewer, input: { ...base, documents } });
  const rows = await db().determinationDocument.findMany({ where: { determinationId } });
  expect(rows.find((r) => r.documentId === report.id)?.unopenedReason).toBeNull();
  expect(rows.filter((r) => r.unopenedReason === "Read the mailed copy of the notice.")).toHaveLength(file.length - 1);
  const audit = await db().auditEvent.findFirstOrThrow({
    where: { action: "determination.submitted", entityId: determinationId },
  });
  expect((audit.payload as { reviewedUnopened: unknown[] }).reviewedUnopened).toHaveLength(file.length - 1);
});

test("a document cited in the text cannot be marked not relevant", async () => {
  const { reviewer, kase, items, report } = await readingCase();
  const base = completeDecisions(kase.caseId, items);
  const cited = {
    ...base,
    items: base.items.map((item, i) =>
      i === 0
        ? { ...item, rationale: `${item.rationale} The report documents it ${formatCitation(report, 7)}.` }
        : item,
    ),
  };
  const file = await caseFileReviewed(kase.caseId);
  const setAside = file.map((d) =>
    d.documentId === report.id
      ? { documentId: d.documentId, account: "NOT_RELEVANT" as const, reason: "A duplicate of the earlier report." }
      : d,
  );
  await expect(
    submitDetermination({ actor: reviewer, input: { ...cited, documents: setAside } }),
  ).rejects.toMatchObject({
    code: "VALIDATION",
    fieldErrors: expect.objectContaining({ [`documents.${report.id}`]: [expect.stringMatching(/cited/)] }),
  });
  expect((await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).status).toBe("DRAFT");
  // marked reviewed: submitted, and the letter will list it
  await submitDetermination({ actor: reviewer, input: { ...cited, documents: file } });
  expect((await db().determination.findFirstOrThrow({ where: { caseId: kase.caseId } })).status).toBe("SUBMITTED");
});

test("the reviewer previews their own letter as it will be issued, marked DRAFT; another reviewer cannot", async () => {
  const { reviewer, other, kase } = await readingCase();
  const file = await previewOwnLetter({ actor: reviewer, caseId: kase.caseId });
  expect(file.mimeType).toBe("application/pdf");
  expect((await readPdf(Buffer.from(file.bytes))).all).toMatch(/DRAFT/);
  await expect(previewOwnLetter({ actor: other, caseId: kase.caseId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await db().auditEvent.count({ where: { action: "letter.draft_previewed", caseId: kase.caseId } })).toBe(1);
});
