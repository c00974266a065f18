// The checks every paper filed online passes before a byte is stored: not empty, within the
// per-file limit, a PDF, JPEG or PNG by its content (never its name), and a PDF that opens
// (not encrypted or password-protected, not damaged: read with pdf.js), then
// the virus-scan hook (lib/documents/scan.ts). The rules: lib/documents/file-content.ts. Each
// refusal names an ErrorKey the filer reads in their language.
import { maxUploadBytes } from "../documents/upload-document.ts";
import { openPdf, pdfHasEndMarker, sniffAcceptedType, type AcceptedType } from "../documents/file-content.ts";
import { scanDocument } from "../documents/scan.ts";
import type { ErrorKey } from "../i18n/filing-messages.ts";

export type PaperType = AcceptedType;

export type CheckedPaper = { type: PaperType; pageCount: number | null; scanner: string | null };

export async function checkPaper(
  bytes: Buffer,
): Promise<{ ok: true; paper: CheckedPaper } | { ok: false; reason: ErrorKey }> {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxUploadBytes()) return { ok: false, reason: "tooLarge" };
  const type = sniffAcceptedType(bytes);
  if (!type) return { ok: false, reason: "notPdfOrImage" };
  let pageCount: number | null = 1;
  if (type.mimeType === "application/pdf") {
    const read = pdfHasEndMarker(bytes) ? await openPdf(bytes) : { problem: "corrupt" as const };
    if ("problem" in read) return { ok: false, reason: read.problem === "encrypted" ? "encryptedPdf" : "corruptPdf" };
    pageCount = read.pages;
  }
  const scan = await scanDocument(bytes);
  if (!scan.clean) return { ok: false, reason: "virus" };
  return { ok: true, paper: { type, pageCount, scanner: scan.scanner } };
}
