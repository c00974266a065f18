// What is wrong with the bytes of an uploaded file meant to be a PDF, judged by its content
// (never its name): empty, too large, not a PDF, protected by a password (an /Encrypt entry in
// its trailer: the reviewer could not open it), or damaged (no end-of-file marker, or no page).
import { countPdfPages, isPdf } from "./pdf-pages.ts";

export type PdfProblem = "empty" | "too_large" | "not_pdf" | "encrypted" | "corrupt";

export function pdfProblem(bytes: Buffer, maxBytes: number): PdfProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > maxBytes) return "too_large";
  if (!isPdf(bytes)) return "not_pdf";
  // the trailer (or a cross-reference stream's dictionary) names the encryption dictionary
  const text = bytes.toString("latin1");
  if (/\/Encrypt\s+(\d+\s+\d+\s+R|<<)/.test(text)) return "encrypted";
  if (!text.slice(-1024).includes("%%EOF")) return "corrupt";
  if (!countPdfPages(bytes)) return "corrupt";
  return null;
}
