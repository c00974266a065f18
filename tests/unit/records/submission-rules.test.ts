// The rules of records sent by parties: late on the California calendar, days until due,
// the limits read from the environment, and the file checks by content.
import { daysUntilDue, isLateSubmission, uploadLimits } from "@/lib/records/submission/submission-rules.ts";
import { checkSubmittedFile, sniffType } from "@/lib/records/submission/check-submitted-file.ts";
import { cleanFileName, documentLabels } from "@/lib/records/submission/document-labels.ts";
import { encryptedPdf, png, smallPdf, truncatedPdf } from "../../support/sample-records.ts";

test.each([
  // due 11:59 PM March 3 in California (07:59 UTC March 4)
  ["2026-03-04T07:00:00Z", "2026-03-04T07:59:00Z", false], // the evening of the due date
  ["2026-03-04T09:00:00Z", "2026-03-04T07:59:00Z", true], // 1 AM March 4 in California: the next day
  ["2026-03-05T08:30:00Z", "2026-03-04T07:59:00Z", true], // the next California day
  ["2026-03-03T20:00:00Z", "2026-03-04T07:59:00Z", false],
  // due at noon California on a day: later that same day is not late (calendar, not clock)
  ["2026-06-10T23:00:00Z", "2026-06-10T19:00:00Z", false],
  ["2026-06-11T07:30:00Z", "2026-06-10T19:00:00Z", true], // 00:30 PDT June 11
])("received %s, due %s: late %s", (received, due, late) => {
  expect(isLateSubmission(new Date(received), new Date(due))).toBe(late);
});

test.each([
  ["2026-03-01T18:00:00Z", "2026-03-04T18:00:00Z", 3],
  ["2026-03-04T07:30:00Z", "2026-03-04T18:00:00Z", 1], // 11:30 PM March 3 in California
  ["2026-03-04T18:00:00Z", "2026-03-04T23:00:00Z", 0],
  ["2026-03-06T18:00:00Z", "2026-03-04T18:00:00Z", -2],
  ["2026-03-07T18:00:00Z", "2026-03-09T18:00:00Z", 2], // across the change to daylight time
])("on %s a request due %s is due in %i days", (now, due, days) => {
  expect(daysUntilDue(new Date(due), new Date(now))).toBe(days);
});

test("limits: at least 200 MB a file by default, bounded chunks, overridable", () => {
  const limits = uploadLimits({});
  expect(limits.maxFileBytes).toBeGreaterThanOrEqual(200 * 1024 * 1024);
  expect(limits.maxChunkBytes).toBe(16 * 1024 * 1024);
  expect(uploadLimits({ IMR_PARTY_UPLOAD_MAX_MB: "300", IMR_PARTY_UPLOAD_MAX_FILES: "abc" })).toMatchObject({
    maxFileBytes: 300 * 1024 * 1024,
    maxFilesPerParty: 300,
  });
});

test.each([
  ["%PDF-1.7", "application/pdf"],
  ["\x89PNG\r\n\x1a\n....", "image/png"],
  ["\xff\xd8\xff\xe0", "image/jpeg"],
  ["GIF89a", null],
  ["<html>", null],
])("the type of %j is %s by its bytes", (start, type) => {
  expect(sniffType(Buffer.from(start, "latin1"))).toBe(type);
});

test("the checks: a PDF with its pages and checksum, an image, and refusals in words", async () => {
  const pdf = await smallPdf();
  const checked = await checkSubmittedFile(pdf);
  expect(checked).toMatchObject({ ok: true, mimeType: "application/pdf", pageCount: 2 });
  expect(await checkSubmittedFile(png())).toMatchObject({ ok: true, mimeType: "image/png", pageCount: 1 });
  expect(await checkSubmittedFile(Buffer.alloc(0))).toMatchObject({ ok: false, reason: "empty" });
  expect(await checkSubmittedFile(await encryptedPdf())).toMatchObject({ ok: false, reason: "encrypted" });
  expect(await checkSubmittedFile(await truncatedPdf())).toMatchObject({ ok: false, reason: "corrupt" });
  expect(await checkSubmittedFile(png().subarray(0, 30))).toMatchObject({ ok: false, reason: "corrupt" });
  const garbage = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(500, 65), Buffer.from("\n%%EOF\n")]);
  expect(await checkSubmittedFile(garbage)).toMatchObject({ ok: false, reason: "corrupt" });
});

test.each([
  ["C:\\scans\\report.pdf", "report.pdf"],
  ["../../etc/passwd", "passwd"],
  ["a\u0000b\u001fc.pdf", "abc.pdf"],
  ["", "document"],
  [undefined, "document"],
  ["x".repeat(300), "x".repeat(200)],
])("file name %j reads %j", (raw, clean) => {
  expect(cleanFileName(raw)).toBe(clean);
});

test("labels: all optional, a real past date, an author of at most 200 characters", () => {
  expect(documentLabels.parse({ kind: "", documentDate: "", author: "  " })).toEqual({});
  expect(documentLabels.safeParse({ documentDate: "2026-02-30" }).success).toBe(false);
  expect(documentLabels.safeParse({ documentDate: "2999-01-01" }).success).toBe(false);
  expect(documentLabels.safeParse({ kind: "NOTICE" }).success).toBe(false);
  expect(documentLabels.safeParse({ author: "x".repeat(201) }).success).toBe(false);
});
