// What a file is and whether it is whole, judged by its bytes (never its name or the type a
// browser claimed). One home for the rules that the parties' answers to requests for information
// (./pdf-checks.ts), the papers filed online (lib/filings/paper-checks.ts) and the records
// parties send (lib/records/submission/check-submitted-file.ts) all apply; each of those says
// a refusal in its own words.
import { openPdf as openPdfDocument } from "../reader/pdfjs-node.ts";
import { isPdf } from "./pdf-pages.ts";

export type AcceptedType = {
  mimeType: "application/pdf" | "image/jpeg" | "image/png";
  extension: "pdf" | "jpg" | "png";
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PDF, JPEG or PNG by its first bytes, or null when it is none of those. */
export function sniffAcceptedType(bytes: Buffer): AcceptedType | null {
  if (isPdf(bytes)) return { mimeType: "application/pdf", extension: "pdf" };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { mimeType: "image/jpeg", extension: "jpg" };
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return { mimeType: "image/png", extension: "png" };
  return null;
}

/** The first and last megabyte (the whole of a smaller file): where a PDF's trailers are. */
function ends(bytes: Buffer, size = 1024 * 1024): string {
  if (bytes.length <= 2 * size) return bytes.toString("latin1");
  return `${bytes.subarray(0, size).toString("latin1")}\n${bytes.subarray(bytes.length - size).toString("latin1")}`;
}

/**
 * A PDF whose trailer (or cross-reference stream, or a linearized file's first-page trailer)
 * names an encryption dictionary: protected by a password, or encrypted with an empty one.
 */
export function pdfNamesEncryption(bytes: Buffer): boolean {
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(ends(bytes));
}

/** A PDF that ends as PDFs end (an end-of-file marker near its end): not cut short. */
export function pdfHasEndMarker(bytes: Buffer, within = 2048): boolean {
  return bytes
    .subarray(Math.max(0, bytes.length - within))
    .toString("latin1")
    .includes("%%EOF");
}

/** An image whose data ends as its format says (PNG's IEND chunk, JPEG's end-of-image marker). */
export function imageComplete(mimeType: "image/png" | "image/jpeg", bytes: Buffer): boolean {
  if (mimeType === "image/png") return bytes.subarray(-8, -4).toString("latin1") === "IEND";
  const end = bytes.subarray(-2);
  return end[0] === 0xff && end[1] === 0xd9;
}

/**
 * Opens a PDF with pdf.js (the reader's copy: one pdf.js in the process) and reads its first
 * page: its page count, or why it cannot be read. pdf.js is given a copy, since it takes over
 * the buffer it is given.
 */
export async function openPdf(bytes: Buffer): Promise<{ pages: number } | { problem: "encrypted" | "corrupt" }> {
  if (pdfNamesEncryption(bytes)) return { problem: "encrypted" };
  try {
    const task = await openPdfDocument(bytes);
    try {
      const doc = await task.promise;
      if (doc.numPages < 1) return { problem: "corrupt" };
      await doc.getPage(1);
      return { pages: doc.numPages };
    } finally {
      await task.destroy().catch(() => undefined);
    }
  } catch (error) {
    return { problem: (error as { name?: string } | null)?.name === "PasswordException" ? "encrypted" : "corrupt" };
  }
}
