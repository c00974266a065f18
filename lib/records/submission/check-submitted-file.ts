// What a finished upload must be before it joins the case file: a PDF or an image by its
// bytes (never its name or the type the browser claimed), not empty, a PDF that opens
// (not corrupt, not encrypted) with its page count, an image whose data ends as its format
// says, and clean by the virus-scan hook (./../../documents/scan.ts). Answers the facts the
// receipt keeps (type, pages, sha256) or the refusal in words for the party.
import crypto from "node:crypto";
import { scanDocument } from "../../documents/scan.ts";

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

export function sniffType(bytes: Buffer): CheckedFile["mimeType"] | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** The trailer (or cross-reference stream) names an encryption dictionary. */
function namesEncryption(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024 * 1024)).toString("latin1");
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(tail);
}

async function pdfPages(bytes: Buffer): Promise<number | RefusedFile> {
  if (
    !bytes
      .subarray(Math.max(0, bytes.length - 2048))
      .toString("latin1")
      .includes("%%EOF")
  )
    return refuse("corrupt", REFUSALS.corrupt);
  if (namesEncryption(bytes)) return refuse("encrypted", REFUSALS.encrypted);
  const { getDocumentProxy } = await import("unpdf");
  try {
    // a copy: pdf.js takes over (detaches) the buffer it is given, and these bytes are still to be stored
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const pages = pdf.numPages;
    await pdf.loadingTask.destroy().catch(() => {});
    return pages > 0 ? pages : refuse("corrupt", REFUSALS.corrupt);
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") return refuse("encrypted", REFUSALS.encrypted);
    return refuse("corrupt", REFUSALS.corrupt);
  }
}

function imageComplete(mimeType: "image/png" | "image/jpeg", bytes: Buffer): boolean {
  if (mimeType === "image/png") return bytes.subarray(-8, -4).toString("latin1") === "IEND";
  const end = bytes.subarray(-2);
  return end[0] === 0xff && end[1] === 0xd9;
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
