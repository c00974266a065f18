// What is wrong with the bytes of an uploaded file meant to be a PDF (a party's answer to a
// request for information), judged by its content (never its name): empty, too large, not a
// PDF, protected by a password (an encryption dictionary in its trailer: the reviewer could
// not open it), or damaged (no end-of-file marker, or no page). The rules: ./file-content.ts.
import { countPdfPages, isPdf } from "./pdf-pages.ts";
import { pdfHasEndMarker, pdfNamesEncryption } from "./file-content.ts";

export type PdfProblem = "empty" | "too_large" | "not_pdf" | "encrypted" | "corrupt";

export function pdfProblem(bytes: Buffer, maxBytes: number): PdfProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > maxBytes) return "too_large";
  if (!isPdf(bytes)) return "not_pdf";
  if (pdfNamesEncryption(bytes)) return "encrypted";
  if (!pdfHasEndMarker(bytes)) return "corrupt";
  if (!countPdfPages(bytes)) return "corrupt";
  return null;
}
