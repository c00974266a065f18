// The checks every paper filed online passes before a byte is stored: not empty, within the
// per-file limit, a PDF, JPEG or PNG by its content (never its name), and a PDF that opens
// (not encrypted or password-protected, not damaged: read with pdf.js through unpdf), then
// the virus-scan hook (lib/documents/scan.ts). Each refusal names an ErrorKey the filer
// reads in their language.
import { maxUploadBytes } from "../documents/upload-document.ts";
import { isPdf } from "../documents/pdf-pages.ts";
import { scanDocument } from "../documents/scan.ts";
import type { ErrorKey } from "../i18n/filing-messages.ts";

export type PaperType = { mimeType: "application/pdf" | "image/jpeg" | "image/png"; extension: string };

/** The type of a file by its first bytes, or null when it is none of those accepted. */
export function sniffPaperType(bytes: Buffer): PaperType | null {
  if (isPdf(bytes)) return { mimeType: "application/pdf", extension: "pdf" };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { mimeType: "image/jpeg", extension: "jpg" };
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { mimeType: "image/png", extension: "png" };
  return null;
}

/** A PDF whose trailer names an encryption dictionary (even with an empty user password). */
export function pdfDeclaresEncryption(bytes: Buffer): boolean {
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(bytes.toString("latin1"));
}

/** Opens a PDF with pdf.js: its page count, or why it cannot be read. */
export async function readPdf(bytes: Buffer): Promise<{ ok: true; pages: number } | { ok: false; reason: ErrorKey }> {
  if (pdfDeclaresEncryption(bytes)) return { ok: false, reason: "encryptedPdf" };
  try {
    const { getDocumentProxy } = await import("unpdf");
    const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
    try {
      if (doc.numPages < 1) return { ok: false, reason: "corruptPdf" };
      await doc.getPage(1);
      return { ok: true, pages: doc.numPages };
    } finally {
      await doc.cleanup().catch(() => undefined);
    }
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    return { ok: false, reason: name === "PasswordException" ? "encryptedPdf" : "corruptPdf" };
  }
}

export type CheckedPaper = { type: PaperType; pageCount: number | null; scanner: string | null };

export async function checkPaper(
  bytes: Buffer,
): Promise<{ ok: true; paper: CheckedPaper } | { ok: false; reason: ErrorKey }> {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxUploadBytes()) return { ok: false, reason: "tooLarge" };
  const type = sniffPaperType(bytes);
  if (!type) return { ok: false, reason: "notPdfOrImage" };
  let pageCount: number | null = 1;
  if (type.mimeType === "application/pdf") {
    const read = await readPdf(bytes);
    if (!read.ok) return read;
    pageCount = read.pages;
  }
  const scan = await scanDocument(bytes);
  if (!scan.clean) return { ok: false, reason: "virus" };
  return { ok: true, paper: { type, pageCount, scanner: scan.scanner } };
}
