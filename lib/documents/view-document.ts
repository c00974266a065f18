// Staff read a case document (medical records included) in the browser. Reach follows
// caseFileWhereForActor (a reviewer: only after accepting the case); every read is audited
// in the same transaction.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import type { DownloadedFile } from "./download-letter.ts";
import { readDocumentBytes } from "./read-document-bytes.ts";
import { isUuid } from "../format/ids.ts";

export async function viewDocument({
  actor,
  documentId,
}: {
  actor: Actor | null;
  documentId: string;
}): Promise<DownloadedFile> {
  const staff = requirePermission(actor, "documents.view");
  if (!isUuid(documentId)) throw notFound("Document");
  const doc = await db().document.findFirst({
    where: { id: documentId, case: caseFileWhereForActor(staff) },
    select: { id: true, caseId: true, kind: true, fileName: true, mimeType: true, sha256: true, storageKey: true },
  });
  if (!doc) throw notFound("Document");
  // Read the bytes (possibly from object storage) before the short audit transaction.
  const bytes = await readDocumentBytes(db(), doc);
  await db().$transaction((tx) =>
    recordAudit(tx, staff, {
      action: "document.viewed",
      entityType: "Document",
      entityId: doc.id,
      caseId: doc.caseId,
      payload: { documentId: doc.id, kind: doc.kind },
    }),
  );
  return { fileName: doc.fileName, mimeType: doc.mimeType, bytes, sha256: doc.sha256 };
}
