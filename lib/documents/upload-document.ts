// Intake uploads a document to a case: a PDF by content (its header, not its name), within
// the size limit, scanned by the virus-scan hook, with its page count and sha256. The bytes
// go to the configured storage (disk or S3-compatible) and the row and audit are written
// in one transaction; if that fails, the stored bytes are removed. A decided or terminated
// case takes no more documents (lib/cases/case-status-rules.ts).
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { countPdfPages, isPdf } from "./pdf-pages.ts";
import { scanDocument } from "./scan.ts";
import { configuredStorage } from "./storage/storage.ts";
import { sha256Hex } from "./store-document.ts";
import { enqueueTextExtraction } from "../reader/extract-document-text.ts";
import { wakeJobLoop } from "../jobs/wake.ts";
import { CASE_ACTION_REFUSALS, statusAllows, statusesAllowing } from "../cases/case-status-rules.ts";

export const UPLOAD_KINDS = ["APPLICATION", "UR_DECISION", "MEDICAL_REPORT", "CORRESPONDENCE", "OTHER"] as const;

export function maxUploadBytes(): number {
  const megabytes = Number(process.env.IMR_MAX_UPLOAD_MB || 25);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 25) * 1024 * 1024;
}

export const uploadDocumentInput = z.object({
  caseId: z.uuid("Unknown case."),
  kind: z.enum(UPLOAD_KINDS, { error: "Choose the kind of document." }),
  title: z.string().trim().min(1, "Give the document a title.").max(200, "At most 200 characters."),
  documentDate: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the document's date (YYYY-MM-DD).")
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      }, "Enter a real date.")
      .optional(),
  ),
  fileName: z.string().trim().min(1).max(255).default("document.pdf"),
});

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

export async function uploadDocument({ actor, input, bytes }: { actor: Actor | null; input: unknown; bytes: Buffer }) {
  const staff = requirePermission(actor, "documents.upload");
  const data = uploadDocumentInput.parse(input);
  if (bytes.length === 0) throw invalid("file", "Choose a file to upload.");
  if (bytes.length > maxUploadBytes())
    throw invalid("file", `The file is larger than the limit of ${process.env.IMR_MAX_UPLOAD_MB || 25} MB.`);
  if (!isPdf(bytes))
    throw invalid("file", "This file is not a PDF (its content was checked, not its name). Upload a PDF.");
  const kase = await db().case.findUnique({ where: { id: data.caseId }, select: { id: true, status: true } });
  if (!kase) throw notFound("Case");
  if (!statusAllows(kase.status, "documents.upload")) throw conflict(CASE_ACTION_REFUSALS["documents.upload"]);
  const scan = await scanDocument(bytes);
  if (!scan.clean) throw invalid("file", "The virus scan rejected this file; it was not stored.");

  const id = crypto.randomUUID();
  const storage = configuredStorage();
  const key = `${data.caseId}/${id}`;
  const sha256 = sha256Hex(bytes);
  const pageCount = countPdfPages(bytes);
  await storage.put(key, bytes);
  try {
    const stored = await db().$transaction(async (tx) => {
      // the status again, holding the row: a case decided meanwhile takes no more documents
      const open = await tx.case.updateMany({
        where: { id: data.caseId, status: { in: statusesAllowing("documents.upload") } },
        data: { updatedAt: new Date() },
      });
      if (open.count !== 1) throw conflict(CASE_ACTION_REFUSALS["documents.upload"]);
      const doc = await tx.document.create({
        data: {
          id,
          caseId: data.caseId,
          kind: data.kind,
          title: data.title,
          fileName: data.fileName.replace(/[^\w.\- ]/g, "_"),
          mimeType: "application/pdf",
          byteSize: bytes.length,
          sha256,
          pageCount,
          storageKey: `${storage.scheme}:${key}`,
          uploadedById: staff.userId,
          documentDate: data.documentDate ? new Date(`${data.documentDate}T00:00:00Z`) : null,
        },
        select: { id: true, sha256: true, pageCount: true },
      });
      // the text of its pages, for the case-file search and the reader (lib/reader)
      await enqueueTextExtraction(tx, id);
      await recordAudit(tx, staff, {
        action: "document.uploaded",
        entityType: "Document",
        entityId: id,
        caseId: data.caseId,
        payload: { documentId: id, kind: data.kind, sha256, byteSize: bytes.length, pageCount, scanner: scan.scanner },
      });
      return doc;
    });
    wakeJobLoop();
    return stored;
  } catch (error) {
    await storage.remove(key).catch(() => {});
    throw error;
  }
}
