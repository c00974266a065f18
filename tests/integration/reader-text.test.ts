// The text of a case file's pages (lib/reader): uploads read by the extract-document-text job
// (pdf.js text layer; OCR of a scanned page shipped under tests/fixtures/reader), bad files
// (encrypted, damaged, no pages) that end FAILED with their reason and do not block the
// document, the job resumed where it stopped and safe to run twice, the progress, the case-file
// search (words, phrases, case and accents, paging, reach) and one page's text; the viewer's
// Range answers (206, 416, whole) and the audit of one row per opening.
import fs from "node:fs";
import { jest } from "@jest/globals";
import os from "node:os";
import path from "node:path";
import { db, closeDb } from "@/lib/db/client.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { viewDocument } from "@/lib/documents/view-document.ts";
import { rangedFileResponse } from "@/lib/http/file-response.ts";
import { runDueJobs } from "@/lib/jobs/job-runner.ts";
import { extractDocumentText } from "@/lib/reader/extract-document-text.ts";
import { readPageText } from "@/lib/reader/read-page-text.ts";
import { searchCaseFile } from "@/lib/reader/search-case-file.ts";
import { getCaseFileTextProgress } from "@/lib/reader/text-progress.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { damagedPdf, makePdf, zeroPagePdf } from "@/tools/reader/make-pdfs.ts";
import {
  assignAndAccept,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  offerCase,
} from "../factories/index.ts";
import { createSpecialty } from "../factories/reviewers.ts";

jest.setTimeout(120_000);

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-reader-"));
const scanned = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/reader/scanned-page.png"));

let intake: StaffActor;
let admin: StaffActor;
let caseId: string;
let otherCaseId: string;
const ids: Record<string, string> = {};

const REPORT_PAGES = [
  "Primary treating physician report. The employee, Ana Hernández, was seen for low back pain after lifting boxes at work.",
  "Examination: tenderness over the lumbar paraspinal muscles. Straight leg raise positive on the right. MRI of the lumbar spine was reviewed.",
  "Plan: a lumbar epidural steroid injection at L5-S1 is requested. Follow up in four weeks. Injuries to the back are documented.",
];

async function upload(title: string, bytes: Buffer, onCase = caseId, documentDate?: string) {
  const stored = await uploadDocument({
    actor: intake,
    input: { caseId: onCase, kind: "MEDICAL_REPORT", title, fileName: "file.pdf", documentDate },
    bytes,
  });
  return stored.id;
}

async function runExtraction(documentIds: string[]) {
  for (let round = 0; round < 10; round++) {
    const jobs = await db().job.findMany({
      where: { kind: "extract-document-text", status: "QUEUED" },
      select: { id: true, payload: true },
    });
    const mine = jobs.filter((j) => documentIds.includes((j.payload as { documentId: string }).documentId));
    if (!mine.length) return;
    await runDueJobs({ workerId: "reader-test", ids: mine.map((j) => j.id), limit: mine.length });
  }
}

beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  await ensureSpecialties();
  [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const specialty = await createSpecialty();
  caseId = (await createTestCase(intake, { specialtyCode: specialty })).caseId;
  otherCaseId = (await createTestCase(intake, { specialtyCode: specialty })).caseId;
  ids.report = await upload(
    "Progress report",
    await makePdf(REPORT_PAGES.map((text) => ({ text }))),
    caseId,
    "2026-05-01",
  );
  ids.scan = await upload(
    "Faxed request",
    await makePdf([{ image: scanned }, { text: "Cover sheet of the faxed request for authorization, two pages." }]),
    caseId,
    "2026-06-01",
  );
  ids.encrypted = await upload("Protected", await makePdf([{ text: REPORT_PAGES[0] }], { userPassword: "secret" }));
  ids.damaged = await upload("Damaged", damagedPdf());
  ids.empty = await upload("Empty", zeroPagePdf());
  ids.other = await upload("Other case report", await makePdf([{ text: REPORT_PAGES[0] }]), otherCaseId);
  await runExtraction(Object.values(ids));
});

afterAll(async () => {
  await closeDb();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const pagesOf = (documentId: string) =>
  db().documentPage.findMany({ where: { documentId }, orderBy: { pageNumber: "asc" } });
const docOf = (documentId: string) => db().document.findUniqueOrThrow({ where: { id: documentId } });

describe("reading the text of uploaded documents", () => {
  test("an upload queues its job in the same transaction", async () => {
    expect(await db().job.count({ where: { dedupeKey: `extract-text:${ids.report}:1` } })).toBe(1);
  });

  test("a PDF with a text layer: every page's text, no OCR", async () => {
    const pages = await pagesOf(ids.report);
    expect(pages.map((p) => [p.pageNumber, p.source])).toEqual([
      [1, "TEXT_LAYER"],
      [2, "TEXT_LAYER"],
      [3, "TEXT_LAYER"],
    ]);
    expect(pages[0].text).toContain("Ana Hernández");
    expect(pages[2].text).toContain("epidural steroid injection");
    expect(await docOf(ids.report)).toMatchObject({
      textStatus: "DONE",
      textPagesDone: 3,
      ocrPagesDone: 0,
      textError: null,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityId: ids.report, action: "document.text_read" },
    });
    expect(audit.payload).toMatchObject({ status: "DONE", pages: 3, ocrPages: 0, noTextPages: 0 });
  });

  test("a scanned page without a text layer is OCR'd offline", async () => {
    const [scan, cover] = await pagesOf(ids.scan);
    expect(scan.source).toBe("OCR");
    expect(scan.text.toLowerCase()).toContain("physical therapy twice weekly");
    expect(scan.text).toMatch(/radiculopathy/i);
    expect(scan.ocrConfidence).toBeGreaterThan(60);
    expect(cover.source).toBe("TEXT_LAYER");
    expect(await docOf(ids.scan)).toMatchObject({ textStatus: "DONE", textPagesDone: 2, ocrPagesDone: 1 });
  });

  test.each([
    ["encrypted", /password/],
    ["damaged", /damaged/],
    ["empty", /no pages/],
  ])("a %s PDF ends FAILED with its reason; the document still opens", async (name, reason) => {
    const doc = await docOf(ids[name]);
    expect(doc.textStatus).toBe("FAILED");
    expect(doc.textError).toMatch(reason);
    const pages = await pagesOf(ids[name]);
    expect(pages.every((p) => p.source === "NONE" && p.text === "")).toBe(true);
    expect(pages.length).toBe(doc.pageCount ?? 0);
    const viewed = await viewDocument({ actor: intake, documentId: ids[name] });
    expect(viewed.bytes.length).toBe(doc.byteSize);
  });

  test("the job goes on where it stopped, page by page, and is safe to run twice", async () => {
    const pages = Array.from({ length: 23 }, (_, i) => ({
      text: `Page ${i + 1} of the long record. ${REPORT_PAGES[i % 3]}`,
    }));
    const id = await upload("Long record", await makePdf(pages));
    // out of time after the first page: it stores it, says so, and queues the rest
    const first = await extractDocumentText({ documentId: id }, { budgetMs: 0 });
    expect(first).toMatchObject({ status: "RUNNING", continuesAt: 2 });
    expect(await docOf(id)).toMatchObject({ textStatus: "RUNNING", textPagesDone: 1, pageCount: 23 });
    expect(await db().job.count({ where: { dedupeKey: `extract-text:${id}:2` } })).toBe(1);
    // the same run again (a worker that died before marking its job done) goes on, never restarts
    const again = await extractDocumentText({ documentId: id, fromPage: 1 }, { budgetMs: 0 });
    expect(again).toMatchObject({ continuesAt: 3 });
    expect((await getCaseFileTextProgress(caseId)).find((p) => p.documentId === id)).toEqual({
      documentId: id,
      status: "RUNNING",
      pageCount: 23,
      textPagesDone: 2,
      ocrPagesDone: 0,
      textError: null,
    });
    const done = await extractDocumentText({ documentId: id, fromPage: 3 });
    expect(done).toMatchObject({ status: "DONE", pages: 23 });
    expect(await extractDocumentText({ documentId: id })).toMatchObject({ skipped: "already DONE" });
    const stored = await pagesOf(id);
    expect(stored.map((p) => p.pageNumber)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(stored[22].text).toContain("Page 23 of the long record");
    expect(await db().auditEvent.count({ where: { entityId: id, action: "document.text_read" } })).toBe(1);
  });

  test("progress per document of the case file", async () => {
    const progress = await getCaseFileTextProgress(caseId);
    expect(progress.find((p) => p.documentId === ids.scan)).toMatchObject({
      status: "DONE",
      pageCount: 2,
      textPagesDone: 2,
      ocrPagesDone: 1,
    });
    expect(progress.find((p) => p.documentId === ids.other)).toBeUndefined();
  });
});

describe("searching the case file", () => {
  const search = (
    q: string,
    extra: { limit?: number; offset?: number } = {},
    actor: StaffActor = intake,
    onCase = caseId,
  ) => searchCaseFile(actor, { caseId: onCase, q, ...extra });
  const places = (hits: { documentId: string; pageNumber: number }[]) =>
    hits.map((h) => `${Object.keys(ids).find((k) => ids[k] === h.documentId) ?? "long"}:${h.pageNumber}`);

  test.each([
    ["a word, stemmed", "injury", ["report:3"]],
    ["a quoted phrase", '"physical therapy twice weekly"', ["scan:1"]],
    ["a phrase in the wrong order finds nothing", '"weekly twice therapy"', []],
    ["any case", "EPIDURAL", ["report:3"]],
    ["without the accent", "hernandez", ["report:1"]],
    ["with the accent, upper case", "HERNÁNDEZ", ["report:1"]],
    ["words on the same page", "lumbar straight leg", ["report:2"]],
  ])("%s", async (_label, q, expected) => {
    const result = await search(q);
    expect(places(result.hits).filter((p) => !p.startsWith("long"))).toEqual(expected);
  });

  test("hits follow the case file: newest document first, then page by page; a snippet in parts", async () => {
    const result = await search("lumbar");
    expect(places(result.hits).filter((p) => !p.startsWith("long"))).toEqual(["scan:1", "report:2", "report:3"]);
    const hit = (await search("hernandez")).hits.find((h) => h.documentId === ids.report)!;
    expect(hit).toMatchObject({
      title: "Progress report",
      kind: "MEDICAL_REPORT",
      documentDate: "2026-05-01",
      pageNumber: 1,
    });
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["Hernández"]);
    expect(hit.snippet.map((p) => p.text).join("")).toContain("Ana Hernández, was seen");
    expect(JSON.stringify(hit.snippet)).not.toMatch(/<b>|\\u000[123]/);
  });

  test("paging: limit and offset over the total", async () => {
    const all = await search("lumbar", { limit: 50 });
    expect(all.total).toBeGreaterThan(5);
    const first = await search("lumbar", { limit: 2, offset: 0 });
    const second = await search("lumbar", { limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.hits, ...second.hits].map((h) => `${h.documentId}:${h.pageNumber}`)).toEqual(
      all.hits.slice(0, 4).map((h) => `${h.documentId}:${h.pageNumber}`),
    );
    expect((await search("lumbar", { offset: all.total })).hits).toEqual([]);
  });

  test("another case's pages are never returned", async () => {
    const result = await search("Hernández", { limit: 50 });
    expect(result.hits.some((h) => h.documentId === ids.other)).toBe(false);
    expect((await search("Hernández", {}, intake, otherCaseId)).hits.map((h) => h.documentId)).toEqual([ids.other]);
  });

  test("a reviewer reaches the case file only after accepting it", async () => {
    const specialty = (await db().case.findUniqueOrThrow({ where: { id: caseId } })).specialtyCode;
    const [stranger, offered, accepted] = await Promise.all([
      createReviewer({ specialty }),
      createReviewer({ specialty }),
      createReviewer({ specialty }),
    ]);
    await expect(search("lumbar", {}, stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readPageText(stranger, { documentId: ids.report, page: "1" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await offerCase(admin, offered, otherCaseId);
    await expect(search("Hernández", {}, offered, otherCaseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await assignAndAccept(admin, accepted, caseId);
    expect((await search("lumbar", {}, accepted)).total).toBeGreaterThan(0);
  });

  test.each([
    ["missing", undefined, /Type the words/],
    ["blank", "   ", /Type the words/],
    ["too long", "x".repeat(201), /at most 200/],
    ["with NUL", "a\u0000b", /cannot be searched/],
  ])("a query %s is refused with a clear message", async (_label, q, message) => {
    await expect(searchCaseFile(intake, { caseId, q })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(message),
    });
  });

  test("a search is audited with the query's length and the number of hits, never its words", async () => {
    const before = new Date(Date.now() - 1000);
    const result = await search('"physical therapy"');
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { caseId, action: "case_file.searched", at: { gte: before } },
      orderBy: { id: "desc" },
    });
    expect(audit.payload).toEqual({ queryLength: '"physical therapy"'.length, hits: result.total });
    expect(JSON.stringify(audit.payload)).not.toContain("therapy");
  });
});

describe("one page's text", () => {
  test("an OCR'd page answers its text and source; pages beyond the document are not found", async () => {
    expect(await readPageText(intake, { documentId: ids.scan, page: "1" })).toMatchObject({
      pageNumber: 1,
      source: "OCR",
      pending: false,
      text: expect.stringMatching(/physical therapy/i),
    });
    for (const page of ["3", "0", "-1", "1.5", "abc", "", "99999999999"])
      await expect(readPageText(intake, { documentId: ids.scan, page })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the viewer's Range requests", () => {
  test("206 with Content-Range, 416 past the end, 200 without Range; audited once per opening", async () => {
    const doc = await docOf(ids.report);
    const whole = await viewDocument({ actor: admin, documentId: ids.report });
    const auditCount = () =>
      db().auditEvent.count({ where: { entityId: ids.report, action: "document.viewed", actorId: admin.userId } });
    const full = rangedFileResponse(whole);
    expect(full.status).toBe(200);
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect(full.headers.get("cache-control")).toBe("no-store");
    expect(await auditCount()).toBe(1);

    const start = rangedFileResponse(await viewDocument({ actor: admin, documentId: ids.report, range: "bytes=0-99" }));
    expect(start.status).toBe(206);
    expect(start.headers.get("content-range")).toBe(`bytes 0-99/${doc.byteSize}`);
    expect(Buffer.from(await start.arrayBuffer()).equals(whole.bytes.subarray(0, 100))).toBe(true);
    expect(await auditCount()).toBe(2);

    const middle = rangedFileResponse(
      await viewDocument({ actor: admin, documentId: ids.report, range: "bytes=100-" }),
    );
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe(`bytes 100-${doc.byteSize - 1}/${doc.byteSize}`);
    expect(Buffer.from(await middle.arrayBuffer()).equals(whole.bytes.subarray(100))).toBe(true);
    const suffix = rangedFileResponse(await viewDocument({ actor: admin, documentId: ids.report, range: "bytes=-10" }));
    expect(Buffer.from(await suffix.arrayBuffer()).equals(whole.bytes.subarray(-10))).toBe(true);
    expect(await auditCount()).toBe(2); // pieces after the first are not another opening

    const past = rangedFileResponse(
      await viewDocument({ actor: admin, documentId: ids.report, range: `bytes=${doc.byteSize}-` }),
    );
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${doc.byteSize}`);
  });
});
