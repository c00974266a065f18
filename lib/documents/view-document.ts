// Staff read a case document (medical records included) in the browser. Reach follows
// caseFileWhereForActor (a reviewer: only after accepting the case). The viewer may read a
// long PDF in pieces (Range requests): a piece is read from storage alone, never the whole
// file. Audit: one row per opening of the document, not per piece: a read of the whole file
// or of a range that starts at byte 0 is recorded (pdf.js opens a document with a request
// from the start, then fetches the pieces it needs), later pieces are not.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import { parseByteRange } from "../http/byte-range.ts";
import type { DownloadedFile } from "./download-letter.ts";
import { readDocumentBytes, readDocumentRange } from "./read-document-bytes.ts";
import { isUuid } from "../format/ids.ts";

/** A document, or a piece of it (`range`), or a range it cannot answer (`unsatisfiable`, its size). */
export type ViewedDocument = DownloadedFile & {
  size: number;
  range?: { start: number; end: number };
  unsatisfiable?: true;
};

export async function viewDocument({
  actor,
  documentId,
  range: rangeHeader = null,
}: {
  actor: Actor | null;
  documentId: string;
  /** the request's Range header, if any */
  range?: string | null;
}): Promise<ViewedDocument> {
  const staff = requirePermission(actor, "documents.view");
  if (!isUuid(documentId)) throw notFound("Document");
  const doc = await db().document.findFirst({
    where: { id: documentId, case: caseFileWhereForActor(staff) },
    select: {
      id: true,
      caseId: true,
      kind: true,
      fileName: true,
      mimeType: true,
      sha256: true,
      storageKey: true,
      byteSize: true,
    },
  });
  if (!doc) throw notFound("Document");
  const file = { fileName: doc.fileName, mimeType: doc.mimeType, sha256: doc.sha256, size: doc.byteSize };
  const range = parseByteRange(rangeHeader, doc.byteSize);
  if (range.kind === "unsatisfiable") return { ...file, bytes: Buffer.alloc(0), unsatisfiable: true };
  // Read the bytes (possibly from object storage) before the short audit transaction.
  const bytes =
    range.kind === "range"
      ? await readDocumentRange(db(), doc, range.start, range.end)
      : await readDocumentBytes(db(), doc);
  if (range.kind === "whole" || range.start === 0)
    await db().$transaction((tx) =>
      recordAudit(tx, staff, {
        action: "document.viewed",
        entityType: "Document",
        entityId: doc.id,
        caseId: doc.caseId,
        payload: { documentId: doc.id, kind: doc.kind },
      }),
    );
  return range.kind === "range"
    ? { ...file, bytes, range: { start: range.start, end: range.start + bytes.length - 1 } }
    : { ...file, bytes };
}
