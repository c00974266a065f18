// What a finished upload must be before it joins the case file: a PDF or an image by its
// bytes (never its name or the type the browser claimed), not empty, a PDF that opens
// (not corrupt, not encrypted) with its page count, an image whose data ends as its format
// says, and clean by the virus-scan hook (./../../documents/scan.ts). The rules:
// lib/documents/file-content.ts. Answers the facts the receipt keeps (type, pages, sha256) or
// the refusal in words for the party.
import crypto from "node:crypto";
import { scanDocument } from "../../documents/scan.ts";
import { imageComplete, openPdf, pdfHasEndMarker, sniffAcceptedType } from "../../documents/file-content.ts";

export type CheckedFile = {
  ok: true;
  mimeType: "application/pdf" | "image/png" | "image/jpeg";
  pageCount: number;
  sha256: string;
  scanner: string | null;
};
export type RefusedFile = { ok: false; reason: RefusalReason; message: string };
export type RefusalReason = "empty" | "type" | "encrypted" | "corrupt" | "virus" | "duplicate" | "closed";

const refuse = (reason: RefusalReason, message: string): RefusedFile => ({ ok: false, reason, message });

export const REFUSALS: Record<RefusalReason, string> = {
  empty: "The file is empty (0 bytes). Choose the file again.",
  type: "Only PDF files and images (PNG or JPEG) can be sent. The file's content was checked, not its name.",
  encrypted: "The PDF is protected by a password or encrypted. Send a copy without protection.",
  corrupt: "The file could not be read: it seems damaged or incomplete. Send it again or export a new copy.",
  virus: "The virus scan refused this file; it was not kept.",
  duplicate: "This exact file is already in the case file (the same content was received before).",
  closed: "The case no longer takes records.",
};

/** The accepted type of a file by its first bytes (lib/documents/file-content.ts), or null. */
export function sniffType(bytes: Buffer): CheckedFile["mimeType"] | null {
  return sniffAcceptedType(bytes)?.mimeType ?? null;
}

async function pdfPages(bytes: Buffer): Promise<number | RefusedFile> {
  if (!pdfHasEndMarker(bytes)) return refuse("corrupt", REFUSALS.corrupt);
  const read = await openPdf(bytes);
  return "pages" in read ? read.pages : refuse(read.problem, REFUSALS[read.problem]);
}

export async function checkSubmittedFile(bytes: Buffer): Promise<CheckedFile | RefusedFile> {
  if (bytes.length === 0) return refuse("empty", REFUSALS.empty);
  const mimeType = sniffType(bytes);
  if (!mimeType) return refuse("type", REFUSALS.type);
  let pageCount = 1;
  if (mimeType === "application/pdf") {
    const pages = await pdfPages(bytes);
    if (typeof pages !== "number") return pages;
    pageCount = pages;
  } else if (!imageComplete(mimeType, bytes)) {
    return refuse("corrupt", REFUSALS.corrupt);
  }
  const scan = await scanDocument(bytes);
  if (!scan.clean) return refuse("virus", REFUSALS.virus);
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  return { ok: true, mimeType, pageCount, sha256, scanner: scan.scanner };
}
