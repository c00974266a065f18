// The stored text of one page of a case document, for the reader to show beside a page that
// has no text layer (OCR) or to read aloud. Reach is the document's (caseFileWhereForActor);
// a page beyond the document is "not found"; a page whose text is not read yet answers an
// empty NONE with pending: true. Audited as a read of medical records.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import type { PageTextSource } from "../db/generated/enums.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";

const pageNumber = z.coerce.number().int().min(1).max(1_000_000);

export type PageTextRead = { pageNumber: number; source: PageTextSource; text: string; pending: boolean };

export async function readPageText(
  actor: Actor | null,
  input: { documentId: unknown; page: unknown },
): Promise<PageTextRead> {
  const staff = requirePermission(actor, "documents.view");
  if (!isUuid(input.documentId)) throw notFound("Document");
  const parsed = pageNumber.safeParse(typeof input.page === "string" && !/^\d+$/.test(input.page) ? NaN : input.page);
  if (!parsed.success) throw notFound("Page");
  const documentId = input.documentId;
  const doc = await db().document.findFirst({
    where: { id: documentId, case: caseFileWhereForActor(staff) },
    select: { id: true, caseId: true, pageCount: true, textStatus: true },
  });
  if (!doc) throw notFound("Document");
  const page = await db().documentPage.findUnique({
    where: { documentId_pageNumber: { documentId, pageNumber: parsed.data } },
    select: { pageNumber: true, source: true, text: true },
  });
  if (!page && (doc.pageCount === null || parsed.data > doc.pageCount)) throw notFound("Page");
  const read: PageTextRead = page
    ? { ...page, pending: false }
    : {
        pageNumber: parsed.data,
        source: "NONE",
        text: "",
        pending: doc.textStatus === "PENDING" || doc.textStatus === "RUNNING",
      };
  await db().$transaction((tx) =>
    recordAudit(tx, staff, {
      action: "document.page_text_viewed",
      entityType: "Document",
      entityId: doc.id,
      caseId: doc.caseId,
      payload: { documentId: doc.id, pageNumber: read.pageNumber, source: read.source },
    }),
  );
  return read;
}
